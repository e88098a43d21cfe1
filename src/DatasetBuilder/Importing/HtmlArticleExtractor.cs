using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using DatasetBuilder.Model;
using DatasetBuilder.Text;

namespace DatasetBuilder.Importing;

/// <summary>
/// Extracts an article from a saved page. Metadata comes from what the page declares, most specific first: schema.org
/// JSON-LD, then OpenGraph and <c>&lt;meta&gt;</c>, then the visible page (<c>&lt;h1&gt;</c>, <c>&lt;time&gt;</c>, a date line
/// near the headline). The main content comes from SmartReader (Mozilla Readability); when it finds none, from the
/// page's article body element or its paragraphs.
/// </summary>
public static class HtmlArticleExtractor
{
    /// <summary>Readability's placeholder base address when the page's own address is not known; nothing is fetched from it.</summary>
    private const string PlaceholderUrl = "http://localhost/";

    /// <summary>How many blocks after the headline are searched for a visible date line.</summary>
    private const int DateLineSearchBlocks = 8;

    private static readonly string[] DateMetaNames =
    [
        "article:published_time", "og:article:published_time", "datePublished", "pubdate", "publishdate", "publish-date", "publish_date",
        "date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date", "article.published",
    ];

    public static HtmlExtraction Extract(string html, Uri? pageUrl)
    {
        ArgumentNullException.ThrowIfNull(html);
        var parser = new HtmlParser();
        using var document = parser.ParseDocument(html);
        var jsonLd = JsonLdArticleReader.Read(document.QuerySelectorAll("script[type='application/ld+json']").Select(static s => s.TextContent));
        var siteName = Meta(document, "og:site_name");
        var h1 = document.QuerySelectorAll("h1").Select(static h => string.Join(" ", HtmlTextBlocks.Of(h))).FirstOrDefault(static t => t.Length > 0);
        var title = First(
            jsonLd?.Headline,
            StripSiteName(Meta(document, "og:title"), siteName),
            StripSiteName(Meta(document, "twitter:title"), siteName),
            h1,
            StripSiteName(document.Title?.Trim(), siteName));

        var pageBlocks = document.Body is null ? [] : HtmlTextBlocks.Of(document.Body);
        var text = MainContent(html, pageUrl, document, title);

        var metadata = new InferredMetadata
        {
            Title = title,
            Subtitle = jsonLd?.AlternativeHeadline,
            Published = PublishedDateParser.Parse(jsonLd?.DatePublished)
                ?? DateMetaNames.Select(n => PublishedDateParser.Parse(Meta(document, n))).FirstOrDefault(static d => d is not null)
                ?? VisibleDate(document, pageBlocks, h1),
            Authors = People(jsonLd?.Authors.Count > 0 ? jsonLd.Authors : MetaAuthors(document), jsonLd?.Publisher, siteName, Meta(document, "twitter:site")),
            Publisher = jsonLd?.Publisher ?? siteName,
            Url = CanonicalUrl(document, jsonLd, pageUrl),
            DeclaredLanguage = document.DocumentElement.GetAttribute("lang")?.Trim(),
        };
        return new HtmlExtraction(metadata, text, string.Join('\n', pageBlocks));
    }

    private static string MainContent(string html, Uri? pageUrl, IHtmlDocument document, string? title)
    {
        var reader = new SmartReader.Reader(pageUrl?.AbsoluteUri ?? PlaceholderUrl, html) { ContinueIfNotReadable = true, Debug = false };
        var article = reader.GetArticle();
        IReadOnlyList<string> paragraphs = [];
        if (article.Completed && !string.IsNullOrWhiteSpace(article.Content))
        {
            using var content = new HtmlParser().ParseDocument(article.Content);
            paragraphs = HtmlTextBlocks.Of(content.Body!);
        }

        if (paragraphs.Count == 0)
        {
            // Readability found no article: fall back to the element that says it is the body, or to the page's paragraphs.
            var body = document.QuerySelector("[itemprop='articleBody'], article, main") ?? document.Body;
            paragraphs = body is null ? [] : [.. body.QuerySelectorAll("p").Select(static p => string.Join(" ", HtmlTextBlocks.Of(p))).Where(static p => p.Length > 0)];
        }

        paragraphs = ArticleBlockSelector.Select(paragraphs);

        // The headline can itself be paragraph-long; the contribution has it in "title" already.
        if (title is not null && paragraphs.Count > 0 && Same(paragraphs[0], title))
        {
            paragraphs = [.. paragraphs.Skip(1)];
        }

        return string.Join("\n\n", paragraphs);
    }

    /// <summary>A date the reader sees: a <c>&lt;time datetime&gt;</c>, else a date line among the blocks under the headline.</summary>
    private static PartialDate? VisibleDate(IHtmlDocument document, IReadOnlyList<string> pageBlocks, string? h1)
    {
        var marked = document.QuerySelector("[itemprop='datePublished']");
        var fromMarkup = PublishedDateParser.Parse(marked?.GetAttribute("content") ?? marked?.GetAttribute("datetime"))
            ?? PublishedDateParser.Parse(document.QuerySelector("article time[datetime], time[datetime]")?.GetAttribute("datetime"));
        if (fromMarkup is not null)
        {
            return fromMarkup;
        }

        var start = h1 is null ? 0 : Math.Max(0, pageBlocks.ToList().FindIndex(b => Same(b, h1)));
        for (var i = start; i < pageBlocks.Count && i <= start + DateLineSearchBlocks; i++)
        {
            if (PublicationDateLine.TryRead(pageBlocks[i], out var date))
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>
    /// Pages often name the outlet itself as author ("LBCI" on "LBCI Lebanon"); the contribution's authors are people, so a
    /// name that is the publisher's, or one word of it, is dropped.
    /// </summary>
    private static List<string> People(IReadOnlyList<string> authors, params string?[] outletNames)
    {
        var outlets = outletNames.Where(static n => !string.IsNullOrWhiteSpace(n)).Select(static n => ArabicNormalizer.Normalize(n!.TrimStart('@'))).ToList();
        return [.. authors.Where(a =>
        {
            var key = ArabicNormalizer.Normalize(a);
            return !outlets.Any(o => o == key || o.Split(' ').Contains(key, StringComparer.Ordinal));
        })];
    }

    private static List<string> MetaAuthors(IHtmlDocument document)
    {
        var names = new List<string>();
        foreach (var key in new[] { "author", "article:author", "dc.creator", "parsely-author", "sailthru.author" })
        {
            var value = Meta(document, key);
            if (value is not null && !value.StartsWith("http", StringComparison.OrdinalIgnoreCase) && !names.Contains(value, StringComparer.Ordinal))
            {
                names.Add(value);
            }
        }

        return names;
    }

    private static string? CanonicalUrl(IHtmlDocument document, JsonLdArticle? jsonLd, Uri? pageUrl)
    {
        foreach (var candidate in new[] { document.QuerySelector("link[rel='canonical']")?.GetAttribute("href"), Meta(document, "og:url"), jsonLd?.Url, pageUrl?.AbsoluteUri })
        {
            if (string.IsNullOrWhiteSpace(candidate))
            {
                continue;
            }

            var resolved = pageUrl is not null ? (Uri.TryCreate(pageUrl, candidate.Trim(), out var r) ? r : null) : (Uri.TryCreate(candidate.Trim(), UriKind.Absolute, out var a) ? a : null);
            if (resolved is not null && resolved.IsAbsoluteUri && resolved.Scheme is "http" or "https" && resolved.AbsoluteUri.Length <= 2048)
            {
                return resolved.AbsoluteUri;
            }
        }

        return null;
    }

    /// <summary>The content of <c>&lt;meta property=…&gt;</c>, <c>name=…</c> or <c>itemprop=…</c>, case-insensitive.</summary>
    private static string? Meta(IHtmlDocument document, string key)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var name = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            var content = meta.GetAttribute("content")?.Trim();
            if (name is not null && name.Trim().Equals(key, StringComparison.OrdinalIgnoreCase) && !string.IsNullOrEmpty(content))
            {
                return content;
            }
        }

        return null;
    }

    /// <summary>"Headline | Site" or "Headline - Site" loses the site's name; other titles are kept whole.</summary>
    private static string? StripSiteName(string? title, string? siteName)
    {
        if (string.IsNullOrWhiteSpace(title) || string.IsNullOrWhiteSpace(siteName))
        {
            return string.IsNullOrWhiteSpace(title) ? null : title.Trim();
        }

        foreach (var separator in new[] { " | ", " - ", " – ", " — ", " :: " })
        {
            var cut = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (cut > 0 && Same(title[(cut + separator.Length)..], siteName))
            {
                return title[..cut].Trim();
            }

            if (title.IndexOf(separator, StringComparison.Ordinal) is var lead and > 0 && Same(title[..lead], siteName))
            {
                return title[(lead + separator.Length)..].Trim();
            }
        }

        return title.Trim();
    }

    private static bool Same(string a, string b) => string.Equals(ArabicNormalizer.Normalize(a), ArabicNormalizer.Normalize(b), StringComparison.Ordinal);

    private static string? First(params string?[] values) => values.FirstOrDefault(static v => !string.IsNullOrWhiteSpace(v))?.Trim();
}

using System.Net;
using System.Text.Json;

namespace DatasetBuilder.Importing;

/// <summary>
/// Finds the article object in a page's <c>application/ld+json</c> blocks: a schema.org object whose <c>@type</c> is
/// NewsArticle or another Article type, at the top level, in an array or in an <c>@graph</c>. Malformed blocks are
/// skipped: a page's broken metadata must not stop an import that the visible text can still carry.
/// </summary>
public static class JsonLdArticleReader
{
    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BackgroundNewsArticle", "OpinionNewsArticle",
        "ReviewNewsArticle", "BlogPosting", "Report", "LiveBlogPosting", "WebPage",
    };

    private static readonly JsonDocumentOptions Lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    public static JsonLdArticle? Read(IEnumerable<string> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        JsonLdArticle? page = null;
        foreach (var block in blocks)
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(block, Lenient);
            }
            catch (JsonException)
            {
                continue;
            }

            using (document)
            {
                foreach (var candidate in Candidates(document.RootElement))
                {
                    var type = TypeOf(candidate);
                    if (type is null)
                    {
                        continue;
                    }

                    var article = Map(candidate);
                    if (!string.Equals(type, "WebPage", StringComparison.OrdinalIgnoreCase))
                    {
                        return article; // a real article type wins over a WebPage description
                    }

                    page ??= article;
                }
            }
        }

        return page;
    }

    private static IEnumerable<JsonElement> Candidates(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                foreach (var nested in Candidates(item))
                {
                    yield return nested;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
            if (element.TryGetProperty("@graph", out var graph))
            {
                foreach (var nested in Candidates(graph))
                {
                    yield return nested;
                }
            }
        }
    }

    private static bool IsOrganization(JsonElement element) =>
        element.TryGetProperty("@type", out var type) && type.ValueKind == JsonValueKind.String
        && type.GetString() is "Organization" or "NewsMediaOrganization" or "Corporation";

    private static string? TypeOf(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return null;
        }

        var names = type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Where(static t => t.ValueKind == JsonValueKind.String).Select(static t => t.GetString()!)
            : type.ValueKind == JsonValueKind.String ? [type.GetString()!] : [];
        return names.FirstOrDefault(static n => ArticleTypes.Contains(n) && !n.Equals("WebPage", StringComparison.OrdinalIgnoreCase))
            ?? names.FirstOrDefault(static n => n.Equals("WebPage", StringComparison.OrdinalIgnoreCase));
    }

    private static JsonLdArticle Map(JsonElement article) => new()
    {
        Headline = Text(article, "headline") ?? Text(article, "name"),
        AlternativeHeadline = Text(article, "alternativeHeadline"),
        DatePublished = Text(article, "datePublished") ?? Text(article, "dateCreated"),
        Authors = Names(article, "author"),
        Publisher = Names(article, "publisher").FirstOrDefault(),
        Url = Text(article, "url") ?? IdOf(article, "mainEntityOfPage"),
    };

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? WebUtility.HtmlDecode(value.GetString()!).Trim() // CMSs often HTML-escape inside JSON-LD ("&quot;")
            : null;

    private static string? IdOf(JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Object => Text(value, "@id") ?? Text(value, "url"),
            _ => null,
        };
    }

    /// <summary>A person or organisation given as a string, an object with a name, or an array of either.</summary>
    private static List<string> Names(JsonElement element, string property)
    {
        var names = new List<string>();
        if (!element.TryGetProperty(property, out var value))
        {
            return names;
        }

        foreach (var item in value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value])
        {
            var name = item.ValueKind switch
            {
                JsonValueKind.String => item.GetString()?.Trim(),
                // An organisation credited as author is the outlet, not a person of the byline.
                JsonValueKind.Object when property == "author" && TypeOf(item) is null && IsOrganization(item) => null,
                JsonValueKind.Object => Text(item, "name"),
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(name) && !names.Contains(name, StringComparer.Ordinal))
            {
                names.Add(name);
            }
        }

        return names;
    }
}

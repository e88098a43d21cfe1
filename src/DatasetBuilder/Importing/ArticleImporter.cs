using DatasetBuilder.Model;
using DatasetBuilder.Reading;
using DatasetBuilder.Text;
using DatasetBuilder.Validation;

namespace DatasetBuilder.Importing;

/// <summary>
/// Builds a contribution from a raw text or a page: infers what the material shows, files it under a source, assigns
/// the conventional id, and checks the result before anyone writes it: against the article schema, and, given the data
/// folder it is for, against every rule <c>validate</c> applies to one file.
/// </summary>
public sealed class ArticleImporter(IReadOnlyList<SourceProfile> sources)
{
    /// <summary>How many visible lines from the headline on may hold the date line and byline.</summary>
    private const int HeaderSearchLines = 12;

    private readonly SourceMatcher _matcher = new(sources);

    private readonly DataLayout? _layout;

    private readonly ContributionValidator? _validator;

    /// <summary>
    /// An importer for <paramref name="layout"/>: a contribution that would get an error from <c>validate</c> there (too short a
    /// text, a text not in its language's script...) is refused; its warnings come with the result.
    /// </summary>
    public ArticleImporter(IReadOnlyList<SourceProfile> sources, DataLayout layout, TimeProvider timeProvider)
        : this(sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        _layout = layout;
        var byId = new SortedDictionary<string, SourceProfile>(StringComparer.Ordinal);
        foreach (var profile in sources)
        {
            byId.TryAdd(profile.Id, profile);
        }

        _validator = new ContributionValidator(byId, layout, timeProvider);
    }

    public ImportResult Import(ImportInput input, ImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Source is { } forced && forced != SourceMatch.UnknownSourceId && !sources.Any(p => p.Id == forced))
        {
            return ImportResult.Failed(ImportOutcome.UsageError,
                $"--source {forced}: no such source profile in {(_layout is null ? "data" : _layout.File(_layout.Root).DisplayPath)}/sources/ (known: {string.Join(", ", sources.Select(static p => p.Id).Order(StringComparer.Ordinal))})");
        }

        if (input.IsHtml && HtmlNesting.Depth(input.Content) is > HtmlNesting.MaxDepth and var depth)
        {
            return ImportResult.Failed(ImportOutcome.InvalidInput,
                $"{input.Origin}: the page nests its elements {depth} deep (more than {HtmlNesting.MaxDepth}); no article page does, and parsing it would take minutes");
        }

        var (metadata, text, matchText, language) = input.IsHtml ? FromHtml(input) : FromText(input);
        if (string.IsNullOrWhiteSpace(text))
        {
            return ImportResult.Failed(ImportOutcome.InvalidInput, $"{input.Origin}: no article text found");
        }

        if (string.IsNullOrWhiteSpace(metadata.Title))
        {
            return ImportResult.Failed(ImportOutcome.InvalidInput, $"{input.Origin}: no headline found (a line of at least three words before the body)");
        }

        var match = options.Source is { } id ? new SourceMatch(id, "chosen with --source") : _matcher.Match(matchText, input.PageUrl ?? ToUri(metadata.Url));
        var article = new Article
        {
            Id = ArticleIdFactory.Create(metadata.Published, text),
            Source = match.SourceId,
            Url = metadata.Url,
            Language = language,
            Title = metadata.Title,
            Subtitle = metadata.Subtitle,
            Published = metadata.Published,
            Authors = metadata.Authors,
            Agency = metadata.Agency,
            Text = text,
        };
        var json = ContributionWriter.Serialize(article);
        var findings = _validator is not null
            ? _validator.Validate(ContributionWriter.PathFor(_layout!, article), json)
            : JsonSchemaValidator.Validate(new ContributionFile(article.Id + ".json", $"articles/{article.Source}/{article.Id}.json"), json, SchemaKind.Article);
        if (findings.Any(static d => d.Severity == Severity.Error))
        {
            return ImportResult.Failed(ImportOutcome.InvalidInput, $"{input.Origin}: the contribution built from it would not pass validate, so nothing was written", findings);
        }

        return new ImportResult { Outcome = ImportOutcome.Imported, Article = article, Json = json, SourceReason = match.Reason, Diagnostics = findings };
    }

    private static (InferredMetadata Metadata, string Text, string MatchText, string Language) FromText(ImportInput input)
    {
        var metadata = RawTextMetadataInferrer.Infer(input.Content) with { Url = HttpUrl(input.PageUrl) };
        return (metadata, input.Content, input.Content, ScriptLanguageDetector.Detect(input.Content));
    }

    private static (InferredMetadata Metadata, string Text, string MatchText, string Language) FromHtml(ImportInput input)
    {
        var page = HtmlArticleExtractor.Extract(input.Content, input.PageUrl);
        var metadata = page.Metadata;

        // The page as a reader sees it may carry what the markup does not: a date line or byline under the headline.
        var header = RawTextMetadataInferrer.Infer(HeaderLines(page.PageText, metadata.Title) ?? (metadata.Title ?? string.Empty) + "\n" + page.Text);
        metadata = metadata with
        {
            Title = metadata.Title ?? header.Title,
            Published = metadata.Published ?? header.Published,
            Authors = metadata.Authors.Count > 0 ? metadata.Authors : header.Authors,
            Agency = metadata.Agency ?? header.Agency,
        };

        var language = ScriptLanguageDetector.Detect(page.Text);
        if (language == ScriptLanguageDetector.Undetermined && metadata.DeclaredLanguage is { Length: >= 2 } declared)
        {
            var primary = declared.Split('-', '_')[0].ToLowerInvariant();
            language = primary.Length is 2 or 3 && primary.All(char.IsAsciiLetterLower) ? primary : language;
        }

        var matchText = string.Join('\n', page.PageText, metadata.Publisher ?? string.Empty, page.Text);
        return (metadata, page.Text, matchText, language);
    }

    /// <summary>The page's visible lines from the headline on, where a date line and byline sit; null when the headline is not shown.</summary>
    private static string? HeaderLines(string pageText, string? title)
    {
        if (title is null)
        {
            return null;
        }

        var lines = pageText.Split('\n');
        var key = ArabicNormalizer.Normalize(title);
        var start = Array.FindIndex(lines, l => ArabicNormalizer.Normalize(l) == key);
        return start < 0 ? null : string.Join('\n', lines.Skip(start).Take(HeaderSearchLines));
    }

    private static string? HttpUrl(Uri? url) => url is not null && ArticleFetcher.IsHttp(url) ? url.AbsoluteUri : null;

    private static Uri? ToUri(string? url) => url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : null;
}

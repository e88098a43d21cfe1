using System.Globalization;
using DatasetBuilder.Model;
using DatasetBuilder.Reading;
using FluentValidation;
using FluentValidation.Results;
using FluentSeverity = FluentValidation.Severity;

namespace DatasetBuilder.Validation;

/// <summary>
/// The content rules for one article (FluentValidation): what the JSON Schema cannot say. Each rule carries a stable
/// code from <see cref="RuleCodes"/>; the property name of each failure is the JSON property (or <c>authors[0]</c>),
/// so it maps to a JSON pointer.
/// </summary>
public sealed class ArticleContentValidator : AbstractValidator<ArticleCandidate>
{
    /// <summary>Fewer letters than this is a headline or a teaser, not an article.</summary>
    public const int MinimumTextLetters = 100;

    /// <summary>Below this share of letters in the language's script, the text is not in the declared language.</summary>
    public const double MinimumScriptShare = 0.5;

    /// <summary>Rules for articles of a data folder named <c>data</c> whose only profiles are <paramref name="sources"/>.</summary>
    public ArticleContentValidator(IReadOnlyDictionary<string, SourceProfile> sources, DateOnly today)
        : this(sources, today, null)
    {
    }

    /// <summary>
    /// Rules for the articles of <paramref name="layout"/>: messages name its folders as the report shows them, and an article
    /// whose profile file exists but did not load is told so (not told to add the file).
    /// </summary>
    public ArticleContentValidator(IReadOnlyDictionary<string, SourceProfile> sources, DateOnly today, DataLayout? layout)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var root = layout is null ? "data" : layout.File(layout.Root).DisplayPath;
        var profileFiles = ProfileFileNames(layout);

        RuleFor(c => c.Article.Id)
            .Must(TextChecks.IsSlug).WithErrorCode(RuleCodes.IdNotSlug)
            .WithMessage(c => $"id \"{Shown(c.Article.Id)}\" is not a safe slug: use lowercase letters a-z, digits and single hyphens only (no path, no dots, no slashes), at most 120 characters").OverridePropertyName("id");
        RuleFor(c => c.Article.Id)
            .Must((c, id) => string.Equals(id, c.FileName, StringComparison.Ordinal))
            .When(c => TextChecks.IsSlug(c.Article.Id))
            .WithErrorCode(RuleCodes.IdNotFileName)
            .WithMessage(c => $"id \"{c.Article.Id}\" must equal the file name \"{c.FileName}\" (without .json): rename the file to {c.Article.Id}.json or correct the id").OverridePropertyName("id");

        RuleFor(c => c.Article.Source)
            .Must(sources.ContainsKey).WithErrorCode(RuleCodes.UnknownSource)
            .WithMessage(c => profileFiles.Contains(c.Article.Source)
                ? $"source \"{c.Article.Source}\": its profile {root}/sources/{c.Article.Source}.json is invalid, so this article cannot be checked against it; fix the errors reported for that file"
                : $"source \"{Shown(c.Article.Source)}\" names no profile in {root}/sources/; use one of {KnownSources(sources, root)} or add {root}/sources/{Shown(c.Article.Source)}.json").OverridePropertyName("source");
        RuleFor(c => c.Article.Source)
            .Must((c, source) => string.Equals(source, c.FolderName, StringComparison.Ordinal))
            .WithErrorCode(RuleCodes.FolderNotSource)
            .WithMessage(c => $"the file is in folder \"{c.FolderName}\" but source is \"{Shown(c.Article.Source)}\": move it to {root}/articles/{Shown(c.Article.Source)}/").OverridePropertyName("source");
        RuleFor(c => c.Article.Language)
            .Must((c, language) => !sources.TryGetValue(c.Article.Source, out var p) || string.Equals(p.Language, language, StringComparison.Ordinal))
            .WithErrorCode(RuleCodes.LanguageNotSourceLanguage).WithSeverity(FluentSeverity.Warning)
            .WithMessage(c => $"language \"{c.Article.Language}\" differs from the language \"{sources[c.Article.Source].Language}\" of source profile {c.Article.Source}; check which is right").OverridePropertyName("language");

        RuleFor(c => c.Article.Url)
            .NotNull().WithErrorCode(RuleCodes.UrlMissing).WithSeverity(FluentSeverity.Warning)
            .WithMessage("url is null; add the article's address when it is known (it lets readers check the source and finds duplicates)").OverridePropertyName("url");
        RuleFor(c => c.Article.Url)
            .Must(static url => IsHttpUrl(url!)).When(static c => c.Article.Url is not null)
            .WithErrorCode(RuleCodes.UrlNotHttp)
            .WithMessage(c => $"url \"{Shown(c.Article.Url!)}\" is not an absolute http(s) address of a named host; write it like https://example.com/news/123").OverridePropertyName("url");
        RuleFor(c => c.Article.Url)
            .Must((c, url) => HostMatches(url!, sources[c.Article.Source].Domain!))
            .When(c => c.Article.Url is not null && IsHttpUrl(c.Article.Url) && sources.TryGetValue(c.Article.Source, out var p) && p.Domain is not null)
            .WithErrorCode(RuleCodes.UrlHostNotSourceDomain).WithSeverity(FluentSeverity.Warning)
            .WithMessage(c => $"url host \"{new Uri(c.Article.Url!).Host}\" is not {sources[c.Article.Source].Domain}, the domain of source {c.Article.Source}; check the source or the url").OverridePropertyName("url");

        RuleFor(c => c.PublishedText)
            .Must(static text => PartialDate.TryParse(text, out _)).When(static c => c.PublishedText is not null)
            .WithErrorCode(RuleCodes.PublishedNotADate)
            .WithMessage(c => $"published \"{Shown(c.PublishedText!)}\" is not a real calendar date; write YYYY-MM-DD, or YYYY-MM / YYYY when only that is known, or null when unknown").OverridePropertyName("published");
        RuleFor(c => c.PublishedText)
            .Must(text => PartialDate.TryParse(text, out var d) && d!.Value.EarliestDay <= today)
            .When(static c => PartialDate.TryParse(c.PublishedText, out _))
            .WithErrorCode(RuleCodes.PublishedInFuture)
            .WithMessage(c => $"published {c.PublishedText} is in the future (the latest calendar date anywhere now is {today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}); check the year and month").OverridePropertyName("published");

        RuleFor(c => c.Article.Title)
            .Must(static t => !string.IsNullOrWhiteSpace(t)).WithErrorCode(RuleCodes.TitleBlank)
            .WithMessage("title is blank; copy the headline as published").OverridePropertyName("title");

        RuleFor(c => c.Article.Text)
            .Must(static t => TextChecks.CountLetters(t) >= MinimumTextLetters).WithErrorCode(RuleCodes.TextTooShort)
            .WithMessage(c => $"text has {TextChecks.CountLetters(c.Article.Text)} letters, fewer than the {MinimumTextLetters} an article needs; paste the whole article text as scraped").OverridePropertyName("text");
        RuleFor(c => c.Article.Text)
            .Must((c, t) => TextChecks.ShareInLanguageScript(t, c.Article.Language) is not { } share || share >= MinimumScriptShare)
            .WithErrorCode(RuleCodes.ScriptMismatch)
            .WithMessage(c => string.Create(CultureInfo.InvariantCulture,
                $"language is \"{c.Article.Language}\" but only {TextChecks.ShareInLanguageScript(c.Article.Text, c.Article.Language):P0} of the text's letters are in {TextChecks.ScriptName(c.Article.Language)} script; correct the language or the text")).OverridePropertyName("text");

        RuleFor(static c => c).Custom(CheckCharacters);
    }

    /// <summary>True for an absolute http or https URL whose host is a dotted name or an address.</summary>
    public static bool IsHttpUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0
        && (uri.Host.Contains('.', StringComparison.Ordinal) || uri.HostNameType is UriHostNameType.IPv6)
        && string.IsNullOrEmpty(uri.UserInfo);

    private static bool HostMatches(string url, string domain)
    {
        var host = new Uri(url).Host;
        return string.Equals(host, domain, StringComparison.OrdinalIgnoreCase)
            || host.EndsWith("." + domain, StringComparison.OrdinalIgnoreCase);
    }

    private static void CheckCharacters(ArticleCandidate candidate, ValidationContext<ArticleCandidate> context)
    {
        var a = candidate.Article;
        CheckIdentifier(context, "id", a.Id);
        CheckIdentifier(context, "source", a.Source);
        CheckIdentifier(context, "url", a.Url);
        CheckIdentifier(context, "language", a.Language);
        CheckFreeText(context, "title", a.Title);
        CheckFreeText(context, "subtitle", a.Subtitle);
        CheckFreeText(context, "agency", a.Agency);
        for (var i = 0; i < a.Authors.Count; i++)
        {
            CheckFreeText(context, string.Create(CultureInfo.InvariantCulture, $"authors[{i}]"), a.Authors[i]);
        }

        CheckFreeText(context, "text", a.Text);
        CheckFreeText(context, "published", candidate.PublishedText);
    }

    private static void CheckIdentifier(ValidationContext<ArticleCandidate> context, string property, string? value)
    {
        if (value is null)
        {
            return;
        }

        CheckBroken(context, property, value);
        if (TextChecks.IndexOfBidiControl(value) is var at and >= 0)
        {
            Add(context, property, RuleCodes.BidiInIdentifier,
                $"{property} holds the bidi control character {TextChecks.CodePoint(value, at)} at character {at + 1}; identifiers must not carry direction marks: delete it");
        }
    }

    private static void CheckFreeText(ValidationContext<ArticleCandidate> context, string property, string? value)
    {
        if (value is null)
        {
            return;
        }

        CheckBroken(context, property, value);
        if (TextChecks.IndexOfBidiOverride(value) is var at and >= 0)
        {
            Add(context, property, RuleCodes.BidiOverride,
                $"{property} holds the bidi override {TextChecks.CodePoint(value, at)} at character {at + 1}; overrides can disguise text: delete it (marks, embeddings and isolates are accepted)");
        }
    }

    private static void CheckBroken(ValidationContext<ArticleCandidate> context, string property, string value)
    {
        if (TextChecks.IndexOfControl(value) is var at and >= 0)
        {
            Add(context, property, RuleCodes.ControlCharacter,
                $"{property} holds the control character {TextChecks.CodePoint(value, at)} at character {at + 1}; delete it (only tab, line feed and carriage return are allowed)");
        }

        if (TextChecks.IndexOfReplacement(value) is var bad and >= 0)
        {
            Add(context, property, RuleCodes.ReplacementCharacter,
                $"{property} holds U+FFFD (\uFFFD) at character {bad + 1}, left by a broken decoding; scrape or convert the page again with the right encoding");
        }
    }

    private static void Add(ValidationContext<ArticleCandidate> context, string property, string code, string message) =>
        context.AddFailure(new ValidationFailure(property, message) { ErrorCode = code, Severity = FluentSeverity.Error });

    private static string KnownSources(IReadOnlyDictionary<string, SourceProfile> sources, string root)
    {
        var names = sources.Keys.Order(StringComparer.Ordinal).Take(10).ToList();
        return names.Count == 0 ? $"(none: {root}/sources/ holds no valid profile)" : string.Join(", ", names) + (sources.Count > names.Count ? ", ..." : string.Empty);
    }

    /// <summary>The names (without .json) of the profile files in the layout's sources folder, loaded or not.</summary>
    private static HashSet<string> ProfileFileNames(DataLayout? layout)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (layout is null || !Directory.Exists(layout.SourcesDirectory))
        {
            return names;
        }

        try
        {
            foreach (var path in Directory.EnumerateFiles(layout.SourcesDirectory, "*.json"))
            {
                names.Add(Path.GetFileNameWithoutExtension(path));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The walker reports an unreadable folder; the messages just fall back to "no profile".
        }

        return names;
    }

    /// <summary>A value quoted in a message, with control and bidi characters made visible so the message itself stays readable.</summary>
    private static string Shown(string value)
    {
        var shown = new System.Text.StringBuilder(Math.Min(value.Length, 80));
        foreach (var c in value.Length > 80 ? value[..80] : value)
        {
            shown.Append(c < '\u0020' || DatasetBuilder.Text.InvisibleCharacters.IsBidiControl(c) ? string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}") : c.ToString());
        }

        return value.Length > 80 ? shown.Append("...").ToString() : shown.ToString();
    }
}

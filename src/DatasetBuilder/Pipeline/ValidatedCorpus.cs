using DatasetBuilder.Cleaning;
using DatasetBuilder.Model;
using DatasetBuilder.Validation;

namespace DatasetBuilder.Pipeline;

/// <summary>The outcome of the first pass: the verdict, the articles to build (by id, no text) and the learned templates.</summary>
internal sealed record ValidatedCorpus
{
    public required ValidationReport Report { get; init; }

    /// <summary>The articles that go on to cleaning, ordered by id (ordinal).</summary>
    public required IReadOnlyList<ArticleFacts> Articles { get; init; }

    public required IReadOnlyList<SiteTemplate> Templates { get; init; }

    /// <summary>The errors of the article files kept out of the release (only with <see cref="BuildOptions.SkipInvalid"/>).</summary>
    public required IReadOnlyList<Diagnostic> Rejects { get; init; }

    /// <summary>Errors that stop the build: any error without <see cref="BuildOptions.SkipInvalid"/>, else those outside article files.</summary>
    public required int BlockingErrors { get; init; }

    /// <summary>Findings that stop the build (<see cref="BlockingErrors"/>, or warnings with <see cref="BuildOptions.Strict"/>).</summary>
    public bool IsBlocked(bool strict) => BlockingErrors > 0 || (strict && Report.WarningCount > 0);
}

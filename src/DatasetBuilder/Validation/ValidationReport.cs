using DatasetBuilder.Model;

namespace DatasetBuilder.Validation;

/// <summary>The verdict on a corpus: the valid articles, the source profiles, the dataset metadata, and every finding.</summary>
public sealed record ValidationReport
{
    public required IReadOnlyList<ValidArticle> Articles { get; init; }

    public required IReadOnlyDictionary<string, SourceProfile> Sources { get; init; }

    public DatasetMetadata? Dataset { get; init; }

    /// <summary>Findings sorted by file, line, column and code.</summary>
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }

    /// <summary>Number of files examined.</summary>
    public required int FilesChecked { get; init; }

    public int ErrorCount => Diagnostics.Count(static d => d.Severity == Severity.Error);

    public int WarningCount => Diagnostics.Count(static d => d.Severity == Severity.Warning);

    /// <summary>True when nothing blocks a release: no errors (and, when <paramref name="strict"/>, no warnings).</summary>
    public bool IsValid(bool strict) => ErrorCount == 0 && (!strict || WarningCount == 0);
}

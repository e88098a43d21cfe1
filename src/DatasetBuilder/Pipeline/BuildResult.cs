using DatasetBuilder.Datasheet;
using DatasetBuilder.Deduplication;
using DatasetBuilder.Model;
using DatasetBuilder.Releases;

namespace DatasetBuilder.Pipeline;

/// <summary>The result of a build: how it ended, where the release is, and everything that was reported along the way.</summary>
public sealed record BuildResult
{
    public required BuildOutcome Outcome { get; init; }

    public string? ReleaseDirectory { get; init; }

    public string? Message { get; init; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    public int ArticlesRead { get; init; }

    public int ArticlesWritten { get; init; }

    /// <summary>The errors of the article files left out by <see cref="BuildOptions.SkipInvalid"/> (file, rule, reason).</summary>
    public IReadOnlyList<Diagnostic> Rejected { get; init; } = [];

    /// <summary>Articles left out at the cleaning stage because their text cleans to nothing (file, rule, reason); never released as empty rows.</summary>
    public IReadOnlyList<Diagnostic> LeftOut { get; init; } = [];

    /// <summary>Wall-clock time of each stage, in the order they ran.</summary>
    public IReadOnlyList<StageTiming> Stages { get; init; } = [];

    public IReadOnlyList<ClusterAssignment> DuplicatesRemoved { get; init; } = [];

    /// <summary>The version the comparison with the latest release proposes (1.0.0 for the first release).</summary>
    public string? ProposedVersion { get; init; }

    /// <summary>The article-level diff against the previous release (its reason explains the proposal).</summary>
    public ChangeSet? Changes { get; init; }

    /// <summary>Required datasheet questions without an answer (a release is refused while any remains).</summary>
    public IReadOnlyList<DatasheetQuestion> MissingAnswers { get; init; } = [];

    /// <summary>Warnings about the build itself (for example a dirty data folder), one line each, for the CLI to print.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

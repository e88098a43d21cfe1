using DatasetBuilder.Deduplication;
using DatasetBuilder.Model;

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

    public IReadOnlyList<ClusterAssignment> DuplicatesRemoved { get; init; } = [];
}

using DatasetBuilder.Model;

namespace DatasetBuilder.Importing;

/// <summary>A built contribution and its JSON, or why none could be built.</summary>
public sealed record ImportResult
{
    public required ImportOutcome Outcome { get; init; }

    public Article? Article { get; init; }

    /// <summary>The contribution file's exact content.</summary>
    public string? Json { get; init; }

    /// <summary>Why the article was filed under its source.</summary>
    public string? SourceReason { get; init; }

    /// <summary>What went wrong, when <see cref="Outcome"/> is not <see cref="ImportOutcome.Imported"/>.</summary>
    public string? Error { get; init; }

    /// <summary>Why the contribution was refused; for an imported one, the warnings <c>validate</c> will give it (a missing url).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    public static ImportResult Failed(ImportOutcome outcome, string error, IReadOnlyList<Diagnostic>? diagnostics = null) =>
        new() { Outcome = outcome, Error = error, Diagnostics = diagnostics ?? [] };
}

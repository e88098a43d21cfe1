using DatasetBuilder.Deduplication;
using DatasetBuilder.Model;
using DatasetBuilder.Writing;

namespace DatasetBuilder.Pipeline;

/// <summary>The outcome of the second pass: every cleaned article in the spill (slot i at <see cref="Offsets"/>[i]) and its dedup signature.</summary>
internal sealed record CleanedCorpus(ArticleSpill Spill, long[] Offsets, SignatureTable Signatures)
{
    /// <summary>Per slot, why the article is left out at the cleaning stage (its text cleans to nothing), or null when it goes on.</summary>
    public IReadOnlyList<Diagnostic?> LeftOut { get; init; } = [];

    public bool IsLeftOut(int slot) => slot < LeftOut.Count && LeftOut[slot] is not null;

    /// <summary>The articles left out at the cleaning stage, in id order.</summary>
    public IReadOnlyList<Diagnostic> Rejects => [.. LeftOut.OfType<Diagnostic>()];
}

using DatasetBuilder.Deduplication;
using DatasetBuilder.Writing;

namespace DatasetBuilder.Pipeline;

/// <summary>The outcome of the second pass: every cleaned article in the spill (slot i at <see cref="Offsets"/>[i]) and its dedup signature.</summary>
internal sealed record CleanedCorpus(ArticleSpill Spill, long[] Offsets, SignatureTable Signatures);

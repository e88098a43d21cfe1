using DatasetBuilder.Deduplication;

namespace DatasetBuilder.Pipeline;

/// <summary>
/// Clusters the cleaned articles on their signatures alone; the few pairs whose containment must be confirmed exactly read
/// their cleaned texts back from the spill.
/// </summary>
internal static class DeduplicationStage
{
    /// <summary>Clusters, then releases the signatures (their spill file), which nothing after this stage reads.</summary>
    public static DeduplicationResult Run(CleanedCorpus corpus)
    {
        using (corpus.Signatures)
        {
            return new Deduplicator().Deduplicate(corpus.Signatures, slot => corpus.Spill.Read(corpus.Offsets[slot]).Row.Text);
        }
    }
}

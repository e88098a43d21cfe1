using DatasetBuilder.Deduplication;

namespace DatasetBuilder.Pipeline;

/// <summary>The titles the changelog names, read back from the spill: the build keeps no title per article in memory.</summary>
internal static class TitleLookup
{
    /// <summary>The title of the written row <paramref name="id"/>; null when no row of this release has that id.</summary>
    public static string? Title(CleanedCorpus corpus, DeduplicationResult dedup, string id)
    {
        var table = corpus.Signatures;

        // Slots are in ascending id order (ordinal): binary search.
        int low = 0, high = table.Count - 1;
        while (low <= high)
        {
            var mid = low + ((high - low) / 2);
            var order = string.CompareOrdinal(table.Id(mid), id);
            if (order == 0)
            {
                return dedup.Assignments[id].IsKept && !corpus.IsLeftOut(mid) ? corpus.Spill.ReadTitle(corpus.Offsets[mid]) : null;
            }

            (low, high) = order < 0 ? (mid + 1, high) : (low, mid - 1);
        }

        return null;
    }
}

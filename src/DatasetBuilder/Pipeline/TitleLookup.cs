namespace DatasetBuilder.Pipeline;

/// <summary>The titles the changelog names, read back from the spill: the build keeps no title per article in memory.</summary>
internal static class TitleLookup
{
    /// <summary>The title of each of <paramref name="ids"/> (ids of written rows), by id.</summary>
    public static Dictionary<string, string> Titles(CleanedCorpus corpus, IEnumerable<string> ids)
    {
        var table = corpus.Signatures;
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            // Slots are in ascending id order (ordinal): binary search.
            int low = 0, high = table.Count - 1;
            while (low <= high)
            {
                var mid = low + ((high - low) / 2);
                var order = string.CompareOrdinal(table.Id(mid), id);
                if (order == 0)
                {
                    titles[id] = corpus.Spill.ReadWithoutText(corpus.Offsets[mid]).Row.Title;
                    break;
                }

                (low, high) = order < 0 ? (mid + 1, high) : (low, mid - 1);
            }
        }

        return titles;
    }
}

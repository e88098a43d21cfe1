using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace DatasetBuilder.Deduplication;

/// <summary>
/// Locality-sensitive hashing over MinHash signatures: articles whose signatures agree on every row of some band share a
/// bucket and become a candidate pair; so do articles with the same lead key (their first words). One band at a time, buckets are found by sorting (band hash, article) pairs, so the
/// extra memory is 12 bytes per article and no bucket map outlives its band. Pairs come out in a fixed order (band, then
/// bucket hash, then article index), whatever the order the articles were given in.
/// </summary>
internal static class LshBanding
{
    /// <summary>Calls <paramref name="visit"/> for each candidate pair (earlier index first) among <paramref name="members"/> (ascending indices).</summary>
    public static void ForEachCandidate(SignatureTable table, IReadOnlyList<int> members, MinHashParameters parameters, Action<int, int> visit)
    {
        var keys = new ulong[members.Count];
        var order = new int[members.Count];
        for (var band = 0; band < parameters.Bands; band++)
        {
            for (var m = 0; m < members.Count; m++)
            {
                var rows = table.Signature(members[m]).Slice(band * parameters.Rows, parameters.Rows);
                keys[m] = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(rows), band);
                order[m] = members[m];
            }

            VisitBuckets(keys, order, parameters.MaxBucketComparisons, visit);
        }

        // One more "band": the lead key, so that truncated copies meet their original whatever their length ratio.
        for (var m = 0; m < members.Count; m++)
        {
            keys[m] = table.LeadKey(members[m]);
            order[m] = members[m];
        }

        VisitBuckets(keys, order, parameters.MaxBucketComparisons, visit);
    }

    private static void VisitBuckets(ulong[] keys, int[] order, int window, Action<int, int> visit)
    {
        Array.Sort(keys, order);
        for (var start = 0; start < keys.Length;)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end] == keys[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                VisitBucket(order.AsSpan(start, end - start), window, visit);
            }

            start = end;
        }
    }

    private static void VisitBucket(Span<int> bucket, int window, Action<int, int> visit)
    {
        // Array.Sort is not stable: restore index order inside the bucket so the pairs (and the window) are deterministic.
        bucket.Sort();
        for (var m = 1; m < bucket.Length; m++)
        {
            for (var p = Math.Max(0, m - window); p < m; p++)
            {
                visit(bucket[p], bucket[m]);
            }
        }
    }
}

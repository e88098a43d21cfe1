using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace DatasetBuilder.Deduplication;

/// <summary>
/// Locality-sensitive hashing over MinHash signatures: articles whose signatures agree on every row of some band share a
/// bucket and become a candidate pair; so do articles with the same lead key (their first words). One band at a time, buckets are found by sorting (band hash, article) pairs; band keys are computed
/// eight bands per read of the signatures, so the extra memory is at most 76 bytes per article and no bucket map outlives its band. Pairs come out in a fixed order (band, then
/// bucket hash, then article index), whatever the order the articles were given in.
/// </summary>
internal static class LshBanding
{
    /// <summary>Bands whose keys are computed in one read of the signatures: 8 bytes per article per band, at most 64 per article.</summary>
    internal const int BandsPerRead = 8;

    /// <summary>Signatures read at a time while computing band keys.</summary>
    private const int SlotsPerRead = 1024;

    /// <summary>Calls <paramref name="visit"/> for each candidate pair (earlier index first) among <paramref name="members"/> (ascending indices).</summary>
    public static void ForEachCandidate(SignatureTable table, IReadOnlyList<int> members, MinHashParameters parameters, Action<int, int> visit)
    {
        var keys = new ulong[members.Count];
        var order = new int[members.Count];
        var groupKeys = new ulong[Math.Min(BandsPerRead, parameters.Bands)][];
        for (var g = 0; g < groupKeys.Length; g++)
        {
            groupKeys[g] = new ulong[members.Count];
        }

        for (var first = 0; first < parameters.Bands; first += BandsPerRead)
        {
            var bands = Math.Min(BandsPerRead, parameters.Bands - first);
            BandKeys(table, members, parameters, first, groupKeys.AsSpan(0, bands));
            for (var g = 0; g < bands; g++)
            {
                groupKeys[g].CopyTo(keys, 0);
                for (var m = 0; m < members.Count; m++)
                {
                    order[m] = members[m];
                }

                VisitBuckets(keys, order, parameters.MaxBucketComparisons, visit);
            }
        }

        // One more "band": the lead key, so that truncated copies meet their original whatever their length ratio.
        for (var m = 0; m < members.Count; m++)
        {
            keys[m] = table.LeadKey(members[m]);
            order[m] = members[m];
        }

        VisitBuckets(keys, order, parameters.MaxBucketComparisons, visit);
    }

    /// <summary>
    /// The keys of bands <paramref name="firstBand"/>.. for every member (a hash of the band's rows, seeded with the band), read
    /// through the signatures once in slot order, a block at a time, wherever the table keeps them.
    /// </summary>
    private static void BandKeys(SignatureTable table, IReadOnlyList<int> members, MinHashParameters parameters, int firstBand, Span<ulong[]> keys)
    {
        var width = table.Width;
        var block = new uint[SlotsPerRead * width];
        var blockStart = -1;
        var blockCount = 0;
        for (var m = 0; m < members.Count; m++)
        {
            var slot = members[m];
            if (slot < blockStart || slot >= blockStart + blockCount)
            {
                blockStart = slot;
                blockCount = Math.Min(SlotsPerRead, table.Count - slot);
                table.CopySignatures(blockStart, block.AsSpan(0, blockCount * width));
            }

            var signature = block.AsSpan((slot - blockStart) * width, width);
            for (var g = 0; g < keys.Length; g++)
            {
                var band = firstBand + g;
                keys[g][m] = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(signature.Slice(band * parameters.Rows, parameters.Rows)), band);
            }
        }
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

using System.IO.Hashing;
using System.Runtime.InteropServices;
using DatasetBuilder.Deduplication;
using DatasetBuilder.Tests.Support;

namespace DatasetBuilder.Tests.Deduplication;

/// <summary>
/// The candidate pairs are those of LSH's definition (same hash of a band's rows, or the same lead key), in band then bucket
/// order, each bucket compared within its window: the union-find and so the clusters see the pairs in this order.
/// </summary>
public sealed class LshBandingTests
{
    [Fact]
    public void ForEachCandidate_SpilledSignatures_ThePairsOfTheDefinitionInBandOrder()
    {
        using var temp = new TempDirectory();
        var parameters = MinHashParameters.Default with { MaxBucketComparisons = 3 };
        var texts = Texts(400);
        using var table = new SignatureTable(texts.Count, parameters, temp.Combine("signatures"), window: 64);
        for (var start = 0; start < texts.Count; start += 64)
        {
            for (var i = start; i < Math.Min(start + 64, texts.Count); i++)
            {
                table.Sign(i, $"a{i:D4}", texts[i], null);
            }

            table.Flush(Math.Min(start + 64, texts.Count));
        }

        var members = Enumerable.Range(0, texts.Count).Where(static i => i % 7 != 3).ToList();
        var pairs = new List<(int, int)>();

        LshBanding.ForEachCandidate(table, members, parameters, (i, j) => pairs.Add((i, j)));

        pairs.Count.ShouldBeGreaterThan(members.Count); // near copies share bands: plenty of buckets
        pairs.ShouldBe(Expected(table, members, parameters));
    }

    /// <summary>Every band's buckets, one band after the other, then the lead keys' buckets; each bucket in index order.</summary>
    private static List<(int, int)> Expected(SignatureTable table, List<int> members, MinHashParameters parameters)
    {
        var signatures = new uint[table.Count * table.Width];
        table.CopySignatures(0, signatures);
        var pairs = new List<(int, int)>();
        for (var band = 0; band <= parameters.Bands; band++)
        {
            var b = band;
            var buckets = members.GroupBy(m => b == parameters.Bands
                    ? table.LeadKey(m)
                    : XxHash3.HashToUInt64(MemoryMarshal.AsBytes(signatures.AsSpan((m * table.Width) + (b * parameters.Rows), parameters.Rows)), b))
                .OrderBy(static g => g.Key);
            foreach (var bucket in buckets)
            {
                var inBucket = bucket.Order().ToList();
                for (var m = 1; m < inBucket.Count; m++)
                {
                    for (var p = Math.Max(0, m - parameters.MaxBucketComparisons); p < m; p++)
                    {
                        pairs.Add((inBucket[p], inBucket[m]));
                    }
                }
            }
        }

        return pairs;
    }

    /// <summary>Texts in families: each family a base text and near copies with a word or two changed.</summary>
    private static List<string> Texts(int count)
    {
        var random = new Random(21);
        var words = Enumerable.Range(0, 300).Select(static i => "كلمة" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var texts = new List<string>();
        string[] family = [];
        for (var i = 0; i < count; i++)
        {
            if (i % 5 == 0)
            {
                family = [.. Enumerable.Range(0, 60).Select(_ => words[random.Next(words.Length)])];
            }

            var copy = (string[])family.Clone();
            copy[random.Next(copy.Length)] = words[random.Next(words.Length)];
            texts.Add(string.Join(' ', copy));
        }

        return texts;
    }
}

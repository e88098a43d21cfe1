using DatasetBuilder.Text;

namespace DatasetBuilder.Deduplication;

/// <summary>
/// Exact containment: the share of the smaller shingle set found in the larger. Used to confirm a containment the MinHash
/// estimate suggests, because that estimate degrades as the two lengths diverge (each agreeing permutation is worth
/// (|A|+|B|)/(k·|A|) of containment), exactly where truncated copies live. Only candidate pairs reach it, never all pairs.
/// </summary>
internal static class ShingleContainment
{
    public static double Compute(string textA, string textB, int shingleWords)
    {
        var a = Shingler.Shingles(ArabicNormalizer.Normalize(textA), shingleWords, 1).Shingles;
        var b = Shingler.Shingles(ArabicNormalizer.Normalize(textB), shingleWords, 1).Shingles;
        var (small, large) = a.Length <= b.Length ? (a, b) : (b, a);
        if (small.Length == 0)
        {
            return 0;
        }

        var set = new HashSet<ulong>(large);
        var shared = small.Count(set.Contains);
        return (double)shared / small.Length;
    }
}

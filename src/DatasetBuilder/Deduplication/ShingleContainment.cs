using DatasetBuilder.Text;

namespace DatasetBuilder.Deduplication;

/// <summary>
/// Exact containment: the share of one text's shingles found in another. Used to confirm a containment the MinHash
/// estimate suggests, because that estimate degrades as the two lengths diverge (each agreeing permutation is worth
/// (|A|+|B|)/(k·|A|) of containment), exactly where truncated copies live. Only candidate pairs reach it, never all pairs.
/// </summary>
internal static class ShingleContainment
{
    /// <summary>The share of the smaller shingle set found in the larger (either direction): used to find candidate links.</summary>
    public static double Compute(string textA, string textB, int shingleWords)
    {
        var a = Shingles(textA, shingleWords);
        var b = Shingles(textB, shingleWords);
        var (small, large) = a.Length <= b.Length ? (a, b) : (b, a);
        return Directed(small, new HashSet<ulong>(large));
    }

    /// <summary>The distinct shingles of a text's matching key.</summary>
    public static ulong[] Shingles(string text, int shingleWords) =>
        Shingler.Shingles(ArabicNormalizer.Normalize(text), shingleWords, 1).Shingles;

    /// <summary>The share of <paramref name="contained"/>'s shingles found in <paramref name="container"/>: directed, so a
    /// short text inside a long one scores high while the long one inside the short one does not.</summary>
    public static double Directed(ulong[] contained, HashSet<ulong> container)
    {
        if (contained.Length == 0)
        {
            return 0;
        }

        var shared = contained.Count(container.Contains);
        return (double)shared / contained.Length;
    }
}

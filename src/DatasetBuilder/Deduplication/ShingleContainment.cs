using DatasetBuilder.Text;

namespace DatasetBuilder.Deduplication;

/// <summary>
/// Exact containment: the share of one text's shingles found in another. Used to confirm a containment the MinHash
/// estimate suggests, because that estimate degrades as the two lengths diverge (each agreeing permutation is worth
/// (|A|+|B|)/(k·|A|) of containment), exactly where truncated copies live. Only candidate pairs reach it, never all pairs.
/// Shingle sets are distinct and ascending (<see cref="Shingles"/>, kept by <see cref="ShingleSets"/>), so two are compared
/// by one merge, without allocating, which stops as soon as the threshold is out of reach.
/// </summary>
internal static class ShingleContainment
{
    /// <summary>The distinct shingles of a text's matching key, ascending.</summary>
    public static ulong[] Shingles(string text, int shingleWords) =>
        Shingler.Shingles(ArabicNormalizer.Normalize(text), shingleWords, 1).Shingles;

    /// <summary>The share of the smaller shingle set found in the larger (either direction; the first when they are the same
    /// size) when it reaches <paramref name="threshold"/>, otherwise null: used to find candidate links.</summary>
    public static double? AtLeast(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, double threshold) =>
        a.Length <= b.Length ? DirectedAtLeast(a, b, threshold) : DirectedAtLeast(b, a, threshold);

    /// <summary>
    /// The share of <paramref name="contained"/>'s shingles found in <paramref name="container"/> (both distinct and ascending)
    /// when it reaches <paramref name="threshold"/>, otherwise null: directed, so a short text inside a long one scores high
    /// while the long one inside the short one does not. An empty set's share is 0.
    /// </summary>
    public static double? DirectedAtLeast(ReadOnlySpan<ulong> contained, ReadOnlySpan<ulong> container, double threshold)
    {
        if (contained.Length == 0)
        {
            return 0 >= threshold ? 0 : null;
        }

        var needed = Needed(contained.Length, threshold);
        var shared = SharedCount(contained, container, needed);
        return shared >= needed ? (double)shared / contained.Length : null;
    }

    /// <summary>The fewest shared shingles s whose share s / <paramref name="count"/>, as computed, reaches
    /// <paramref name="threshold"/>; <paramref name="count"/> + 1 when none does. The share only grows with s.</summary>
    internal static int Needed(int count, double threshold)
    {
        var needed = (int)Math.Clamp(Math.Ceiling(threshold * count), 0, count + 1.0);
        while (needed > 0 && (double)(needed - 1) / count >= threshold)
        {
            needed--;
        }

        while (needed <= count && (double)needed / count < threshold)
        {
            needed++;
        }

        return needed;
    }

    /// <summary>
    /// How many values two distinct ascending sets have in common, by one merge without branches on the values (which a
    /// predictor cannot guess for hashes); it gives up, returning less than <paramref name="needed"/>, once the values of
    /// <paramref name="a"/> left could no longer bring the count up to <paramref name="needed"/>.
    /// </summary>
    internal static int SharedCount(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, int needed = 0)
    {
        var shared = 0;
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (shared + (a.Length - i) < needed)
            {
                return shared;
            }

            var (x, y) = (a[i], b[j]);
            shared += x == y ? 1 : 0;
            i += x <= y ? 1 : 0;
            j += y <= x ? 1 : 0;
        }

        return shared;
    }
}

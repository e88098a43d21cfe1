namespace DatasetBuilder.Deduplication;

/// <summary>
/// The near-duplicate detector's knobs. The defaults are the documented ones (README, "Deduplication"); tests may vary them.
/// </summary>
public sealed record MinHashParameters
{
    /// <summary>Words per shingle. Five, as datatrove and text-dedup: a single edited word breaks at most five shingles,
    /// while phrases that any two reports of the same event share (names, titles, formulas) are shorter than five words.</summary>
    public int ShingleWords { get; init; } = 5;

    /// <summary>LSH bands. Bands × rows is the number of MinHash permutations.</summary>
    public int Bands { get; init; } = 32;

    /// <summary>Rows (permutations) per band. 32 × 4 puts the S-curve's midpoint near Jaccard 0.42, low enough that
    /// truncated copies (whose Jaccard equals their length ratio) become candidates; verification applies the real thresholds.</summary>
    public int Rows { get; init; } = 4;

    /// <summary>Estimated Jaccard similarity at or above which two articles are near-duplicates.</summary>
    public double JaccardThreshold { get; init; } = 0.7;

    /// <summary>Estimated share of the shorter article's shingles found in the longer one at or above which the shorter is a contained copy.</summary>
    public double ContainmentThreshold { get; init; } = 0.8;

    /// <summary>Containment is only trusted when the shorter article has at least this many distinct shingles (a few
    /// sentences): a two-line text is "contained" in many articles that quote it.</summary>
    public int MinContainedShingles { get; init; } = 40;

    /// <summary>Articles that begin with the same this-many words are also candidates, whatever their length ratio: a truncated
    /// copy keeps its original's beginning, but its Jaccard similarity (its length ratio) can be too low for the bands to catch.
    /// Twelve words are a sentence: longer than any formula two different reports share by chance.</summary>
    public int LeadWords { get; init; } = 12;

    /// <summary>In an oversized bucket each member is verified against at most this many members before it, which keeps the
    /// work linear when many articles share a band (a large cluster, or a common text).</summary>
    public int MaxBucketComparisons { get; init; } = 64;

    /// <summary>Seed of the permutation family; fixed so that signatures (and therefore clusters) never change between runs.</summary>
    public ulong Seed { get; init; } = 0x5EED_DA7A_5E7D_0001UL;

    public int Permutations => Bands * Rows;

    public static MinHashParameters Default { get; } = new();

    internal void Validate()
    {
        if (ShingleWords < 1 || LeadWords < 1 || Bands < 1 || Rows < 1 || MaxBucketComparisons < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MinHashParameters), "Shingle size, bands, rows and bucket comparisons must be positive.");
        }

        if (JaccardThreshold is <= 0 or > 1 || ContainmentThreshold is <= 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MinHashParameters), "Thresholds must be in (0, 1].");
        }
    }
}

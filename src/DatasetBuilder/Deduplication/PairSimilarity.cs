namespace DatasetBuilder.Deduplication;

/// <summary>
/// Estimated similarity of two articles from their MinHash signatures: Jaccard of the shingle sets, and containment, the share
/// of the smaller set found in the larger (from Jaccard and the set sizes: |A∩B| = J·(|A|+|B|)/(1+J)).
/// </summary>
internal readonly record struct PairSimilarity(double Jaccard, double Containment, int SmallerShingles)
{
    public static PairSimilarity Estimate(double jaccard, int shinglesA, int shinglesB)
    {
        var smaller = Math.Min(shinglesA, shinglesB);
        if (smaller == 0)
        {
            return new PairSimilarity(jaccard, 0, 0);
        }

        return new PairSimilarity(jaccard, Math.Min(1.0, EstimatedIntersection(jaccard, shinglesA, shinglesB) / smaller), smaller);
    }

    /// <summary>|A∩B| from the Jaccard estimate and the set sizes.</summary>
    public static double EstimatedIntersection(double jaccard, int shinglesA, int shinglesB) => jaccard / (1 + jaccard) * (shinglesA + shinglesB);

    public bool IsNear(MinHashParameters parameters) => Jaccard >= parameters.JaccardThreshold;

    /// <summary>Worth an exact containment check: the smaller set is big enough to mean something, and the estimate is
    /// within a margin of the threshold (the estimate is coarse when lengths differ a lot).</summary>
    public bool MayBeContained(MinHashParameters parameters) =>
        SmallerShingles >= parameters.MinContainedShingles && Containment >= parameters.ContainmentThreshold - ContainmentMargin;

    /// <summary>How far below the threshold an estimate may be and still be checked exactly.</summary>
    public const double ContainmentMargin = 0.2;
}

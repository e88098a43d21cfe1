namespace DatasetBuilder.Deduplication;

/// <summary>
/// Where one article landed: its cluster (named by the representative's id), the representative kept for it, and how it
/// relates to that representative. <see cref="Similarity"/> is 1 for the representative itself and for exact copies, the
/// estimated Jaccard similarity for <see cref="DuplicateKind.Near"/>, and the estimated containment for
/// <see cref="DuplicateKind.Contained"/>. A member joined through another member (A≈B≈C) reports its own, direct
/// similarity to the representative, which may be below the threshold.
/// </summary>
public sealed record ClusterAssignment(string Id, string ClusterId, string RepresentativeId, DuplicateKind Kind, double Similarity)
{
    public bool IsKept => string.Equals(Id, RepresentativeId, StringComparison.Ordinal);
}

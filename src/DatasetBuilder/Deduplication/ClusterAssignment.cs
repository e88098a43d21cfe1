namespace DatasetBuilder.Deduplication;

/// <summary>
/// Where one article landed: its cluster (named by the representative's id), the representative kept for it, and how it
/// relates to that representative. <see cref="Similarity"/> is 1 for the representative itself and for exact copies, the
/// estimated Jaccard similarity for <see cref="DuplicateKind.Near"/>, and the estimated containment for
/// <see cref="DuplicateKind.Contained"/> (the share of this article's shingles found in the representative). A member is
/// only ever assigned to a representative it duplicates directly, so a dropped member's similarity is at or above its threshold.
/// </summary>
public sealed record ClusterAssignment(string Id, string ClusterId, string RepresentativeId, DuplicateKind Kind, double Similarity)
{
    public bool IsKept => string.Equals(Id, RepresentativeId, StringComparison.Ordinal);
}

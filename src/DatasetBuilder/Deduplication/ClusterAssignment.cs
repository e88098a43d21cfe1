namespace DatasetBuilder.Deduplication;

/// <summary>Where one article landed: its cluster, the representative kept for it, and how it relates to that representative.</summary>
public sealed record ClusterAssignment(string Id, string ClusterId, string RepresentativeId, DuplicateKind Kind, double Similarity)
{
    public bool IsKept => string.Equals(Id, RepresentativeId, StringComparison.Ordinal);
}

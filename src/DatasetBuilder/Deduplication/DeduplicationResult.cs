namespace DatasetBuilder.Deduplication;

/// <summary>The cluster of every article, keyed by article id.</summary>
public sealed record DeduplicationResult(IReadOnlyDictionary<string, ClusterAssignment> Assignments)
{
    public IEnumerable<ClusterAssignment> Dropped => Assignments.Values.Where(static a => !a.IsKept).OrderBy(static a => a.Id, StringComparer.Ordinal);
}

namespace DatasetBuilder.Deduplication;

/// <summary>The cluster of every article, keyed by article id.</summary>
public sealed record DeduplicationResult(ClusterAssignmentDictionary Assignments)
{
    public IEnumerable<ClusterAssignment> Dropped => Assignments.Clustered.Where(static a => !a.IsKept);
}

using DatasetBuilder.Model;
using DatasetBuilder.Text;

namespace DatasetBuilder.Deduplication;

/// <summary>
/// Groups articles whose cleaned text is the same under Arabic normalisation and keeps one per group:
/// the earliest published, then the longest, then the smallest id. Independent of input order.
/// </summary>
public sealed class Deduplicator
{
    public DeduplicationResult Deduplicate(IEnumerable<DedupCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var groups = new Dictionary<string, List<DedupCandidate>>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            var key = ContentHash.NormalizedSha256Hex(candidate.Text);
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
            }

            list.Add(candidate);
        }

        var assignments = new Dictionary<string, ClusterAssignment>(StringComparer.Ordinal);
        foreach (var group in groups.Values)
        {
            group.Sort(CompareForRepresentative);
            var representative = group[0];
            foreach (var member in group)
            {
                var kind = group.Count == 1 ? DuplicateKind.Unique : DuplicateKind.Exact;
                assignments[member.Id] = new ClusterAssignment(member.Id, representative.Id, representative.Id, kind, 1.0);
            }
        }

        return new DeduplicationResult(assignments);
    }

    /// <summary>Representative policy: earliest published (undated last), then longest text, then smallest id (ordinal).</summary>
    internal static int CompareForRepresentative(DedupCandidate a, DedupCandidate b)
    {
        var byDate = (a.Published, b.Published) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            ({ } x, { } y) => x.EarliestDay.CompareTo(y.EarliestDay),
        };
        if (byDate != 0)
        {
            return byDate;
        }

        var byLength = b.Text.Length.CompareTo(a.Text.Length);
        return byLength != 0 ? byLength : string.CompareOrdinal(a.Id, b.Id);
    }
}

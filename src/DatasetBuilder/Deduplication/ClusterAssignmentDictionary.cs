using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace DatasetBuilder.Deduplication;

/// <summary>
/// The cluster of every article, keyed by id, holding only the articles that share a cluster: most articles are alone
/// (<see cref="DuplicateKind.Unique"/>, their own cluster), and one object per article was about 80 bytes per article kept
/// until the rows were written. A lone article's assignment is made when asked for. Enumerates in ascending id order (ordinal).
/// </summary>
public sealed class ClusterAssignmentDictionary : IReadOnlyDictionary<string, ClusterAssignment>
{
    private readonly string[] _ids;
    private readonly Dictionary<string, ClusterAssignment> _clustered;
    private readonly Dictionary<string, int> _clusterSizes;

    /// <param name="ids">Every article's id, ascending (ordinal), no repeats.</param>
    /// <param name="clustered">The assignments of the articles that share a cluster (any other id is alone).</param>
    internal ClusterAssignmentDictionary(string[] ids, Dictionary<string, ClusterAssignment> clustered)
    {
        _ids = ids;
        _clustered = clustered;
        _clusterSizes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var assignment in clustered.Values)
        {
            _clusterSizes[assignment.ClusterId] = _clusterSizes.GetValueOrDefault(assignment.ClusterId) + 1;
        }
    }

    public int Count => _ids.Length;

    public IEnumerable<string> Keys => _ids;

    public IEnumerable<ClusterAssignment> Values => _ids.Select(Get);

    public ClusterAssignment this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"no article \"{key}\" was deduplicated");

    /// <summary>
    /// The assignments worked out for the members of linked groups (representatives, the members dropped into them, and members
    /// left on their own), ascending by id; every other article is alone.
    /// </summary>
    public IEnumerable<ClusterAssignment> Clustered => _clustered.Values.OrderBy(static a => a.Id, StringComparer.Ordinal);

    /// <summary>The assignment of the article at <paramref name="index"/> in ascending id order (its slot), found without a search.</summary>
    public ClusterAssignment ByIndex(int index) => Get(_ids[index]);

    /// <summary>How many articles the cluster named <paramref name="clusterId"/> holds (1 for a lone article's own cluster).</summary>
    public int ClusterSize(string clusterId) => _clusterSizes.GetValueOrDefault(clusterId, 1);

    public bool ContainsKey(string key) => _clustered.ContainsKey(key) || Array.BinarySearch(_ids, key, StringComparer.Ordinal) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out ClusterAssignment value)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_clustered.TryGetValue(key, out value))
        {
            return true;
        }

        var at = Array.BinarySearch(_ids, key, StringComparer.Ordinal);
        value = at >= 0 ? Alone(_ids[at]) : null;
        return value is not null;
    }

    public IEnumerator<KeyValuePair<string, ClusterAssignment>> GetEnumerator() =>
        _ids.Select(id => KeyValuePair.Create(id, Get(id))).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private ClusterAssignment Get(string id) => _clustered.TryGetValue(id, out var value) ? value : Alone(id);

    private static ClusterAssignment Alone(string id) => new(id, id, id, DuplicateKind.Unique, 1.0);
}

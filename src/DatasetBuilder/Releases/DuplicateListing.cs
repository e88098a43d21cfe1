using System.Text.Json.Serialization;
using DatasetBuilder.Deduplication;

namespace DatasetBuilder.Releases;

/// <summary>
/// Every article removed as a duplicate, for programs; serialised as <c>duplicates.json</c> in the release (the manifest and
/// SHA256SUMS hash it like every other file). Ordered by id (ordinal) so the file is reproducible.
/// </summary>
public sealed record DuplicateListing
{
    public const string FileName = "duplicates.json";

    [JsonPropertyName("count")]
    public required int Count { get; init; }

    [JsonPropertyName("removed")]
    public required IReadOnlyList<DuplicateEntry> Removed { get; init; }

    public static DuplicateListing From(IEnumerable<ClusterAssignment> dropped)
    {
        ArgumentNullException.ThrowIfNull(dropped);
        List<DuplicateEntry> removed =
        [
            .. dropped.OrderBy(static d => d.Id, StringComparer.Ordinal).Select(static d => new DuplicateEntry
            {
                Id = d.Id,
                Kept = d.RepresentativeId,
                Kind = d.Kind.ToString().ToLowerInvariant(),
                Similarity = d.Similarity,
            }),
        ];
        return new DuplicateListing { Count = removed.Count, Removed = removed };
    }
}

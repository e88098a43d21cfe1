using System.Text.Json.Serialization;

namespace DatasetBuilder.Releases;

/// <summary>One article removed as a duplicate: the released article kept in its place, how it duplicates it, and how much.</summary>
public sealed record DuplicateEntry
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("kept")]
    public required string Kept { get; init; }

    /// <summary><c>exact</c>, <c>near</c> or <c>contained</c>.</summary>
    [JsonPropertyName("kind")]
    public required string Kind { get; init; }

    /// <summary>1 for an exact copy, the estimated Jaccard similarity for a near duplicate, the share of the removed article's
    /// shingles found in the kept one when it is contained in it (rounded to 4 places).</summary>
    [JsonPropertyName("similarity")]
    public required double Similarity { get; init; }
}

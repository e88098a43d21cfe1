using System.Text.Json.Serialization;

namespace DatasetBuilder.Releases;

/// <summary>
/// The article-level difference between the previous release and this one; serialised as <c>changes.json</c>.
/// Lists are ordered by id (ordinal) so the file is reproducible.
/// </summary>
public sealed record ChangeSet
{
    /// <summary>The release compared against; null for the first release.</summary>
    [JsonPropertyName("previous_version")]
    public string? PreviousVersion { get; init; }

    [JsonPropertyName("version")]
    public required string Version { get; init; }

    [JsonPropertyName("bump")]
    [JsonConverter(typeof(JsonStringEnumConverter<VersionBump>))]
    public required VersionBump Bump { get; init; }

    [JsonPropertyName("reason")]
    public required string Reason { get; init; }

    [JsonPropertyName("added")]
    public IReadOnlyList<string> Added { get; init; } = [];

    [JsonPropertyName("removed")]
    public IReadOnlyList<string> Removed { get; init; } = [];

    [JsonPropertyName("changed")]
    public IReadOnlyList<RecordChange> Changed { get; init; } = [];

    [JsonPropertyName("unchanged")]
    public int Unchanged { get; init; }

    /// <summary>Columns added, removed or retyped, as <c>+name type</c>, <c>-name type</c>, <c>~name old→new</c>.</summary>
    [JsonPropertyName("column_changes")]
    public IReadOnlyList<string> ColumnChanges { get; init; } = [];

    public const string FileName = "changes.json";
}

using System.Text.Json.Serialization;

namespace DatasetBuilder.Releases;

/// <summary>
/// <c>manifest.json</c>: what a release holds and where it came from. Lists every file of the release except itself.
/// </summary>
public sealed record Manifest
{
    [JsonPropertyName("dataset")]
    public required string Dataset { get; init; }

    [JsonPropertyName("version")]
    public required string Version { get; init; }

    /// <summary>Version of the Parquet column contract (bumped when a column changes).</summary>
    [JsonPropertyName("schema_version")]
    public required string SchemaVersion { get; init; }

    [JsonPropertyName("tool_version")]
    public required string ToolVersion { get; init; }

    /// <summary>
    /// Git commit of the data folder the release was built from; null outside a git checkout. When the folder had uncommitted
    /// changes it ends in <c>-dirty</c> (as <c>git describe --dirty</c>) and <see cref="DataDirty"/> is true: the commit alone does
    /// not reproduce the release.
    /// </summary>
    [JsonPropertyName("data_commit")]
    public string? DataCommit { get; init; }

    /// <summary>True when the data folder had uncommitted changes (untracked files included) at build time.</summary>
    [JsonPropertyName("data_dirty")]
    public bool DataDirty { get; init; }

    /// <summary>SHA-256 of the non-article inputs of the card and metadata (see <see cref="ReleaseInputs"/>): with the data files and tool version it tells "nothing changed".</summary>
    [JsonPropertyName("inputs_sha256")]
    public string? InputsSha256 { get; init; }

    /// <summary>Build time: SOURCE_DATE_EPOCH, else the data's last commit time (never the wall clock when either is known).</summary>
    [JsonPropertyName("created")]
    public required string Created { get; init; }

    [JsonPropertyName("rows")]
    public required long Rows { get; init; }

    /// <summary>The Parquet columns with their types: a column change is a major version.</summary>
    [JsonPropertyName("columns")]
    public IReadOnlyList<ColumnDescriptor> Columns { get; init; } = [];

    /// <summary>The release this one was compared with (see <c>changes.json</c>); null for the first release.</summary>
    [JsonPropertyName("previous_version")]
    public string? PreviousVersion { get; init; }

    [JsonPropertyName("files")]
    public required IReadOnlyList<ManifestFile> Files { get; init; }

    public const string FileName = "manifest.json";
}

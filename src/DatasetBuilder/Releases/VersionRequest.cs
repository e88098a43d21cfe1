namespace DatasetBuilder.Releases;

/// <summary>What <see cref="VersionPlanner"/> needs to propose a version and to decide whether the build may publish it.</summary>
public sealed record VersionRequest
{
    /// <summary><c>dist/&lt;dataset&gt;</c>: the published versions live here.</summary>
    public required string DatasetDirectory { get; init; }

    /// <summary>The staging folder, already holding the data files and <c>records.jsonl</c>.</summary>
    public required string Staging { get; init; }

    /// <summary>An explicit <c>--version</c>; null for <c>auto</c> and for a preview.</summary>
    public ReleaseVersion? Requested { get; init; }

    public required IReadOnlyList<ColumnDescriptor> Columns { get; init; }

    public required IReadOnlyList<RecordFingerprint> Records { get; init; }

    public required string ToolVersion { get; init; }

    /// <summary>See <see cref="ReleaseInputs"/>.</summary>
    public required string InputsSha256 { get; init; }

    /// <summary><c>--force-version</c>: publish an explicit version even when it is smaller than the change needs, or nothing changed.</summary>
    public bool ForceVersion { get; init; }
}

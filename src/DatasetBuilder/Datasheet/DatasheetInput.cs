using DatasetBuilder.Cleaning;
using DatasetBuilder.Deduplication;
using DatasetBuilder.Model;
using DatasetBuilder.Writing;

namespace DatasetBuilder.Datasheet;

/// <summary>What the datasheet is computed from: the metadata, the written rows and the build's accounting.</summary>
public sealed record DatasheetInput
{
    public required DatasetMetadata Dataset { get; init; }

    public required string Version { get; init; }

    public required IReadOnlyList<DatasetRow> Rows { get; init; }

    public required IReadOnlyDictionary<string, SourceProfile> Sources { get; init; }

    public required IReadOnlyList<string> DataFiles { get; init; }

    public required long DataBytes { get; init; }

    public required int ArticlesContributed { get; init; }

    public required IReadOnlyList<ClusterAssignment> DuplicatesRemoved { get; init; }

    /// <summary>What cleaning removed, by source and rule, ordered by source then rule id.</summary>
    public IReadOnlyList<RemovalTally> Removals { get; init; } = [];

    /// <summary>Template lines learned per source from the corpus, ordered by source.</summary>
    public IReadOnlyList<SiteTemplate> Templates { get; init; } = [];
}

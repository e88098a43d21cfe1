using DatasetBuilder.Cleaning;
using DatasetBuilder.Deduplication;
using DatasetBuilder.Model;
using DatasetBuilder.Releases;
using DatasetBuilder.Writing;

namespace DatasetBuilder.Datasheet;

/// <summary>What the datasheet is computed from: the metadata, the written rows and the build's accounting.</summary>
public sealed record DatasheetInput
{
    public required DatasetMetadata Dataset { get; init; }

    public required string Version { get; init; }

    /// <summary>
    /// The written rows; when <see cref="Figures"/> is given (a streaming build), only the first rows by id, which the card
    /// shows as examples.
    /// </summary>
    public required IReadOnlyList<DatasetRow> Rows { get; init; }

    /// <summary>The figures of all written rows, when computed as they were written; null computes them from <see cref="Rows"/>.</summary>
    public DatasheetFigures? Figures { get; init; }

    public required IReadOnlyDictionary<string, SourceProfile> Sources { get; init; }

    public required IReadOnlyList<string> DataFiles { get; init; }

    public required long DataBytes { get; init; }

    public required int ArticlesContributed { get; init; }

    public required IReadOnlyList<ClusterAssignment> DuplicatesRemoved { get; init; }

    /// <summary>What cleaning removed, by source and rule, ordered by source then rule id.</summary>
    public IReadOnlyList<RemovalTally> Removals { get; init; } = [];

    /// <summary>The Parquet columns as written (from the shard's own schema), for the Hub's <c>dataset_info.features</c>.</summary>
    public IReadOnlyList<ColumnDescriptor> Columns { get; init; } = [];

    /// <summary>The data files with their sizes and checksums.</summary>
    public IReadOnlyList<ManifestFile> DataFileHashes { get; init; } = [];

    /// <summary>The charts written beside the card (paths relative to the release folder).</summary>
    public IReadOnlyList<DatasheetChart> Charts { get; init; } = [];

    /// <summary>Contributions that validation kept out of the release (errors), by file.</summary>
    public IReadOnlyList<Diagnostic> ValidationRejects { get; init; } = [];

    /// <summary>Valid contributions left out at the cleaning stage (their text cleans to nothing), by file.</summary>
    public IReadOnlyList<Diagnostic> CleaningRejects { get; init; } = [];

    /// <summary>Validation warnings on the contributions that passed validation, including those later removed as duplicates.</summary>
    public IReadOnlyList<Diagnostic> ValidationWarnings { get; init; } = [];

    /// <summary>The build date (from the build clock), for the citation.</summary>
    public DateOnly? BuildDate { get; init; }

    /// <summary>Git commit of the data, for the citation; null outside a git checkout.</summary>
    public string? DataCommit { get; init; }

    /// <summary>Template lines learned per source from the corpus, ordered by source.</summary>
    public IReadOnlyList<SiteTemplate> Templates { get; init; } = [];
}

using DatasetBuilder.Datasheet;
using DatasetBuilder.Releases;
using DatasetBuilder.Writing;

namespace DatasetBuilder.Pipeline;

/// <summary>What pass 3 wrote and the compact facts the release documents need from it.</summary>
internal sealed record WrittenRows
{
    public required IReadOnlyList<string> DataFiles { get; init; }

    public required int Count { get; init; }

    /// <summary>One fingerprint per written row, by id.</summary>
    public required IReadOnlyList<RecordFingerprint> Fingerprints { get; init; }

    public required DatasheetFigures Figures { get; init; }

    /// <summary>The first rows by id, shown as examples in the datasheet.</summary>
    public required IReadOnlyList<DatasetRow> Samples { get; init; }

    /// <summary>What cleaning removed from the written rows, by source then rule id.</summary>
    public required IReadOnlyList<RemovalTally> Removals { get; init; }
}

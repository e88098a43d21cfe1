namespace DatasetBuilder.Model;

/// <summary>Dataset-level metadata and the human answers of the datasheet, from <c>data/dataset.json</c>.</summary>
public sealed record DatasetMetadata
{
    /// <summary>Machine name: the release folder is <c>dist/&lt;Name&gt;/&lt;version&gt;/</c>.</summary>
    public required string Name { get; init; }

    public required string PrettyName { get; init; }

    public required string Description { get; init; }

    /// <summary>SPDX identifier or <c>other</c>.</summary>
    public required string License { get; init; }

    public required string LicenseStatement { get; init; }

    public string? Homepage { get; init; }

    public IReadOnlyList<string> Creators { get; init; } = [];

    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>Answers to the datasheet questions, keyed by question id (see <c>Datasheet.DatasheetQuestions</c>).</summary>
    public IReadOnlyDictionary<string, string> Datasheet { get; init; } = new Dictionary<string, string>();
}

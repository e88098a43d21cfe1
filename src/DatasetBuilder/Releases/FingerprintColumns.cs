using System.Text.Json.Serialization;
using Parquet.Serialization.Attributes;

namespace DatasetBuilder.Releases;

/// <summary>
/// The documented Parquet columns a <see cref="RecordFingerprint"/> is computed from: read from an earlier release whose folder has
/// no <c>records.jsonl</c>, whatever other columns its writer added.
/// </summary>
internal sealed class FingerprintColumns
{
    /// <summary>The column names this class reads.</summary>
    public static IReadOnlyList<string> Names { get; } = ["id", "title", "text_sha256", .. RecordFingerprint.MetadataColumns];

    [ParquetRequired]
    [JsonPropertyName("id")]
    public string Id { get; set; } = string.Empty;

    [ParquetRequired]
    [JsonPropertyName("source")]
    public string Source { get; set; } = string.Empty;

    [JsonPropertyName("source_name")]
    public string? SourceName { get; set; }

    [JsonPropertyName("url")]
    public string? Url { get; set; }

    [ParquetRequired]
    [JsonPropertyName("title")]
    public string Title { get; set; } = string.Empty;

    [JsonPropertyName("subtitle")]
    public string? Subtitle { get; set; }

    [JsonPropertyName("published_date")]
    public DateOnly? PublishedDate { get; set; }

    [JsonPropertyName("published_precision")]
    public string? PublishedPrecision { get; set; }

    [ParquetRequired]
    [JsonPropertyName("language")]
    public string Language { get; set; } = string.Empty;

    [ParquetListElementRequired]
    [JsonPropertyName("authors")]
    public List<string> Authors { get; set; } = [];

    [JsonPropertyName("agency")]
    public string? Agency { get; set; }

    [ParquetRequired]
    [JsonPropertyName("text_sha256")]
    public string TextSha256 { get; set; } = string.Empty;
}

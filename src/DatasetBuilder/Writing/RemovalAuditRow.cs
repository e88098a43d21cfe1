using System.Text.Json.Serialization;
using Parquet.Serialization.Attributes;

namespace DatasetBuilder.Writing;

/// <summary>One removed span of one released article, as written to <c>audit/removals.parquet</c>. Column names are a public contract.</summary>
public sealed class RemovalAuditRow
{
    [JsonPropertyName("id")]
    [ParquetRequired]
    public string Id { get; set; } = string.Empty;

    /// <summary>Id of the cleaning rule that removed the span.</summary>
    [JsonPropertyName("rule")]
    [ParquetRequired]
    public string Rule { get; set; } = string.Empty;

    /// <summary>Offset of the span in the raw contributed text (UTF-16 code units).</summary>
    [JsonPropertyName("start")]
    public int Start { get; set; }

    /// <summary>Length of the span in the raw text (UTF-16 code units).</summary>
    [JsonPropertyName("length")]
    public int Length { get; set; }

    [JsonPropertyName("reason")]
    [ParquetRequired]
    public string Reason { get; set; } = string.Empty;

    /// <summary>The removed raw text, verbatim.</summary>
    [JsonPropertyName("removed_text")]
    [ParquetRequired]
    public string RemovedText { get; set; } = string.Empty;
}

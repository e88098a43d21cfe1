using System.Text.Json.Serialization;
using Parquet.Serialization.Attributes;

namespace DatasetBuilder.Writing;

/// <summary>
/// One row of the released Parquet files. Column names are a public contract (snake_case); add columns, never rename them
/// without a major version. Dates use the Parquet DATE logical type.
/// </summary>
public sealed class DatasetRow
{
    [JsonPropertyName("id")]
    [ParquetRequired]
    public string Id { get; set; } = string.Empty;

    [JsonPropertyName("source")]
    [ParquetRequired]
    public string Source { get; set; } = string.Empty;

    /// <summary>The site's name (English, else Arabic); null when the site is not identified.</summary>
    [JsonPropertyName("source_name")]
    public string? SourceName { get; set; }

    [JsonPropertyName("url")]
    public string? Url { get; set; }

    [JsonPropertyName("title")]
    [ParquetRequired]
    public string Title { get; set; } = string.Empty;

    [JsonPropertyName("subtitle")]
    public string? Subtitle { get; set; }

    /// <summary>Publication date; for month or year precision, the first day of that period (see <see cref="PublishedPrecision"/>).</summary>
    [JsonPropertyName("published_date")]
    public DateOnly? PublishedDate { get; set; }

    /// <summary><c>day</c>, <c>month</c> or <c>year</c>; null when the date is unknown.</summary>
    [JsonPropertyName("published_precision")]
    public string? PublishedPrecision { get; set; }

    [JsonPropertyName("language")]
    [ParquetRequired]
    public string Language { get; set; } = string.Empty;

    [JsonPropertyName("authors")]
    [ParquetListElementRequired]
    public List<string> Authors { get; set; } = [];

    [JsonPropertyName("agency")]
    public string? Agency { get; set; }

    /// <summary>The cleaned body: paragraphs separated by one blank line.</summary>
    [JsonPropertyName("text")]
    [ParquetRequired]
    public string Text { get; set; } = string.Empty;

    [JsonPropertyName("char_count")]
    public int CharCount { get; set; }

    [JsonPropertyName("word_count")]
    public int WordCount { get; set; }

    [JsonPropertyName("paragraph_count")]
    public int ParagraphCount { get; set; }

    /// <summary>SHA-256 of <see cref="Text"/> as stored (UTF-8).</summary>
    [JsonPropertyName("text_sha256")]
    [ParquetRequired]
    public string TextSha256 { get; set; } = string.Empty;

    /// <summary>SHA-256 of the contributed raw text (UTF-8), linking the row to its source file.</summary>
    [JsonPropertyName("raw_sha256")]
    [ParquetRequired]
    public string RawSha256 { get; set; } = string.Empty;

    /// <summary>Characters the cleaner removed from the raw text.</summary>
    [JsonPropertyName("removed_char_count")]
    public int RemovedCharCount { get; set; }

    /// <summary>Deduplication cluster; articles dropped as duplicates of this one share it (listed in the datasheet).</summary>
    [JsonPropertyName("dedup_cluster")]
    [ParquetRequired]
    public string DedupCluster { get; set; } = string.Empty;

    /// <summary>How many contributed articles the cluster held (1 when the article had no duplicate).</summary>
    [JsonPropertyName("dedup_cluster_size")]
    public int DedupClusterSize { get; set; }
}

using System.Text.Json.Serialization;
using Parquet.Serialization.Attributes;

namespace DatasetBuilder.Writing;

/// <summary>
/// A <see cref="DatasetRow"/> as the shards take it from a streaming build: every column read from the row, except the body,
/// which is memory in a <see cref="TextArena"/> instead of a string. Parquet.Net writes a <see cref="ReadOnlyMemory{T}"/> of
/// characters exactly as it writes a string, so the shards are the same bytes; the columns are the row's, in its order, with
/// its attributes (a test compares the two schemas).
/// </summary>
internal sealed class ShardRow(DatasetRow row, ReadOnlyMemory<char> text)
{
    [JsonPropertyName("id")]
    [ParquetRequired]
    public string Id => row.Id;

    [JsonPropertyName("source")]
    [ParquetRequired]
    public string Source => row.Source;

    [JsonPropertyName("source_name")]
    public string? SourceName => row.SourceName;

    [JsonPropertyName("url")]
    public string? Url => row.Url;

    [JsonPropertyName("title")]
    [ParquetRequired]
    public string Title => row.Title;

    [JsonPropertyName("subtitle")]
    public string? Subtitle => row.Subtitle;

    [JsonPropertyName("published_date")]
    public DateOnly? PublishedDate => row.PublishedDate;

    [JsonPropertyName("published_precision")]
    public string? PublishedPrecision => row.PublishedPrecision;

    [JsonPropertyName("language")]
    [ParquetRequired]
    public string Language => row.Language;

    [JsonPropertyName("authors")]
    [ParquetListElementRequired]
    public List<string> Authors => row.Authors;

    [JsonPropertyName("agency")]
    public string? Agency => row.Agency;

    [JsonPropertyName("text")]
    [ParquetRequired]
    public ReadOnlyMemory<char> Text => text;

    [JsonPropertyName("char_count")]
    public int CharCount => row.CharCount;

    [JsonPropertyName("word_count")]
    public int WordCount => row.WordCount;

    [JsonPropertyName("paragraph_count")]
    public int ParagraphCount => row.ParagraphCount;

    [JsonPropertyName("text_sha256")]
    [ParquetRequired]
    public string TextSha256 => row.TextSha256;

    [JsonPropertyName("raw_sha256")]
    [ParquetRequired]
    public string RawSha256 => row.RawSha256;

    [JsonPropertyName("removed_char_count")]
    public int RemovedCharCount => row.RemovedCharCount;

    [JsonPropertyName("dedup_cluster")]
    [ParquetRequired]
    public string DedupCluster => row.DedupCluster;

    [JsonPropertyName("dedup_cluster_size")]
    public int DedupClusterSize => row.DedupClusterSize;
}

using System.Text.Json;
using System.Text.Json.Serialization;
using DatasetBuilder.Text;
using DatasetBuilder.Writing;

namespace DatasetBuilder.Releases;

/// <summary>
/// One released record reduced to what a changelog compares: its id and the SHA-256 of its text, its title and its metadata.
/// Written to <c>records.jsonl</c> in every release so the next build can diff against it without reading Parquet.
/// </summary>
public sealed record RecordFingerprint(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("text_sha256")] string TextSha256,
    [property: JsonPropertyName("title_sha256")] string TitleSha256,
    [property: JsonPropertyName("metadata_sha256")] string MetadataSha256)
{
    /// <summary>The metadata columns whose values <see cref="MetadataSha256"/> covers, in hashing order.</summary>
    public static IReadOnlyList<string> MetadataColumns { get; } =
        ["source", "source_name", "url", "subtitle", "published_date", "published_precision", "language", "authors", "agency"];

    public static RecordFingerprint From(DatasetRow row)
    {
        ArgumentNullException.ThrowIfNull(row);

        // A fixed-order array, not an object: the hash must not depend on a serializer's property order.
        var metadata = JsonSerializer.Serialize(
            new object?[]
            {
                row.Source, row.SourceName, row.Url, row.Subtitle,
                row.PublishedDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                row.PublishedPrecision, row.Language, row.Authors, row.Agency,
            },
            ReleaseJson.Compact);
        return new RecordFingerprint(row.Id, row.TextSha256, ContentHash.Sha256Hex(row.Title), ContentHash.Sha256Hex(metadata));
    }
}

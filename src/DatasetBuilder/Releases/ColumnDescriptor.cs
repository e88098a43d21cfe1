using System.Text.Json.Serialization;

namespace DatasetBuilder.Releases;

/// <summary>One Parquet column as the manifest records it: its name and a stable description of its type.</summary>
public sealed record ColumnDescriptor(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("type")] string Type);

using System.Text.Json.Serialization;

namespace DatasetBuilder.Releases;

/// <summary>An article present in both releases whose content differs, and which parts differ (<c>text</c>, <c>title</c>, <c>metadata</c>).</summary>
public sealed record RecordChange(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("fields")] IReadOnlyList<string> Fields);

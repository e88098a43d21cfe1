using System.Text.Json.Serialization;

namespace DatasetBuilder.Releases;

/// <summary>One file of a release with its size and checksum.</summary>
public sealed record ManifestFile(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("bytes")] long Bytes,
    [property: JsonPropertyName("sha256")] string Sha256);

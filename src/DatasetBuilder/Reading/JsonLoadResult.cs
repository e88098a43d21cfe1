using System.Text;
using System.Text.Json;
using DatasetBuilder.Model;

namespace DatasetBuilder.Reading;

/// <summary>
/// A loaded JSON file: the parsed document and its UTF-8 bytes, or the diagnostics that explain why it could not be loaded.
/// The text is decoded from the bytes only when asked for: the common path reads the document and never needs it.
/// </summary>
public sealed record JsonLoadResult(ContributionFile File, ReadOnlyMemory<byte> Utf8, JsonDocument? Document, IReadOnlyList<Diagnostic> Diagnostics)
{
    private string? _text;

    public bool Success => Document is not null;

    /// <summary>The document's text (without a byte-order mark), or null when the file could not be loaded.</summary>
    public string? Text => Success ? _text ??= Encoding.UTF8.GetString(Utf8.Span) : null;
}

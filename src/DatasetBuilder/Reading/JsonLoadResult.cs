using System.Text.Json;
using DatasetBuilder.Model;

namespace DatasetBuilder.Reading;

/// <summary>A loaded JSON file: the parsed document and its text, or the diagnostics that explain why it could not be loaded.</summary>
public sealed record JsonLoadResult(ContributionFile File, string? Text, JsonDocument? Document, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Success => Document is not null;
}

using DatasetBuilder.Model;

namespace DatasetBuilder.Cleaning;

/// <summary>Metadata the cleaner found in boilerplate (date line, byline, attribution, subtitle) and moved out of the text.</summary>
public sealed record ExtractedMetadata
{
    public PartialDate? Published { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public string? Agency { get; init; }

    public string? Subtitle { get; init; }

    public static ExtractedMetadata None { get; } = new();
}

using DatasetBuilder.Model;

namespace DatasetBuilder.Importing;

/// <summary>What a raw text or a page shows about itself; null (or empty) where it shows nothing.</summary>
public sealed record InferredMetadata
{
    public string? Title { get; init; }

    public string? Subtitle { get; init; }

    public PartialDate? Published { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public string? Agency { get; init; }

    /// <summary>The canonical URL the page declares (HTML only).</summary>
    public string? Url { get; init; }

    /// <summary>The language the page declares (HTML <c>lang</c>), when it declares one.</summary>
    public string? DeclaredLanguage { get; init; }

    /// <summary>The publisher's name the page declares (JSON-LD or <c>og:site_name</c>), used to match a source profile.</summary>
    public string? Publisher { get; init; }
}

namespace DatasetBuilder.Model;

/// <summary>
/// One contributed article as written in <c>data/articles/&lt;source&gt;/&lt;id&gt;.json</c>.
/// <see cref="Text"/> is the raw scraped text, verbatim, boilerplate included; unknown facts are null, never invented.
/// </summary>
public sealed record Article
{
    public required string Id { get; init; }

    public required string Source { get; init; }

    public string? Url { get; init; }

    public required string Language { get; init; }

    public required string Title { get; init; }

    /// <summary>A subtitle or alternative (longer) headline, when the page shows one.</summary>
    public string? Subtitle { get; init; }

    public PartialDate? Published { get; init; }

    /// <summary>Named writers or editors; empty when no byline names a person.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>The news agency the story is credited to ("المصدر: تاس"), when the text says so.</summary>
    public string? Agency { get; init; }

    public required string Text { get; init; }
}

namespace DatasetBuilder.Importing;

/// <summary>The facts a schema.org NewsArticle (or Article) JSON-LD block declares; null where it declares none.</summary>
public sealed record JsonLdArticle
{
    public string? Headline { get; init; }

    public string? AlternativeHeadline { get; init; }

    public string? DatePublished { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public string? Publisher { get; init; }

    public string? Url { get; init; }
}

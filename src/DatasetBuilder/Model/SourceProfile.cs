namespace DatasetBuilder.Model;

/// <summary>One news site, from <c>data/sources/&lt;id&gt;.json</c>.</summary>
public sealed record SourceProfile
{
    public required string Id { get; init; }

    /// <summary>The site's name in Arabic as it presents itself; null when the site is not identified.</summary>
    public string? NameAr { get; init; }

    public string? NameEn { get; init; }

    /// <summary>The site's domain (for example <c>example.com</c>); null when not known.</summary>
    public string? Domain { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country of the publisher; null when not known.</summary>
    public string? Country { get; init; }

    public required string Language { get; init; }

    /// <summary>Site-specific boilerplate lines or prefixes the cleaner may use on top of its generic rules.</summary>
    public IReadOnlyList<string> BoilerplateMarkers { get; init; } = [];

    /// <summary>Strings in a raw text that identify this site, for <c>import</c>.</summary>
    public IReadOnlyList<string> IdentifyingMarkers { get; init; } = [];

    public string? Notes { get; init; }
}

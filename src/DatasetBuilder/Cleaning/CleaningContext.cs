using DatasetBuilder.Model;

namespace DatasetBuilder.Cleaning;

/// <summary>Everything the cleaner may look at besides the raw text: the article's fields, its site profile and what was learned from the corpus.</summary>
public sealed record CleaningContext
{
    public required Article Article { get; init; }

    /// <summary>The article's source profile; ignored when <see cref="UseProfiles"/> is false.</summary>
    public SourceProfile? Profile { get; init; }

    /// <summary>Lines learned as this source's template from the whole corpus; null when not learned.</summary>
    public SiteTemplate? Template { get; init; }

    /// <summary>When false, site profiles are not consulted: only generic rules apply.</summary>
    public bool UseProfiles { get; init; } = true;
}

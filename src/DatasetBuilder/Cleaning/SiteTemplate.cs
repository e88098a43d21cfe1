namespace DatasetBuilder.Cleaning;

/// <summary>Lines that recur across several articles of one source (compared by their Arabic-normalised form): the site's template, not content.</summary>
/// <param name="Source">Source id.</param>
/// <param name="Lines">Normalised template lines with the number of articles each was seen in, ordered by the line.</param>
public sealed record SiteTemplate(string Source, IReadOnlyDictionary<string, int> Lines);

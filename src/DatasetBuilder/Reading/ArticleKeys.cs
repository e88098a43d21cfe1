namespace DatasetBuilder.Reading;

/// <summary>
/// The values of an article file that must be unique across the corpus, with where they sit in the file.
/// Any of them is null when the file does not hold it as a string.
/// </summary>
/// <param name="File">The article file.</param>
/// <param name="Id">The <c>id</c> value.</param>
/// <param name="Url">The <c>url</c> value as written.</param>
/// <param name="TextSha256">SHA-256 (hex) of the raw <c>text</c> value, or null when not computed.</param>
/// <param name="Locations">Line and column by JSON pointer, or null when the file was only scanned.</param>
public sealed record ArticleKeys(
    ContributionFile File,
    string? Id,
    string? Url,
    string? TextSha256,
    IReadOnlyDictionary<string, (int Line, int Column)>? Locations)
{
    /// <summary>
    /// The address the url names, as <c>DuplicateFinder.NormalizeUrl</c> gives it, when already known (remembered by the
    /// keys cache); null to compute it from <see cref="Url"/>.
    /// </summary>
    public string? UrlKey { get; init; }
}

using System.Buffers.Binary;

namespace DatasetBuilder.Reading;

/// <summary>
/// The values of an article file that must be unique across the corpus, with where they sit in the file.
/// Any of them is null when the file does not hold it as a string. A full validation keeps one per file until the corpus-wide
/// checks have run, so the text is kept as a 16-byte hash, not as 64 hex digits.
/// </summary>
/// <param name="File">The article file.</param>
/// <param name="Id">The <c>id</c> value.</param>
/// <param name="Url">The <c>url</c> value as written.</param>
/// <param name="TextHash">The first 128 bits of the SHA-256 of the raw <c>text</c> value (<see cref="TextHashOf"/>), or null when not computed.</param>
/// <param name="Locations">Line and column by JSON pointer, or null when the file was only scanned.</param>
public sealed record ArticleKeys(
    ContributionFile File,
    string? Id,
    string? Url,
    UInt128? TextHash,
    IReadOnlyDictionary<string, (int Line, int Column)>? Locations)
{
    // Kept as a plain 16-byte value and a flag: a nullable UInt128 takes 32 bytes, one of these is kept per file.
    private readonly UInt128 _textHash = TextHash.GetValueOrDefault();
    private readonly bool _hasTextHash = TextHash.HasValue;

    /// <summary>The first 128 bits of the SHA-256 of the raw <c>text</c> value, or null when not computed.</summary>
    public UInt128? TextHash => _hasTextHash ? _textHash : null;

    /// <summary>
    /// The address the url names, as <c>DuplicateFinder.NormalizeUrl</c> gives it, when already known (remembered by the
    /// keys cache); null to compute it from <see cref="Url"/>.
    /// </summary>
    public string? UrlKey { get; init; }

    /// <summary>The text key of a SHA-256 digest: its first 16 bytes, big-endian (the same text always gives the same key).</summary>
    public static UInt128 TextHashOf(ReadOnlySpan<byte> sha256) => BinaryPrimitives.ReadUInt128BigEndian(sha256);
}

namespace DatasetBuilder.Reading;

/// <summary>A file found under the data folder.</summary>
/// <remarks>
/// A build keeps one of these per article from the first pass to the last, so it holds one string, not two: the display path
/// is nearly always the tail of the full path (the part after the repository folder, on a system whose separator is '/'), and
/// is then cut from it when asked for (rarely: in findings and listings) rather than kept. Equality is that of the two paths.
/// </remarks>
public sealed record ContributionFile
{
    private readonly string _fullPath;

    // The display path when it is not the tail of the full path; else null, and _displayStart says where the tail begins.
    private readonly string? _displayPath;
    private readonly int _displayStart;

    /// <param name="fullPath">Absolute path on disk.</param>
    /// <param name="displayPath">Path shown to people and CI: relative to the repository (the data folder's parent), forward slashes.</param>
    public ContributionFile(string fullPath, string displayPath)
    {
        ArgumentNullException.ThrowIfNull(fullPath);
        ArgumentNullException.ThrowIfNull(displayPath);
        _fullPath = fullPath;
        if (displayPath.Length <= fullPath.Length && fullPath.EndsWith(displayPath, StringComparison.Ordinal))
        {
            _displayStart = fullPath.Length - displayPath.Length;
        }
        else
        {
            _displayPath = displayPath;
        }
    }

    /// <summary>Absolute path on disk.</summary>
    public string FullPath => _fullPath;

    /// <summary>Path shown to people and CI: relative to the repository (the data folder's parent), forward slashes.</summary>
    public string DisplayPath => _displayPath ?? _fullPath[_displayStart..];

    /// <summary>
    /// Orders files by display path (ordinal) without making the display strings: sorting a million files by
    /// <see cref="DisplayPath"/> would otherwise hold a million new strings at once.
    /// </summary>
    public static IComparer<ContributionFile> DisplayOrder { get; } = Comparer<ContributionFile>.Create(
        static (a, b) => a.DisplaySpan.SequenceCompareTo(b.DisplaySpan));

    private ReadOnlySpan<char> DisplaySpan => _displayPath ?? _fullPath.AsSpan(_displayStart);

    public void Deconstruct(out string fullPath, out string displayPath)
    {
        fullPath = FullPath;
        displayPath = DisplayPath;
    }
}

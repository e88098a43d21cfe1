using System.Runtime.CompilerServices;

namespace DatasetBuilder.Reading;

/// <summary>A file found under the data folder.</summary>
/// <remarks>
/// A validation keeps one of these per file of the corpus (a million, for a national archive), so it keeps little. A file the
/// folder walk found shares its folder's two paths (full and display) with the other files of that folder and keeps only its
/// name; any other keeps its full path and, when the display path is the full path's tail (the part after the repository
/// folder, on a system whose separator is '/'), where that tail starts. The paths are joined or cut when asked for (once to
/// read the file, and for findings). Equality is that of the two paths, however they are kept.
/// </remarks>
public sealed record ContributionFile
{
    // Shared by the files of one folder: the folder's full path and its display path with a trailing '/'; null for a plain file.
    private readonly string? _folder;
    private readonly string? _displayFolder;

    // The file name (in a folder), or the full path (plain).
    private readonly string _name;

    // Plain file: the display path when it is not the tail of the full path; else null, and _displayStart says where the tail begins.
    private readonly string? _displayPath;
    private readonly int _displayStart;

    /// <param name="fullPath">Absolute path on disk.</param>
    /// <param name="displayPath">Path shown to people and CI: relative to the repository (the data folder's parent), forward slashes.</param>
    public ContributionFile(string fullPath, string displayPath)
    {
        ArgumentNullException.ThrowIfNull(fullPath);
        ArgumentNullException.ThrowIfNull(displayPath);
        _name = fullPath;
        if (displayPath.Length <= fullPath.Length && fullPath.EndsWith(displayPath, StringComparison.Ordinal))
        {
            _displayStart = fullPath.Length - displayPath.Length;
        }
        else
        {
            _displayPath = displayPath;
        }
    }

    private ContributionFile(string folder, string displayFolder, string name)
    {
        _folder = folder;
        _displayFolder = displayFolder;
        _name = name;
    }

    /// <summary>Absolute path on disk.</summary>
    public string FullPath => _folder is null ? _name : string.Concat(_folder, Separator, _name);

    /// <summary>Path shown to people and CI: relative to the repository (the data folder's parent), forward slashes.</summary>
    public string DisplayPath => _displayFolder is not null ? string.Concat(_displayFolder, _name) : _displayPath ?? _name[_displayStart..];

    /// <summary>
    /// Orders files by display path (ordinal) without making the display strings: sorting a million files by
    /// <see cref="DisplayPath"/> would otherwise make two strings per comparison.
    /// </summary>
    public static IComparer<ContributionFile> DisplayOrder { get; } = Comparer<ContributionFile>.Create([MethodImpl(MethodImplOptions.AggressiveOptimization)] static (a, b) =>
    {
        a.DisplayPieces(out var a1, out var a2);
        b.DisplayPieces(out var b1, out var b2);
        return Compare(a1, a2, b1, b2);
    });

    private static string Separator { get; } = Path.DirectorySeparatorChar.ToString();

    /// <summary>
    /// <paramref name="file"/>, kept as a file of <paramref name="folder"/> (full path) whose display path is
    /// <paramref name="displayFolder"/> (ending in '/'): both strings shared by the folder's files. When the file's paths are not
    /// exactly those joined with its name, <paramref name="file"/> itself.
    /// </summary>
    internal static ContributionFile InFolder(ContributionFile file, string folder, string displayFolder)
    {
        ArgumentNullException.ThrowIfNull(file);
        var full = file.FullPath;
        var display = file.DisplayPath;
        var nameLength = full.Length - folder.Length - 1;
        return nameLength > 0 && full.StartsWith(folder, StringComparison.Ordinal) && full[folder.Length] == Path.DirectorySeparatorChar
            && display.Length == displayFolder.Length + nameLength && display.StartsWith(displayFolder, StringComparison.Ordinal)
            && display.AsSpan(displayFolder.Length).SequenceEqual(full.AsSpan(folder.Length + 1))
            ? new ContributionFile(folder, displayFolder, full[(folder.Length + 1)..])
            : file;
    }

    public bool Equals(ContributionFile? other) =>
        other is not null && (ReferenceEquals(this, other)
            || (string.Equals(FullPath, other.FullPath, StringComparison.Ordinal) && string.Equals(DisplayPath, other.DisplayPath, StringComparison.Ordinal)));

    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(FullPath), StringComparer.Ordinal.GetHashCode(DisplayPath));

    public void Deconstruct(out string fullPath, out string displayPath)
    {
        fullPath = FullPath;
        displayPath = DisplayPath;
    }

    /// <summary>The display path as two pieces to be read one after the other.</summary>
    private void DisplayPieces(out ReadOnlySpan<char> first, out ReadOnlySpan<char> second)
    {
        if (_displayFolder is not null)
        {
            first = _displayFolder;
            second = _name;
        }
        else
        {
            first = _displayPath is null ? _name.AsSpan(_displayStart) : _displayPath;
            second = default;
        }
    }

    /// <summary>Ordinal comparison of the text a1+a2 with the text b1+b2.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Compare(ReadOnlySpan<char> a1, ReadOnlySpan<char> a2, ReadOnlySpan<char> b1, ReadOnlySpan<char> b2)
    {
        while (true)
        {
            if (a1.IsEmpty && !a2.IsEmpty)
            {
                a1 = a2;
                a2 = default;
            }

            if (b1.IsEmpty && !b2.IsEmpty)
            {
                b1 = b2;
                b2 = default;
            }

            if (a1.IsEmpty || b1.IsEmpty)
            {
                return a1.IsEmpty ? (b1.IsEmpty ? 0 : -1) : 1;
            }

            var n = Math.Min(a1.Length, b1.Length);
            var order = a1[..n].SequenceCompareTo(b1[..n]);
            if (order != 0)
            {
                return order;
            }

            a1 = a1[n..];
            b1 = b1[n..];
        }
    }
}

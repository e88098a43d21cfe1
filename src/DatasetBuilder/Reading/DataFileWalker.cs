using System.IO.Enumeration;
using System.Runtime.CompilerServices;
using DatasetBuilder.Model;
using DatasetBuilder.Validation;

namespace DatasetBuilder.Reading;

/// <summary>
/// Lists the files under a data folder without trusting its layout: symbolic links that leave the data folder,
/// symlinked folders (possible cycles), folders named like contributions and stray non-JSON files become findings,
/// never files to read. The order is ordinal by path, so the output is deterministic.
/// </summary>
public sealed class DataFileWalker(DataLayout layout)
{
    /// <summary>Deeper than this is not a layout a contributor meant (data/articles/&lt;source&gt;/&lt;id&gt;.json is two levels).</summary>
    private const int MaxDepth = 8;

    private static readonly EnumerationOptions Options = new()
    {
        RecurseSubdirectories = false,
        AttributesToSkip = 0,
        IgnoreInaccessible = false, // a folder that cannot be listed is a finding (DSB001), never a silent gap
        ReturnSpecialDirectories = false,
    };

    private readonly string _root = layout.Root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;

    private readonly string _displayBase = layout.DisplayBase.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;

    /// <summary>
    /// What the fast listing skips: symbolic links, told from the directory entry's own type with no status read. A folder whose
    /// full listing then has more entries holds a link and is listed the slow way (<see cref="FileSystemInfo"/>).
    /// </summary>
    private static readonly EnumerationOptions SkipLinks = new()
    {
        RecurseSubdirectories = false,
        AttributesToSkip = FileAttributes.ReparsePoint,
        IgnoreInaccessible = false, // a folder that cannot be listed is a finding (DSB001), never a silent gap
        ReturnSpecialDirectories = false,
    };

    /// <summary>Entries under <paramref name="directory"/>, recursively when <paramref name="recursive"/>.</summary>
    public IReadOnlyList<DataEntry> Walk(string directory, bool recursive)
    {
        var entries = new List<DataEntry>();
        if (Directory.Exists(directory))
        {
            Walk(Path.GetFullPath(directory), recursive, 0, entries);
        }

        return entries;
    }

    /// <summary>Classifies one path (a PATH argument): a JSON file to load, or the problem with it.</summary>
    public DataEntry Classify(string path)
    {
        FileSystemInfo info = Directory.Exists(path) && !File.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        return Classify(info) ?? new DataEntry(layout.File(info.FullName), []);
    }

    /// <summary>
    /// The entries of a folder, ordinal by name. Where the folder holds no symbolic link (nearly always), each entry's kind comes
    /// from the folder listing itself and a file's length and time from one status read, without the runtime's file objects:
    /// those also ask each file whether it is read-only (a second system call per file, for the user id), a fifth of a warm
    /// <c>validate FILE</c>'s samples in 100k files.
    /// </summary>
    private static FolderChild[] List(string directory)
    {
        var plain = new FileSystemEnumerable<FolderChild>(
            directory,
            static (ref FileSystemEntry e) => e.IsDirectory
                ? new FolderChild(e.FileName.ToString(), true, false, 0, 0, null)
                : new FolderChild(e.FileName.ToString(), false, false, e.Length, e.LastWriteTimeUtc.UtcTicks, null),
            SkipLinks).ToArray();
        var all = new FileSystemEnumerable<bool>(directory, static (ref FileSystemEntry _) => true, Options).Count();
        var children = all == plain.Length
            ? plain
            : [.. new DirectoryInfo(directory).GetFileSystemInfos("*", Options).Select(static info =>
                new FolderChild(info.Name, info is DirectoryInfo, (info.Attributes & FileAttributes.ReparsePoint) != 0, info is FileInfo file ? file.Length : 0, info.LastWriteTimeUtc.Ticks, info))];
        Array.Sort(children, static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        return children;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Walk(string directory, bool recursive, int depth, List<DataEntry> entries)
    {
        FolderChild[] children;
        try
        {
            children = List(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            entries.Add(Problem(directory + "/", RuleCodes.FileUnreadable, $"cannot list the folder: {e.Message}"));
            return;
        }

        // The folders of the top level (one per source) are walked in parallel, each into its own list, and the lists
        // are joined in the sorted order: the same entries in the same order as walking them one after the other.
        var parallel = recursive && depth == 0;
        var folders = new List<(int At, string Folder, List<DataEntry> Entries)>();
        // The files of this folder share its two paths (a million files' full paths were most of what a validation kept).
        var folderPath = directory.TrimEnd(Path.DirectorySeparatorChar);
        var folderDisplay = FileOf(folderPath).DisplayPath + "/";
        foreach (var child in children)
        {
            if (child.Name is ".gitkeep")
            {
                // Keeps an empty folder in git; part of the layout, not a contribution.
                continue;
            }

            var fullPath = Path.Join(folderPath, child.Name);
            if (Classify(child, fullPath) is { } entry)
            {
                entries.Add(entry);
            }
            else if (child.IsDirectory)
            {
                if (parallel)
                {
                    folders.Add((entries.Count, fullPath, []));
                }
                else if (recursive && depth < MaxDepth)
                {
                    Walk(fullPath, recursive, depth + 1, entries);
                }
                else if (!recursive)
                {
                    Misplaced(folderPath, fullPath, entries);
                }
            }
            else
            {
                // The listing's status (one lstat) gives length and time: no second stat per file.
                // A link inside data/ gets neither: its own time says nothing of its target's content.
                entries.Add(new DataEntry(ContributionFile.InFolder(FileOf(fullPath), folderPath, folderDisplay), [])
                {
                    Length = child.IsLink ? null : child.Length,
                    LastWriteTicks = child.IsLink ? null : child.LastWriteTicks,
                });
            }
        }

        if (folders.Count > 0)
        {
            Parallel.ForEach(folders, f => Walk(f.Folder, recursive, depth + 1, f.Entries));
            for (var i = folders.Count - 1; i >= 0; i--)
            {
                entries.InsertRange(folders[i].At, folders[i].Entries);
            }
        }
    }

    /// <summary>
    /// <see cref="Classify(FileSystemInfo)"/> for one child of a listing: a plain JSON file or folder is told by its name alone;
    /// a link, or a name that is a problem, gets the runtime's file object and the full classification.
    /// </summary>
    private DataEntry? Classify(FolderChild child, string fullPath)
    {
        if (child.Info is { } info)
        {
            return Classify(info);
        }

        var plain = child.IsDirectory
            ? !child.Name.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            : child.Name.EndsWith(".json", StringComparison.Ordinal);
        return plain ? null : Classify(child.IsDirectory ? new DirectoryInfo(fullPath) : new FileInfo(fullPath));
    }

    /// <summary>
    /// <see cref="DataLayout.File"/> for a path the listing built (already full and normal): the display path is the part
    /// after the display base, without re-normalising the path of each of 100k files.
    /// </summary>
    private ContributionFile FileOf(string fullPath)
    {
        if (fullPath.StartsWith(_displayBase, StringComparison.Ordinal))
        {
            var relative = fullPath[_displayBase.Length..];
            if (!relative.StartsWith("..", StringComparison.Ordinal))
            {
                return new ContributionFile(fullPath, relative.Replace('\\', '/'));
            }
        }

        return layout.File(fullPath);
    }

    /// <summary>
    /// Only the files directly in a flat folder (data/sources/) are read, so a file in a folder under it would be ignored
    /// without a word: each one becomes a finding that says where it belongs.
    /// </summary>
    private void Misplaced(string flat, string folder, List<DataEntry> entries)
    {
        var nested = new List<DataEntry>();
        Walk(folder, recursive: true, 1, nested);
        var shown = layout.File(flat).DisplayPath;
        foreach (var entry in nested)
        {
            entries.Add(entry.IsJsonFile
                ? Problem(entry.File.FullPath, RuleCodes.StrayFile, $"only the files directly in {shown}/ are read, so this one is ignored; move it to {shown}/{Path.GetFileName(entry.File.FullPath)} or remove it")
                : entry);
        }
    }

    /// <summary>Null for a plain folder (to descend into) or a JSON file (to load); otherwise the entry that explains the problem.</summary>
    private DataEntry? Classify(FileSystemInfo child)
    {
        // Attributes come from the listing's status; LinkTarget is a readlink call, asked only of what is a link.
        if ((child.Attributes & FileAttributes.ReparsePoint) != 0 && child.LinkTarget is not null)
        {
            FileSystemInfo? target;
            try
            {
                target = child.ResolveLinkTarget(returnFinalTarget: true);
            }
            catch (IOException e)
            {
                return Problem(child.FullName, RuleCodes.FileUnreadable, $"the symbolic link cannot be followed: {e.Message}");
            }

            if (target is null || !target.Exists)
            {
                return Problem(child.FullName, RuleCodes.FileUnreadable, $"the symbolic link points to {child.LinkTarget}, which does not exist; replace the link with the file itself");
            }

            if (!target.FullName.StartsWith(_root, StringComparison.Ordinal))
            {
                return Problem(child.FullName, RuleCodes.SymlinkOutsideData, $"the symbolic link points outside the data folder; contributions must be real files inside {layout.File(layout.Root).DisplayPath}/: copy the file in place of the link");
            }

            if (target is DirectoryInfo)
            {
                return Problem(child.FullName + "/", RuleCodes.SymlinkedFolder, "symbolic links to folders are not followed (they can loop); move the files into a real folder");
            }
        }

        if (child is DirectoryInfo)
        {
            return child.Name.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
                ? Problem(child.FullName + "/", RuleCodes.DirectoryNamedLikeFile, "a folder is named like a contribution file; a contribution is one file <id>.json: rename or remove the folder")
                : null;
        }

        if (child.Name.EndsWith(".json", StringComparison.Ordinal))
        {
            return null;
        }

        var hint = child.Name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? "rename it with a lowercase .json extension" : "remove it, or convert it to a .json contribution (see README)";
        return Problem(child.FullName, RuleCodes.StrayFile, $"only .json contribution files belong here; {hint}");
    }

    private DataEntry Problem(string fullPath, string code, string message)
    {
        var file = layout.File(fullPath.TrimEnd('/'));
        var display = fullPath.EndsWith('/') ? file.DisplayPath + "/" : file.DisplayPath;
        return new DataEntry(new ContributionFile(file.FullPath, display), [new Diagnostic(display, null, null, null, code, Severity.Error, message)]);
    }
}

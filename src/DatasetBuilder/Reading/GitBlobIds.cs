using System.Buffers.Text;
using System.Runtime.CompilerServices;
using System.Text;

namespace DatasetBuilder.Reading;

/// <summary>
/// The git blob id of each file under a folder whose working copy git reports unchanged from the index: a name for a
/// file's content that survives a checkout (which gives every file a new time, so a cache keyed by length and time
/// would miss them all, as in every CI run).
/// </summary>
public static class GitBlobIds
{
    /// <summary>
    /// The blob ids of the tracked regular files under <paramref name="directory"/>: from the index file itself
    /// (<see cref="GitIndexFile.Read"/>), else from git's records of it (<see cref="Recorded(string)"/>), else, when git's debug
    /// output cannot be read, from <see cref="Clean"/>; null when the folder is not in a git work tree or git cannot tell.
    /// </summary>
    public static IReadOnlyDictionary<string, IndexedBlob>? Find(string directory) =>
        GitIndexFile.Read(directory) ?? Recorded(directory, out var gitAnswered) ?? (gitAnswered ? Clean(directory) : null); // git that could not answer is not asked again

    /// <summary>
    /// The blob id of each tracked regular file at stage 0 under <paramref name="directory"/>, by full path, with the length and
    /// time the index recorded for it: the caller trusts a blob id only for a file that still has both (<see cref="IndexedBlob.For"/>),
    /// which is git's own test, without git looking at every file again (<c>git status</c> spends a status call on each, as the
    /// walk already did: 0.3 s of a validation after a checkout of 100k files, against 0.1 s for this). A file the index saw
    /// change in the same clock tick as the index was written (racily clean, in git's words) is left out. Null when the folder is
    /// not in a git work tree, or git's debug output is not the one understood here (it is not a stable format).
    /// </summary>
    public static IReadOnlyDictionary<string, IndexedBlob>? Recorded(string directory) => Recorded(directory, out _);

    /// <inheritdoc cref="Recorded(string)"/>
    /// <param name="directory">The folder.</param>
    /// <param name="gitAnswered">Whether git listed the folder (so a null result means output not understood, not "no git work tree").</param>
    private static Dictionary<string, IndexedBlob>? Recorded(string directory, out bool gitAnswered)
    {
        ArgumentNullException.ThrowIfNull(directory);
        gitAnswered = false;
        if (!Directory.Exists(directory))
        {
            return null;
        }

        var index = Task.Run(() => GitProcess.Run(directory, "rev-parse", "--git-path", "index"));
        var listed = GitProcess.RunForBytes(directory, "ls-files", "--stage", "--debug", "-z", "--", ".");
        var indexPath = index.GetAwaiter().GetResult();
        if (listed.Error is not null || indexPath.Error is not null)
        {
            return null;
        }

        gitAnswered = true;

        var indexFile = new FileInfo(Path.Combine(directory, indexPath.Output.TrimEnd('\n', '\r')));
        return indexFile.Exists ? ParseRecorded(listed.Output.Span, Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar), indexFile.LastWriteTimeUtc.Ticks) : null;
    }

    /// <summary>
    /// The entries of <c>ls-files --stage --debug -z</c> output ("mode blob stage\tpath\0" then indented "name: value" lines, among
    /// them "  mtime: seconds:nanoseconds" and "  size: bytes\tflags: hex"), by full path under <paramref name="root"/>: regular
    /// files at stage 0, neither skip-worktree nor intent-to-add, whose recorded time is before <paramref name="indexTicks"/> (the
    /// index file's own time). Null when an entry lacks its time or size.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static Dictionary<string, IndexedBlob>? ParseRecorded(ReadOnlySpan<byte> output, string root, long indexTicks)
    {
        // About 210 bytes of output a file: the table is sized once rather than grown (every key hashed again) four times.
        var blobs = new Dictionary<string, IndexedBlob>(output.Length / 160, StringComparer.Ordinal);
        var folder = root + Path.DirectorySeparatorChar;
        var rest = output;
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf((byte)0);
            if (end < 0)
            {
                return null;
            }

            var line = rest[..end];
            rest = rest[(end + 1)..];
            long seconds = -1, nanoseconds = -1, size = -1;
            uint flags = 0;
            while (rest.StartsWith("  "u8))
            {
                var eol = rest.IndexOf((byte)'\n');
                var field = (eol < 0 ? rest : rest[..eol]).Trim((byte)' ');
                rest = eol < 0 ? [] : rest[(eol + 1)..];
                if (field.StartsWith("mtime: "u8) && field[7..] is var time && time.IndexOf((byte)':') is > 0 and var colon
                    && Utf8Parser.TryParse(time[..colon], out long s, out var used) && used == colon
                    && Utf8Parser.TryParse(time[(colon + 1)..], out long ns, out used) && used == time.Length - colon - 1)
                {
                    (seconds, nanoseconds) = (s, ns);
                }
                else if (field.StartsWith("size: "u8) && Utf8Parser.TryParse(field[6..], out long z, out used) && (used == field.Length - 6 || field[6 + used] == (byte)'\t'))
                {
                    size = z;
                    var more = field[(6 + used)..].TrimStart((byte)'\t');
                    if (more.StartsWith("flags: "u8) && Utf8Parser.TryParse(more[7..], out uint f, out _, 'x'))
                    {
                        flags = f;
                    }
                }
            }

            if (seconds < 0 || nanoseconds < 0 || size < 0)
            {
                return null;
            }

            var ticks = IndexedBlob.TicksOf(seconds, nanoseconds);
            // A time not before the index's own is racily clean: git itself would compare that file's content.
            // Skip-worktree and intent-to-add (git's in-memory flags): the record names no content of a file in the work tree.
            if (ticks < indexTicks && (flags & 0x60000000) == 0 && IsRegularFile(line, out var blob, out var path))
            {
                blobs[FullPath(folder, path)] = new IndexedBlob(Encoding.ASCII.GetString(blob), size, ticks);
            }
        }

        return blobs;
    }

    /// <summary>
    /// Blob ids by full path (spelt under <paramref name="directory"/> as given) of the tracked, unmodified regular files under
    /// it; null when the folder is not in a git work tree or git cannot tell. A file git reports changed in any way (staged,
    /// modified, unmerged, renamed) is left out, and so is any file git does not track.
    /// </summary>
    public static IReadOnlyDictionary<string, IndexedBlob>? Clean(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            return null;
        }

        // Paths from ls-files are relative to the folder; status gives them from the top of the work tree: the prefix is
        // the folder's own path from there. Status compares contents where times differ (no index write: optional locks off).
        // The three only read, so they run at once: status, which looks at every file, takes the longest.
        var asking = Task.Run(() => GitProcess.Run(directory, "rev-parse", "--show-prefix"));
        var listing = Task.Run(() => GitProcess.RunForBytes(directory, "ls-files", "--stage", "-v", "-z", "--", "."));
        var changed = GitProcess.Run(directory, "--no-optional-locks", "status", "--porcelain=v2", "-z", "--untracked-files=no", "--ignore-submodules=all", "--", ".");
        var prefix = asking.GetAwaiter().GetResult();
        var tracked = listing.GetAwaiter().GetResult();
        if (prefix.Error is not null || tracked.Error is not null || changed.Error is not null)
        {
            return null;
        }

        var top = prefix.Output.TrimEnd('\n', '\r');

        var dirty = new HashSet<string>(StringComparer.Ordinal);
        var records = changed.Output.Split('\0');
        for (var i = 0; i < records.Length; i++)
        {
            var record = records[i];
            // "1 XY sub mH mI mW hH hI path", "2 XY sub mH mI mW hH hI Xscore path" then the original path, "u XY sub m1 m2 m3 mW h1 h2 h3 path".
            var fields = record.Length > 0 ? record[0] switch { '1' => 9, '2' => 10, 'u' => 11, _ => 0 } : 0;
            if (fields > 0 && record.Split(' ', fields) is { Length: var n } parts && n == fields)
            {
                dirty.Add(parts[^1]);
                if (record[0] == '2' && i + 1 < records.Length)
                {
                    dirty.Add(records[++i]);
                }
            }
        }

        return Tracked(tracked.Output.Span, dirty, top, Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar));
    }

    /// <summary>
    /// The blob ids of the regular files at stage 0 in the lines of <c>ls-files --stage -v -z</c>, by full path under
    /// <paramref name="root"/>, leaving out skip-worktree and assume-unchanged files and the <paramref name="dirty"/> ones (paths from the top of the work tree, which
    /// starts <paramref name="top"/> above the folder). One pass over the output, two strings kept per file and nothing
    /// else made: 100k files' lines took a quarter of a second split into pieces.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Dictionary<string, IndexedBlob> Tracked(ReadOnlySpan<byte> output, HashSet<string> dirty, string top, string root)
    {
        var blobs = new Dictionary<string, IndexedBlob>(StringComparer.Ordinal);
        var folder = root + Path.DirectorySeparatorChar;
        var rest = output;
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf((byte)0);
            var line = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + 1)..];
            // The tag -v puts first: "H" is a plain cached file; status does not look at a skip-worktree ("S") or assume-unchanged
            // (lower case) one, so its blob id says nothing of the file in the work tree.
            var plain = line.StartsWith("H "u8);
            line = plain ? line[2..] : [];
            if (plain && IsRegularFile(line, out var blob, out var path) && (dirty.Count == 0 || !dirty.Contains(string.Concat(top, Encoding.UTF8.GetString(path)))))
            {
                blobs[FullPath(folder, path)] = new IndexedBlob(Encoding.ASCII.GetString(blob), null, null);
            }
        }

        return blobs;
    }

    /// <summary>
    /// The blob id and path of an index line "mode blob stage&lt;TAB&gt;path" when it is a regular file at stage 0 (a link's blob
    /// is its target, not a content; other stages are a merge in progress).
    /// </summary>
    private static bool IsRegularFile(ReadOnlySpan<byte> line, out ReadOnlySpan<byte> blob, out ReadOnlySpan<byte> path)
    {
        var tab = line.IndexOf((byte)'\t');
        var head = tab > 0 ? line[..tab] : [];
        var first = head.IndexOf((byte)' ');
        var last = head.LastIndexOf((byte)' ');
        var regular = first > 0 && last > first && head[(last + 1)..].SequenceEqual("0"u8) && (head[..first].SequenceEqual("100644"u8) || head[..first].SequenceEqual("100755"u8));
        blob = regular ? head[(first + 1)..last] : [];
        path = regular ? line[(tab + 1)..] : [];
        return regular;
    }

    /// <summary>
    /// The full path of a path git gave (UTF-8, '/' between folders) relative to <paramref name="folder"/> (which ends with a
    /// separator), made in one string.
    /// </summary>
    internal static string FullPath(string folder, ReadOnlySpan<byte> path)
    {
        Span<char> chars = path.Length <= 512 ? stackalloc char[path.Length] : new char[path.Length];
        chars = chars[..Encoding.UTF8.GetChars(path, chars)];
        if (Path.DirectorySeparatorChar != '/')
        {
            chars.Replace('/', Path.DirectorySeparatorChar);
        }

        return string.Concat(folder, chars);
    }
}

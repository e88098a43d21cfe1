using System.Runtime.CompilerServices;

namespace DatasetBuilder.Reading;

/// <summary>
/// The git blob id of each file under a folder whose working copy git reports unchanged from the index: a name for a
/// file's content that survives a checkout (which gives every file a new time, so a cache keyed by length and time
/// would miss them all, as in every CI run).
/// </summary>
public static class GitBlobIds
{
    /// <summary>
    /// Blob ids by full path (spelt under <paramref name="directory"/> as given) of the tracked, unmodified regular files under
    /// it; null when the folder is not in a git work tree or git cannot tell. A file git reports changed in any way (staged,
    /// modified, unmerged, renamed) is left out, and so is any file git does not track.
    /// </summary>
    public static IReadOnlyDictionary<string, string>? Clean(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            return null;
        }

        // Paths from ls-files are relative to the folder; status gives them from the top of the work tree: the prefix is
        // the folder's own path from there. Status compares contents where times differ (no index write: optional locks off).
        // The three only read, so they run at once: status, which looks at every file, takes the longest.
        var asking = new[]
        {
            Task.Run(() => GitProcess.Run(directory, "rev-parse", "--show-prefix")),
            Task.Run(() => GitProcess.Run(directory, "ls-files", "--stage", "-z", "--", ".")),
        };
        var changed = GitProcess.Run(directory, "--no-optional-locks", "status", "--porcelain=v2", "-z", "--untracked-files=no", "--ignore-submodules=all", "--", ".");
        var prefix = asking[0].GetAwaiter().GetResult();
        var tracked = asking[1].GetAwaiter().GetResult();
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

        return Tracked(tracked.Output, dirty, top, Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar));
    }

    /// <summary>
    /// The blob ids of the regular files at stage 0 in the lines of <c>ls-files --stage -z</c>, by full path under
    /// <paramref name="root"/>, leaving out the <paramref name="dirty"/> ones (paths from the top of the work tree, which
    /// starts <paramref name="top"/> above the folder). One pass over the output, two strings kept per file and nothing
    /// else made: 100k files' lines took a quarter of a second split into pieces.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Dictionary<string, string> Tracked(string output, HashSet<string> dirty, string top, string root)
    {
        var blobs = new Dictionary<string, string>(StringComparer.Ordinal);
        var folder = root + Path.DirectorySeparatorChar;
        var rest = output.AsSpan();
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf('\0');
            var line = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + 1)..];

            // "mode blob stage<TAB>path": regular files at stage 0 only (a link's blob is its target, not a content).
            var tab = line.IndexOf('\t');
            var head = tab > 0 ? line[..tab] : [];
            var first = head.IndexOf(' ');
            var last = head.LastIndexOf(' ');
            if (first <= 0 || last <= first || head[(last + 1)..] is not "0" || head[..first] is not ("100644" or "100755"))
            {
                continue;
            }

            var path = line[(tab + 1)..];
            if (dirty.Count > 0 && dirty.Contains(string.Concat(top, path)))
            {
                continue;
            }

            var full = Path.DirectorySeparatorChar == '/' ? string.Concat(folder, path) : string.Concat(folder, path.ToString().Replace('/', Path.DirectorySeparatorChar));
            blobs[full] = head[(first + 1)..last].ToString();
        }

        return blobs;
    }
}

using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;

namespace DatasetBuilder.Reading;

/// <summary>
/// Git's index file read directly (the documented format, versions 2 to 4: <c>gitformat-index</c>), for the records
/// <see cref="GitBlobIds.Recorded(string)"/> otherwise gets from <c>git ls-files --debug</c>: starting git and parsing its
/// 20 MB of text for 100k files took 0.6 s of a validation after a checkout, reading the 11 MB index takes a few hundredths.
/// Anything this reader is not sure of gives null and git is asked as before: a <c>.git</c> that is a file (a linked work
/// tree or a submodule), an environment that moves the repository or its index (<c>GIT_DIR</c>, <c>GIT_INDEX_FILE</c>, as in a
/// hook), a configuration naming another work tree or object format, a symbolic link between the folder and the top of the
/// work tree, an extension git requires understanding (a split or sparse index), an unknown version or a failed checksum.
/// Unlike git, it neither refuses a repository another user owns nor stops its search for <c>.git</c> at a file-system
/// boundary: the records are still only trusted for a file that has the length and time they give.
/// </summary>
public static class GitIndexFile
{
    private static readonly string[] MovingVariables = ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_COMMON_DIR", "GIT_CEILING_DIRECTORIES", "GIT_OBJECT_DIRECTORY"];

    /// <summary>
    /// The blob id of each tracked regular file at stage 0 under <paramref name="directory"/>, by full path, with the length and
    /// time the index recorded (racily clean records left out), as <see cref="GitBlobIds.Recorded(string)"/> gives them; null when
    /// the folder is in no git work tree found by looking up from it, or the index is not one read here.
    /// </summary>
    public static Dictionary<string, IndexedBlob>? Read(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (Array.Exists(MovingVariables, static v => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(v))))
        {
            return null;
        }

        var folder = Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar);
        if (!Directory.Exists(folder) || FindTop(folder) is not { } top)
        {
            return null;
        }

        var gitDirectory = Path.Join(top, ".git");
        try
        {
            var config = Path.Join(gitDirectory, "config");
            if (File.Exists(config) && !UnderstoodConfig(File.ReadAllText(config)))
            {
                return null;
            }

            var index = new FileInfo(Path.Join(gitDirectory, "index"));
            if (!index.Exists)
            {
                return null;
            }

            // The time is taken before the bytes: an index rewritten in between only makes more records look racy.
            var indexTicks = index.LastWriteTimeUtc.Ticks;
            var bytes = File.ReadAllBytes(index.FullName);
            var relative = Path.GetRelativePath(top, folder);
            var prefix = relative == "." ? string.Empty : relative.Replace(Path.DirectorySeparatorChar, '/') + "/";
            return Parse(bytes, Encoding.UTF8.GetBytes(prefix), folder, indexTicks);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or IndexOutOfRangeException)
        {
            // Bytes that are not the index they claim to be: git decides.
            return null;
        }
    }

    /// <summary>
    /// The records of an index file's bytes under the path <paramref name="prefix"/> (from the top of the work tree, '/' between
    /// folders and after the last, or empty), by full path under <paramref name="folder"/>: regular files (modes 100644 and 100755)
    /// at stage 0, neither marked intent-to-add nor skip-worktree, recorded before <paramref name="indexTicks"/>. Null when the
    /// bytes are not an index this reader understands, or their checksum fails.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    [SuppressMessage("Security", "CA5350:Do not use weak cryptographic algorithms", Justification = "Git's index format ends with the SHA-1 of its bytes; it is checked, not relied on for security.")]
    internal static Dictionary<string, IndexedBlob>? Parse(ReadOnlySpan<byte> index, ReadOnlySpan<byte> prefix, string folder, long indexTicks)
    {
        const int HeaderBytes = 12, StatBytes = 40, IdBytes = 20, ChecksumBytes = 20;
        if (index.Length < HeaderBytes + ChecksumBytes || !index.StartsWith("DIRC"u8))
        {
            return null;
        }

        var version = BinaryPrimitives.ReadUInt32BigEndian(index[4..]);
        var count = BinaryPrimitives.ReadUInt32BigEndian(index[8..]);
        var body = index[..^ChecksumBytes];
        // index.skipHash leaves the checksum zero; otherwise a torn or altered index is not trusted.
        if (version is < 2 or > 4 || count > int.MaxValue
            || (index[^ChecksumBytes..].ContainsAnyExcept((byte)0) && !SHA1.HashData(body).AsSpan().SequenceEqual(index[^ChecksumBytes..])))
        {
            return null;
        }

        var blobs = new Dictionary<string, IndexedBlob>(StringComparer.Ordinal);
        var start = folder + Path.DirectorySeparatorChar;
        Span<byte> path = stackalloc byte[4096];
        var pathLength = 0;
        var at = HeaderBytes;
        for (var i = 0; i < count; i++)
        {
            if (at + StatBytes + IdBytes + 2 > body.Length)
            {
                return null;
            }

            var entry = body[at..];
            var flags = BinaryPrimitives.ReadUInt16BigEndian(entry[(StatBytes + IdBytes)..]);
            var extended = (flags & 0x4000) != 0;
            if (extended && version < 3)
            {
                return null;
            }

            var nameAt = StatBytes + IdBytes + 2 + (extended ? 2 : 0);
            if (nameAt > entry.Length)
            {
                return null;
            }

            // Bits git reserves in the extended flags: it refuses such an entry ("unknown index entry format").
            var extendedFlags = extended ? BinaryPrimitives.ReadUInt16BigEndian(entry[(StatBytes + IdBytes + 2)..]) : 0;
            if ((extendedFlags & ~0x6000) != 0)
            {
                return null;
            }

            int used;
            if (version == 4)
            {
                // The path is the previous one less its last N bytes (N a varint) and then the NUL-terminated bytes that follow.
                if (!TryReadVarint(entry[nameAt..], out var strip, out var varintBytes) || strip > (ulong)pathLength)
                {
                    return null;
                }

                var tail = entry[(nameAt + varintBytes)..];
                var nul = tail.IndexOf((byte)0);
                var kept = pathLength - (int)strip;
                if (nul < 0 || kept + nul > path.Length)
                {
                    return null;
                }

                tail[..nul].CopyTo(path[kept..]);
                pathLength = kept + nul;
                used = nameAt + varintBytes + nul + 1;
            }
            else
            {
                // The name, then 1 to 8 NULs padding the entry to a multiple of eight bytes.
                var nul = entry[nameAt..].IndexOf((byte)0);
                if (nul < 0 || nul > path.Length)
                {
                    return null;
                }

                entry.Slice(nameAt, nul).CopyTo(path);
                pathLength = nul;
                used = (nameAt + nul + 8) & ~7;
                if (used > entry.Length)
                {
                    return null;
                }
            }

            at += used;
            var name = path[..pathLength];
            var mode = BinaryPrimitives.ReadUInt32BigEndian(entry[24..]);
            var stage = (flags >> 12) & 3;
            // Skip-worktree (0x4000) and intent-to-add (0x2000): the record names no content of a file in the work tree.
            if (stage != 0 || (extendedFlags & 0x6000) != 0 || mode is not (0x81A4 or 0x81ED) || !name.StartsWith(prefix))
            {
                continue;
            }

            var seconds = BinaryPrimitives.ReadUInt32BigEndian(entry[8..]);
            var nanoseconds = BinaryPrimitives.ReadUInt32BigEndian(entry[12..]);
            var ticks = IndexedBlob.TicksOf(seconds, nanoseconds);
            // A time not before the index's own is racily clean: git itself would compare that file's content.
            if (ticks < indexTicks)
            {
                var size = BinaryPrimitives.ReadUInt32BigEndian(entry[36..]);
                blobs[GitBlobIds.FullPath(start, name[prefix.Length..])] = new IndexedBlob(Convert.ToHexStringLower(entry.Slice(StatBytes, IdBytes)), size, ticks);
            }
        }

        return Extensions(body[at..]) ? blobs : null;
    }

    /// <summary>
    /// Whether the extensions after the entries leave them as read: one whose name starts with a lower-case letter must be
    /// understood to read the index (git's rule), such as a split index ("link", most entries in another file) or a sparse
    /// one ("sdir"), so any of those sends the question to git; the upper-case ones (cached trees, the untracked cache) are optional.
    /// </summary>
    private static bool Extensions(ReadOnlySpan<byte> rest)
    {
        while (rest.Length >= 8)
        {
            var size = BinaryPrimitives.ReadUInt32BigEndian(rest[4..]);
            if (rest[0] is >= (byte)'a' and <= (byte)'z' || size > (uint)(rest.Length - 8))
            {
                return false;
            }

            rest = rest[(8 + (int)size)..];
        }

        return rest.IsEmpty;
    }

    /// <summary>Git's offset varint: seven bits a byte, high bit set on all but the last, each continuation adding one.</summary>
    private static bool TryReadVarint(ReadOnlySpan<byte> bytes, out ulong value, out int used)
    {
        value = 0;
        used = 0;
        while (used < bytes.Length && used < 9)
        {
            var b = bytes[used++];
            value = (value << 7) | (uint)(b & 0x7F);
            if ((b & 0x80) == 0)
            {
                return true;
            }

            value++;
        }

        return false;
    }

    /// <summary>
    /// The repository's work tree holding <paramref name="folder"/>: the nearest folder at or above it with a <c>.git</c> folder;
    /// null when the nearest <c>.git</c> is a file (linked work tree, submodule) or there is none, or when a folder on the way
    /// up is a symbolic link (git names the files by the real path, so the folder's path under the top would not be theirs).
    /// </summary>
    private static string? FindTop(string folder)
    {
        for (var at = folder; !string.IsNullOrEmpty(at); at = Path.GetDirectoryName(at))
        {
            var git = Path.Join(at, ".git");
            if (Directory.Exists(git))
            {
                return at;
            }

            if (File.Exists(git) || new DirectoryInfo(at).LinkTarget is not null)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the repository's configuration leaves the work tree next to <c>.git</c> with 20-byte object ids: a setting of
    /// <c>worktree</c>, <c>bare</c> or <c>objectFormat</c> anywhere (even commented out) sends the question to git.
    /// </summary>
    internal static bool UnderstoodConfig(string config)
    {
        var compact = string.Concat(config.Where(static c => !char.IsWhiteSpace(c)));
        return !(compact.Contains("worktree", StringComparison.OrdinalIgnoreCase)
                 || compact.Contains("bare=true", StringComparison.OrdinalIgnoreCase)
                 || compact.Contains("objectformat", StringComparison.OrdinalIgnoreCase));
    }
}

using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using DatasetBuilder.Reading;

namespace DatasetBuilder.Validation;

/// <summary>
/// Remembers, per article file, the keys the corpus-wide checks need (id, url, the text's length and, once needed, its raw-text SHA-256),
/// so <c>validate PATH</c> in a large corpus does not re-read every other file. An entry is reused only while the file's
/// length and last-write time are those it was scanned with, or, after a checkout gave every file a new time, while git
/// reports the file unchanged with the blob id it had when scanned (<see cref="UseBlobIds"/>); anything else is scanned
/// again. The file is a cache, never a source of truth: a missing, unreadable, corrupt or older-format file is ignored and
/// rebuilt, never an error.
/// </summary>
/// <remarks>
/// Format (little-endian): magic "DSBKEYS", format byte, entry count, entries ordered ordinally by display path, then the
/// SHA-256 of everything before it (a torn or altered file fails the check and is ignored). After the format byte, the
/// build stamp (module version id and runtime version). Entry: display path, length, last-write ticks (UTC), flags
/// (scanned, id, url, text, hash, blob), id, url and its normalised address, text length (UTF-16 units), 16-byte text key (the first half of its SHA-256, big-endian)
/// (only when some run needed it: texts of other lengths cannot be the same text), git blob id (when git knew the file unchanged).
/// </remarks>
public sealed class ArticleKeyCache
{
    /// <summary>Bumped whenever the layout or the meaning of an entry changes: an older file is then simply rebuilt.</summary>
    private const byte FormatVersion = 4;

    /// <summary>
    /// A file written within this long of the cache itself may change again without its length or time changing
    /// (coarse file-system clocks): it is not remembered, so the next run reads it again.
    /// </summary>
    private static readonly TimeSpan RacyWindow = TimeSpan.FromSeconds(2);

    private static readonly byte[] Magic = "DSBKEYS"u8.ToArray();

    /// <summary>
    /// The build of the tool and runtime that wrote the cache: the scanner and the url normalisation (System.Uri) it
    /// remembers the results of may change with either, so another build rebuilds the cache rather than trust it.
    /// </summary>
    private static readonly string Stamp = typeof(ArticleKeyCache).Assembly.ManifestModule.ModuleVersionId.ToString("N") + " " + Environment.Version;

    private readonly string _path;
    private readonly Dictionary<string, Entry> _old;
    // Filled from both cores at once (one entry a file), under the lock: sized for the old entries, so the table is not grown
    // (every entry hashed again) while the other thread waits.
    private readonly Dictionary<string, Entry> _new;
    private readonly Lock _gate = new();
    private bool _changed;
    private IReadOnlyDictionary<string, IndexedBlob>? _blobs;
    private int _scanned;

    private ArticleKeyCache(string path, Dictionary<string, Entry> old)
    {
        _path = path;
        _old = old;
        _new = new Dictionary<string, Entry>(old.Count, StringComparer.Ordinal);
    }

    /// <summary>Where the cache of <paramref name="dataRoot"/> lives under <paramref name="cacheDirectory"/>: one file per data folder, named by the SHA-256 of its absolute path.</summary>
    public static string CachePath(string cacheDirectory, string dataRoot)
    {
        ArgumentNullException.ThrowIfNull(dataRoot);
        var root = Path.GetFullPath(dataRoot).TrimEnd(Path.DirectorySeparatorChar);
        return Path.Combine(cacheDirectory, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(root))) + ".keys");
    }

    /// <summary>The default cache folder: <c>$XDG_CACHE_HOME/dataset-builder</c>, else <c>~/.cache/dataset-builder</c>; null when neither is known.</summary>
    public static string? DefaultDirectory()
    {
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (!string.IsNullOrEmpty(xdg) && Path.IsPathFullyQualified(xdg))
        {
            return Path.Combine(xdg, "dataset-builder");
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return string.IsNullOrEmpty(home) ? null : Path.Combine(home, ".cache", "dataset-builder");
    }

    /// <summary>Opens the cache of <paramref name="dataRoot"/>; starts empty when there is none or it cannot be trusted.</summary>
    public static ArticleKeyCache Open(string cacheDirectory, string dataRoot)
    {
        var path = CachePath(cacheDirectory, dataRoot);
        return new ArticleKeyCache(path, TryRead(path) ?? new Dictionary<string, Entry>(StringComparer.Ordinal));
    }

    /// <summary>How many files <see cref="Get"/> had to read so far (the others came from the cache).</summary>
    public int FilesScanned => Volatile.Read(ref _scanned);

    /// <summary>
    /// About how many of <paramref name="entries"/> the cache cannot answer by length and time (after a checkout, all of them),
    /// counted on about a thousand of them evenly spread and scaled up: when that is a large share, asking git for blob ids
    /// (<see cref="UseBlobIds"/>) is cheaper than reading the files. Only the speed depends on it, never a verdict.
    /// </summary>
    public int EstimateStale(IReadOnlyList<DataEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return EstimateOf(entries, e => !(_old.TryGetValue(e.File.DisplayPath, out var cached) && IsCurrent(cached, e)));
    }

    /// <summary>
    /// About how many of <paramref name="entries"/> were written after the cache of <paramref name="dataRoot"/> was, or all of them
    /// when there is none: told from the cache file's time before the cache is read, so git can be asked for blob ids while it is
    /// (after a checkout every file is newer). Sampled as <see cref="EstimateStale"/>.
    /// </summary>
    public static int EstimateNewer(string cacheDirectory, string dataRoot, IReadOnlyList<DataEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var cache = new FileInfo(CachePath(cacheDirectory, dataRoot));
        if (!cache.Exists)
        {
            return entries.Count;
        }

        var written = cache.LastWriteTimeUtc.Ticks;
        return EstimateOf(entries, e => e.LastWriteTicks is not { } ticks || ticks > written);
    }

    /// <summary>How many of <paramref name="entries"/> match, counted on every k-th one (about a thousand) and scaled up.</summary>
    private static int EstimateOf(IReadOnlyList<DataEntry> entries, Func<DataEntry, bool> match)
    {
        var step = Math.Max(1, entries.Count / 1024);
        var found = 0;
        for (var i = 0; i < entries.Count; i += step)
        {
            found += match(entries[i]) ? 1 : 0;
        }

        return (int)Math.Min(entries.Count, (long)found * step);
    }

    /// <summary>
    /// The blob ids git gives the tracked files (by full path, <see cref="GitBlobIds.Find"/>), each trusted only for a file that
    /// still has the length and time git recorded with it (<see cref="IndexedBlob.For"/>): an entry whose time no longer matches
    /// is still reused when its remembered blob id is the file's, and what is scanned is remembered with its blob id. Call
    /// before <see cref="Get"/>.
    /// </summary>
    public void UseBlobIds(IReadOnlyDictionary<string, IndexedBlob>? blobs) => _blobs = blobs;

    /// <summary>
    /// The keys of <paramref name="entry"/>, from the cache when its length and time (or its git blob id) match, otherwise scanned (and remembered).
    /// Null when the file cannot be scanned, as <see cref="ArticleKeyScanner.Scan(ContributionFile, long?, long, Func{int, bool})"/>. Thread-safe.
    /// </summary>
    /// <param name="entry">An article file from the walk, with its length and time.</param>
    /// <param name="maxBytes">Larger files are skipped unread, as by the scanner.</param>
    /// <param name="hashText">Whether a text of this length can matter: the hash is kept only then, as the scanner does.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ArticleKeys? Get(DataEntry entry, long maxBytes, Func<int, bool> hashText)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(hashText);
        if (entry.Length is not { } length || entry.LastWriteTicks is not { } ticks)
        {
            return ArticleKeyScanner.Scan(entry.File, entry.Length, maxBytes, hashText);
        }

        if (length > maxBytes)
        {
            return null;
        }

        // The text is hashed, as by the scanner, only when a checked text has its length; an entry remembered without
        // its hash is read again the day a checked text of that length asks for it.
        var key = entry.File.DisplayPath;
        var blob = _blobs is not null && _blobs.TryGetValue(entry.File.FullPath, out var indexed) ? indexed.For(length, ticks) : null;
        var usable = _old.TryGetValue(key, out var cached)
            && !(cached.Scanned && cached.TextHash is null && cached.TextLength >= 0 && hashText(cached.TextLength));
        bool changed;
        if (usable && IsCurrent(cached!, entry))
        {
            // Unchanged since it was scanned; when git now names its content, that is remembered for the run after a checkout.
            changed = blob is not null && cached!.Blob != blob;
            cached = changed ? cached! with { Blob = blob } : cached;
        }
        else if (usable && blob is not null && cached!.Blob == blob)
        {
            // The same content under a new time (a checkout): remembered under the new time, so the next run needs no git.
            cached = cached with { Length = length, Ticks = ticks };
            changed = true;
        }
        else
        {
            Interlocked.Increment(ref _scanned);
            var textLength = -1;
            var scanned = ArticleKeyScanner.Scan(entry.File, length, maxBytes, n =>
            {
                textLength = n;
                return hashText(n);
            });
            cached = new Entry(length, ticks, scanned is not null, scanned?.Id, scanned?.Url, scanned?.Url is { } url ? DuplicateFinder.NormalizeUrl(url) : null, textLength,
                scanned?.TextHash is { } hash ? TextHashBytes(hash) : null, blob);
            changed = true;
        }

        lock (_gate)
        {
            _changed |= changed;
            _new[key] = cached!;
        }

        return cached!.Scanned
            ? new ArticleKeys(entry.File, cached.Id, cached.Url, cached.TextHash is { } h && hashText(cached.TextLength) ? ArticleKeys.TextHashOf(h) : null, null) { UrlKey = cached.UrlKey }
            : null;
    }

    /// <summary>
    /// Keeps the remembered entry of a file this run checked in full (so a later run that only scans it still finds it),
    /// as long as its length and time are unchanged.
    /// </summary>
    public void Keep(DataEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var key = entry.File.DisplayPath;
        if (_old.TryGetValue(key, out var cached) && IsCurrent(cached, entry))
        {
            lock (_gate)
            {
                _new[key] = cached;
            }
        }
    }

    /// <summary>
    /// Writes the cache when anything changed (an entry scanned, or a file gone), atomically: a temporary file renamed over
    /// the old one. A cache that cannot be written is left as it was; the verdict never depends on it.
    /// </summary>
    public void Save()
    {
        if (!_changed && _new.Count == _old.Count)
        {
            return;
        }

        var temp = _path + "." + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
            using (File.Create(temp))
            {
            }

            // The file system's own clock, not the machine's: file times are compared with it.
            var now = File.GetLastWriteTimeUtc(temp).Ticks;
            File.WriteAllBytes(temp, Serialize(now - RacyWindow.Ticks));
            File.Move(temp, _path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temp);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // Nothing more to do: a stray temporary file in a cache folder harms no verdict.
            }
        }
    }

    private byte[] Serialize(long settledBefore)
    {
        // Room for the usual entry (about 180 bytes) from the start: growing by doubling copied 30 MB for 100k files.
        using var stream = new MemoryStream((int)Math.Min(1L << 30, 4096 + (_new.Count * 256L)));
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            writer.Write(Stamp);
            var kept = _new.Where(e => e.Value.Ticks < settledBefore).ToArray();
            Array.Sort(kept, static (a, b) => string.CompareOrdinal(a.Key, b.Key));
            writer.Write(kept.Length);
            foreach (var (path, e) in kept)
            {
                writer.Write(path);
                writer.Write(e.Length);
                writer.Write(e.Ticks);
                writer.Write((byte)((e.Scanned ? 1 : 0) | (e.Id is null ? 0 : 2) | (e.Url is null ? 0 : 4) | (e.TextLength < 0 ? 0 : 8) | (e.TextHash is null ? 0 : 16) | (e.Blob is null ? 0 : 32)));
                if (e.Id is not null)
                {
                    writer.Write(e.Id);
                }

                if (e.Url is not null)
                {
                    writer.Write(e.Url);
                    writer.Write(e.UrlKey!);
                }

                if (e.TextLength >= 0)
                {
                    writer.Write(e.TextLength);
                }

                if (e.TextHash is not null)
                {
                    writer.Write(e.TextHash);
                }

                if (e.Blob is not null)
                {
                    writer.Write(e.Blob);
                }
            }
        }

        stream.Write(SHA256.HashData(stream.GetBuffer().AsSpan(0, (int)stream.Length)));
        return stream.ToArray();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Dictionary<string, Entry>? TryRead(string path)
    {
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            var bytes = File.ReadAllBytes(path);
            const int HashBytes = 32;
            const int TextKeyBytes = 16;
            if (bytes.Length < Magic.Length + 1 + 4 + HashBytes
                || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic)
                || bytes[Magic.Length] != FormatVersion
                || !SHA256.HashData(bytes.AsSpan(0, bytes.Length - HashBytes)).AsSpan().SequenceEqual(bytes.AsSpan(bytes.Length - HashBytes)))
            {
                return null;
            }

            var reader = new KeyCacheReader(bytes.AsSpan(0, bytes.Length - HashBytes));
            reader.Skip(Magic.Length + 1);
            if (reader.ReadString() != Stamp)
            {
                return null;
            }

            var count = reader.ReadInt32();
            var entries = new Dictionary<string, Entry>(Math.Clamp(count, 0, 1 << 24), StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var name = reader.ReadString();
                var length = reader.ReadInt64();
                var ticks = reader.ReadInt64();
                var flags = reader.ReadByte();
                var id = (flags & 2) != 0 ? reader.ReadString() : null;
                var url = (flags & 4) != 0 ? reader.ReadString() : null;
                var urlKey = url is null ? null : reader.ReadString();
                var textLength = (flags & 8) != 0 ? reader.ReadInt32() : -1;
                var hash = (flags & 16) != 0 ? reader.ReadBytes(TextKeyBytes) : null;
                var blob = (flags & 32) != 0 ? reader.ReadString() : null;
                entries[name] = new Entry(length, ticks, (flags & 1) != 0, id, url, urlKey, textLength, hash, blob);
            }

            return entries;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Whether the remembered entry was scanned from the file as the walk sees it now (the same length and time).</summary>
    private static bool IsCurrent(Entry cached, DataEntry entry) => cached.Length == entry.Length && cached.Ticks == entry.LastWriteTicks;

    private static byte[] TextHashBytes(UInt128 hash)
    {
        var bytes = new byte[16];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt128BigEndian(bytes, hash);
        return bytes;
    }

    /// <summary>What is remembered of one file: its length and time when scanned, its keys (TextHash: the text key, 16 bytes), and its git blob id when git reported it unchanged.</summary>
    private sealed record Entry(long Length, long Ticks, bool Scanned, string? Id, string? Url, string? UrlKey, int TextLength, byte[]? TextHash, string? Blob);
}

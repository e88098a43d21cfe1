using System.Buffers.Binary;
using System.IO.Hashing;
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
/// Format (little-endian): magic "DSBKEYS", format byte, the build stamp (module version id and runtime version), entry count,
/// the entries (<see cref="KeyCacheEntry"/>) in the order of the 64-bit hash of their display paths, then the XxHash128 of
/// everything before it (a torn or altered file fails the check and is ignored). The entries stay in the file's bytes as read:
/// a run looks each file up by the hash of its path, compares the hashes its checked files meet others by with the remembered
/// ones, and decodes the strings of the few entries that meet; an entry reused as it was is written back as the bytes it was
/// read from, with its new time after a checkout. Decoding every entry into strings and records had been most of a
/// <c>validate FILE</c> after a checkout of 100k files (1.58 s against 2.01 s without it).
/// </remarks>
public sealed class ArticleKeyCache
{
    /// <summary>Bumped whenever the layout or the meaning of an entry changes: an older file is then simply rebuilt.</summary>
    private const byte FormatVersion = 5;

    private const int ChecksumBytes = 16;

    /// <summary>What <see cref="Find"/> gives for a path that has no exact UTF-8 (a lone surrogate): such a file is read every time.</summary>
    private const int NoExactPath = -2;

    /// <summary>
    /// A file written within this long of the cache itself may change again without its length or time changing
    /// (coarse file-system clocks): it is not remembered, so the next run reads it again.
    /// </summary>
    private static readonly TimeSpan RacyWindow = TimeSpan.FromSeconds(2);

    private static readonly byte[] Magic = "DSBKEYS"u8.ToArray();

    /// <summary>
    /// The build of the tool and runtime that wrote the cache: the scanner, the url normalisation (System.Uri) and the hashes
    /// it remembers the results of may change with either, so another build rebuilds the cache rather than trust it.
    /// </summary>
    private static readonly string Stamp = typeof(ArticleKeyCache).Assembly.ManifestModule.ModuleVersionId.ToString("N") + " " + Environment.Version;

    private readonly string _path;
    // The cache file's bytes less the checksum (empty when there was none), and where each entry starts in them by the hash of its
    // display path's UTF-8 (-1 where two paths share a hash: both are read again).
    private readonly byte[] _bytes;
    private readonly int _length;
    private readonly Dictionary<ulong, int> _old;
    private readonly int _oldCount;
    // Filled from both cores at once (one slot a file), under the lock: sized for the old entries, so the table is not grown
    // while the other thread waits.
    private readonly Dictionary<ulong, Slot> _new;
    private readonly Lock _gate = new();
    private bool _changed;
    private IReadOnlyDictionary<string, IndexedBlob>? _blobs;
    private int _scanned;

    private ArticleKeyCache(string path, byte[] bytes, int length, Dictionary<ulong, int> old, int oldCount)
    {
        _path = path;
        _bytes = bytes;
        _length = length;
        _old = old;
        _oldCount = oldCount;
        _new = new Dictionary<ulong, Slot>(old.Count);
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
        return TryRead(path) ?? new ArticleKeyCache(path, [], 0, [], 0);
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
        return EstimateOf(entries, e => !(Find(e.File.DisplayPath, out _) is var at && at >= 0 && IsCurrent(EntryAt(at), e)));
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
    /// Null when the file cannot be scanned, as <see cref="ArticleKeyScanner.Scan(ContributionFile, long?, long, Func{int, bool})"/>,
    /// or, with a <paramref name="probe"/>, when it cannot be in a finding with a checked file. Thread-safe.
    /// </summary>
    /// <param name="entry">An article file from the walk, with its length and time.</param>
    /// <param name="maxBytes">Larger files are skipped unread, as by the scanner.</param>
    /// <param name="hashText">Whether a text of this length can matter: the hash is kept only then, as the scanner does.</param>
    /// <param name="probe">The hashes of the checked files (only a file meeting them is wanted, and only its strings are decoded), or null for every file's keys.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ArticleKeys? Get(DataEntry entry, long maxBytes, Func<int, bool> hashText, KeyProbe? probe = null)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(hashText);
        if (entry.Length is not { } length || entry.LastWriteTicks is not { } ticks)
        {
            return Wanted(ArticleKeyScanner.Scan(entry.File, entry.Length, maxBytes, hashText), probe);
        }

        if (length > maxBytes)
        {
            return null;
        }

        var at = Find(entry.File.DisplayPath, out var key);
        if (at == NoExactPath)
        {
            Interlocked.Increment(ref _scanned);
            return Wanted(ArticleKeyScanner.Scan(entry.File, length, maxBytes, hashText), probe);
        }

        var blob = _blobs is not null && _blobs.TryGetValue(entry.File.FullPath, out var indexed) ? indexed.For(length, ticks) : null;
        if (at >= 0)
        {
            // The text is hashed, as by the scanner, only when a checked text has its length; an entry remembered without
            // its hash is read again the day a checked text of that length asks for it.
            var cached = EntryAt(at);
            var usable = !(cached.Scanned && !cached.HasTextKey && cached.TextLength >= 0 && hashText(cached.TextLength));
            if (usable && IsCurrent(cached, entry))
            {
                // Unchanged since it was scanned; when git now names its content, that is remembered for the run after a checkout.
                var newBlob = blob is not null && !SameBlob(cached, blob) ? BlobBytes(blob) : null;
                Remember(key, new Slot(at, length, ticks, newBlob, null), newBlob is not null);
                return KeysOf(cached, entry.File, hashText, probe);
            }

            if (usable && blob is not null && SameBlob(cached, blob))
            {
                // The same content under a new time (a checkout): remembered under the new time, so the next run needs no git.
                Remember(key, new Slot(at, length, ticks, null, null), true);
                return KeysOf(cached, entry.File, hashText, probe);
            }
        }

        Interlocked.Increment(ref _scanned);
        var textLength = -1;
        var scanned = ArticleKeyScanner.Scan(entry.File, length, maxBytes, n =>
        {
            textLength = n;
            return hashText(n);
        });
        var urlKey = scanned?.Url is { } url ? DuplicateFinder.NormalizeUrl(url) : null;
        var fresh = new Scanned(entry.File.DisplayPath, scanned is not null, scanned?.Id, scanned?.Url, urlKey, textLength, scanned?.TextHash, blob is null ? null : BlobBytes(blob));
        Remember(key, new Slot(-1, length, ticks, null, fresh), true);
        return scanned is null ? null : Wanted(scanned with { UrlKey = urlKey }, probe);
    }

    /// <summary>
    /// Keeps the remembered entry of a file this run checked in full (so a later run that only scans it still finds it),
    /// as long as its length and time are unchanged.
    /// </summary>
    public void Keep(DataEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var at = Find(entry.File.DisplayPath, out var key);
        if (at >= 0 && IsCurrent(EntryAt(at), entry))
        {
            Remember(key, new Slot(at, entry.Length!.Value, entry.LastWriteTicks!.Value, null, null), false);
        }
    }

    /// <summary>
    /// Writes the cache when anything changed (an entry scanned, or a file gone), atomically: a temporary file renamed over
    /// the old one. A cache that cannot be written is left as it was; the verdict never depends on it.
    /// </summary>
    public void Save()
    {
        if (!_changed && _new.Count == _oldCount)
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
            using (var stream = Serialize(now - RacyWindow.Ticks))
            {
                File.WriteAllBytes(temp, stream.GetBuffer().AsSpan(0, (int)stream.Length));
            }

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

    private MemoryStream Serialize(long settledBefore)
    {
        var kept = _new.Where(e => e.Value.Ticks < settledBefore && e.Value != Slot.Collided).ToArray();
        // Ordered by the path hash, which the same paths always have: the same files give the same bytes.
        Array.Sort(kept, static (a, b) => a.Key.CompareTo(b.Key));
        var fresh = kept.Count(static e => e.Value.Fresh is not null);
        // Room for everything from the start (a new entry is about 180 bytes): growing by doubling copied 30 MB for 100k files.
        var stream = new MemoryStream((int)Math.Min(1L << 30, 4096L + _length + (fresh * 256L)));
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            writer.Write(Stamp);
            writer.Write(kept.Length);
            foreach (var (_, slot) in kept)
            {
                if (slot.Fresh is { } f)
                {
                    WriteScanned(writer, f, slot);
                }
                else
                {
                    var e = EntryAt(slot.At);
                    var flags = slot.Blob is null ? e.Flags : (byte)(e.Flags | KeyCacheEntry.BlobFlag);
                    KeyCacheEntry.Write(writer, e.Path, slot.Length, slot.Ticks, flags, e.TextLength, e.IdHash, e.UrlHash, e.TextKey, slot.Blob ?? e.Blob, e.Id, e.Url, e.UrlKey);
                }
            }
        }

        Span<byte> checksum = stackalloc byte[ChecksumBytes];
        XxHash128.Hash(stream.GetBuffer().AsSpan(0, (int)stream.Length), checksum);
        stream.Write(checksum);
        return stream;
    }

    private static void WriteScanned(BinaryWriter writer, Scanned f, Slot slot)
    {
        Span<byte> textKey = stackalloc byte[KeyCacheEntry.TextKeyBytes];
        if (f.TextKey is { } k)
        {
            BinaryPrimitives.WriteUInt128BigEndian(textKey, k);
        }

        var flags = (byte)((f.Keys ? KeyCacheEntry.ScannedFlag : 0) | (f.Id is null ? 0 : KeyCacheEntry.IdFlag) | (f.Url is null ? 0 : KeyCacheEntry.UrlFlag)
            | (f.TextLength < 0 ? 0 : KeyCacheEntry.TextLengthFlag) | (f.TextKey is null ? 0 : KeyCacheEntry.TextKeyFlag) | (f.Blob is null ? 0 : KeyCacheEntry.BlobFlag));
        KeyCacheEntry.Write(writer, Encoding.UTF8.GetBytes(f.Path), slot.Length, slot.Ticks, flags, f.TextLength,
            DuplicateFinder.HashOf(f.Id) ?? 0, DuplicateFinder.HashOf(f.UrlKey) ?? 0, textKey, f.Blob, Utf8(f.Id), Utf8(f.Url), Utf8(f.UrlKey));
    }

    private static byte[] Utf8(string? value) => value is null ? [] : Encoding.UTF8.GetBytes(value);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ArticleKeyCache? TryRead(string path)
    {
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            var bytes = File.ReadAllBytes(path);
            var length = bytes.Length - ChecksumBytes;
            Span<byte> checksum = stackalloc byte[ChecksumBytes];
            if (length < Magic.Length + 1 + 4
                || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic)
                || bytes[Magic.Length] != FormatVersion
                || XxHash128.Hash(bytes.AsSpan(0, length), checksum) != ChecksumBytes
                || !checksum.SequenceEqual(bytes.AsSpan(length)))
            {
                return null;
            }

            var reader = new KeyCacheReader(bytes.AsSpan(0, length));
            reader.Skip(Magic.Length + 1);
            if (reader.ReadString() != Stamp)
            {
                return null;
            }

            var count = reader.ReadInt32();
            var entries = new Dictionary<ulong, int>(Math.Clamp(count, 0, 1 << 24));
            for (var i = 0; i < count; i++)
            {
                var at = reader.Position;
                var hash = XxHash3.HashToUInt64(KeyCacheEntry.Read(ref reader).Path);
                if (!entries.TryAdd(hash, at))
                {
                    entries[hash] = -1;
                }
            }

            return reader.Position == length ? new ArticleKeyCache(path, bytes, length, entries, count) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// Where the entry of <paramref name="displayPath"/> starts, or -1 (none), or <see cref="NoExactPath"/>; <paramref name="key"/> is
    /// the hash of the path's UTF-8.
    /// </summary>
    private int Find(string displayPath, out ulong key)
    {
        var most = Encoding.UTF8.GetMaxByteCount(displayPath.Length);
        Span<byte> path = most <= 1024 ? stackalloc byte[most] : new byte[most];
        // A path with a lone surrogate has no UTF-8 of its own (two paths could encode alike): it is neither found nor remembered.
        var exact = System.Text.Unicode.Utf8.FromUtf16(displayPath, path, out _, out var written, replaceInvalidSequences: false) == System.Buffers.OperationStatus.Done;
        if (!exact)
        {
            written = Encoding.UTF8.GetBytes(displayPath, path);
        }

        path = path[..written];
        key = XxHash3.HashToUInt64(path);
        return !exact ? NoExactPath : _old.TryGetValue(key, out var at) && at >= 0 && EntryAt(at).Path.SequenceEqual(path) ? at : -1;
    }

    private KeyCacheEntry EntryAt(int at)
    {
        // Checked to be UTF-8 when the file was read.
        var reader = new KeyCacheReader(_bytes.AsSpan(at, _length - at));
        return KeyCacheEntry.Read(ref reader, checkText: false);
    }

    private void Remember(ulong key, Slot slot, bool changed)
    {
        lock (_gate)
        {
            _changed |= changed;
            // A run meets each file once, so a key already taken is two paths with one hash: neither is remembered, whichever
            // came first (the file written must not depend on the order of the threads).
            _new[key] = _new.ContainsKey(key) ? Slot.Collided : slot;
        }
    }

    /// <summary>The keys of a remembered entry, or null when it was not scanned or does not meet <paramref name="probe"/>: only then are its strings decoded.</summary>
    private static ArticleKeys? KeysOf(KeyCacheEntry cached, ContributionFile file, Func<int, bool> hashText, KeyProbe? probe)
    {
        if (!cached.Scanned)
        {
            return null;
        }

        UInt128? textHash = cached.HasTextKey && hashText(cached.TextLength) ? ArticleKeys.TextHashOf(cached.TextKey) : null;
        if (probe is not null && !probe.Meets(cached.HasId ? cached.IdHash : null, cached.HasUrl ? cached.UrlHash : null, textHash is { } t ? (ulong)t : null))
        {
            return null;
        }

        return new ArticleKeys(file, cached.HasId ? KeyCacheEntry.Decode(cached.Id) : null, cached.HasUrl ? KeyCacheEntry.Decode(cached.Url) : null, textHash, null)
        {
            UrlKey = cached.HasUrl ? KeyCacheEntry.Decode(cached.UrlKey) : null,
        };
    }

    private static ArticleKeys? Wanted(ArticleKeys? keys, KeyProbe? probe) => keys is not null && (probe is null || probe.Meets(keys)) ? keys : null;

    /// <summary>The bytes of a git blob id given in hexadecimal, or null when it is not (nothing is then remembered by it).</summary>
    private static byte[]? BlobBytes(string blob)
    {
        Span<byte> id = stackalloc byte[64];
        return Convert.FromHexString(blob, id, out _, out var written) == System.Buffers.OperationStatus.Done ? id[..written].ToArray() : null;
    }

    /// <summary>Whether the remembered entry has the git blob id <paramref name="blob"/> (hexadecimal).</summary>
    private static bool SameBlob(KeyCacheEntry cached, string blob)
    {
        Span<byte> id = stackalloc byte[64];
        return cached.HasBlob && Convert.FromHexString(blob, id, out _, out var written) == System.Buffers.OperationStatus.Done && cached.Blob.SequenceEqual(id[..written]);
    }

    /// <summary>Whether the remembered entry was scanned from the file as the walk sees it now (the same length and time).</summary>
    private static bool IsCurrent(KeyCacheEntry cached, DataEntry entry) => cached.Length == entry.Length && cached.Ticks == entry.LastWriteTicks;

    /// <summary>
    /// What this run keeps of one file: an entry of the old file reused (<see cref="At"/>, with its new length and time and, when
    /// git now names its content, the blob id), or what was just scanned (<see cref="Fresh"/>).
    /// </summary>
    private readonly record struct Slot(int At, long Length, long Ticks, byte[]? Blob, Scanned? Fresh)
    {
        /// <summary>Two files of this run whose paths share a hash: nothing is remembered for either.</summary>
        public static readonly Slot Collided = new(-1, -1, long.MinValue, null, null);
    }

    /// <summary>What was scanned of one file: its keys (Keys false when it could not be scanned), text length and key, and its git blob id when known.</summary>
    private sealed record Scanned(string Path, bool Keys, string? Id, string? Url, string? UrlKey, int TextLength, UInt128? TextKey, byte[]? Blob);
}

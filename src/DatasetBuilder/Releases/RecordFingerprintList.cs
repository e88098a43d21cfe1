using System.Collections;

namespace DatasetBuilder.Releases;

/// <summary>
/// The fingerprints of a whole release, held compactly: per record its id (a string the caller already holds) and the three
/// SHA-256 values as 96 raw bytes, instead of three 64-character hex strings (about 100 bytes a record instead of 600; a
/// million-article release keeps its fingerprints until publishing). Each <see cref="RecordFingerprint"/> is made when it is read.
/// </summary>
public sealed class RecordFingerprintList : IReadOnlyList<RecordFingerprint>
{
    private const int HashBytes = 32;
    private const int RecordBytes = 3 * HashBytes;

    private static readonly System.Buffers.SearchValues<char> LowerHex = System.Buffers.SearchValues.Create("0123456789abcdef");

    private readonly List<string> _ids;
    private byte[] _hashes;

    public RecordFingerprintList(int capacity = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _ids = new List<string>(capacity);
        _hashes = new byte[capacity * RecordBytes];
    }

    public int Count => _ids.Count;

    /// <summary>Whether every record was added after one with a smaller id (ordinal): then the list can be read in id order as it is.</summary>
    public bool IsInIdOrder { get; private set; } = true;

    public RecordFingerprint this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)_ids.Count, nameof(index));
            var hashes = _hashes.AsSpan(index * RecordBytes, RecordBytes);
            return new RecordFingerprint(
                _ids[index],
                Convert.ToHexStringLower(hashes[..HashBytes]),
                Convert.ToHexStringLower(hashes.Slice(HashBytes, HashBytes)),
                Convert.ToHexStringLower(hashes[(2 * HashBytes)..]));
        }
    }

    /// <summary>The id of record <paramref name="index"/>, without making its fingerprint.</summary>
    public string IdAt(int index) => _ids[index];

    /// <summary>Adds <paramref name="record"/>; its hashes must be SHA-256 values in lower-case hex (as every fingerprint's are).</summary>
    public void Add(RecordFingerprint record)
    {
        ArgumentNullException.ThrowIfNull(record);
        Add(record.Id, record);
    }

    /// <summary>Adds <paramref name="record"/> under <paramref name="id"/>, the same id as a string the caller keeps anyway.</summary>
    public void Add(string id, RecordFingerprint record)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(record);
        if (!string.Equals(id, record.Id, StringComparison.Ordinal))
        {
            throw new ArgumentException($"the id \"{id}\" is not the record's \"{record.Id}\"", nameof(id));
        }

        if ((_ids.Count + 1) * RecordBytes > _hashes.Length)
        {
            Array.Resize(ref _hashes, Math.Max(RecordBytes * 4, _hashes.Length * 2));
        }

        var slot = _hashes.AsSpan(_ids.Count * RecordBytes, RecordBytes);
        var after = _ids.Count == 0 || string.CompareOrdinal(_ids[^1], id) < 0;
        Parse(record.TextSha256, slot[..HashBytes], "text_sha256");
        Parse(record.TitleSha256, slot.Slice(HashBytes, HashBytes), "title_sha256");
        Parse(record.MetadataSha256, slot[(2 * HashBytes)..], "metadata_sha256");
        _ids.Add(id);
        IsInIdOrder &= after;
    }

    public IEnumerator<RecordFingerprint> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static void Parse(string hex, Span<byte> into, string name)
    {
        // Only lower-case hex round-trips through the bytes; anything else would be stored as something it is not.
        if (hex is null || hex.Length != 2 * HashBytes || hex.AsSpan().ContainsAnyExcept(LowerHex)
            || Convert.FromHexString(hex, into, out _, out var written) != System.Buffers.OperationStatus.Done || written != HashBytes)
        {
            throw new ArgumentException($"{name} \"{hex}\" is not a SHA-256 value in lower-case hex (64 characters 0-9 a-f)");
        }
    }
}

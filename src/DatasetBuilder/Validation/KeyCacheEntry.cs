using System.Text;

namespace DatasetBuilder.Validation;

/// <summary>
/// One entry of the keys cache as it lies in the file's bytes, read without decoding a string: the fixed fields (length, time,
/// flags, text length, and the 64-bit hashes the duplicate checks meet files by) come first, so most runs never decode an
/// entry's strings at all; only the entries that meet a checked file are turned into <see cref="Reading.ArticleKeys"/>.
/// </summary>
/// <remarks>
/// Layout: display path (UTF-8 with a 7-bit encoded length, as <see cref="BinaryWriter"/> writes strings), length (int64),
/// last-write ticks (int64), flags (byte: 1 scanned, 2 id, 4 url, 8 text length, 16 text key, 32 blob), text length (int32,
/// -1 when unknown), id hash and url-address hash (uint64, <see cref="DuplicateFinder.HashOf"/>, 0 when absent), then when
/// flagged: the 16-byte text key, the git blob id (raw bytes with a 7-bit encoded length), the id, the url and its address.
/// </remarks>
internal readonly ref struct KeyCacheEntry
{
    public const byte ScannedFlag = 1, IdFlag = 2, UrlFlag = 4, TextLengthFlag = 8, TextKeyFlag = 16, BlobFlag = 32;

    public const int TextKeyBytes = 16;

    public ReadOnlySpan<byte> Path { get; init; }

    public long Length { get; init; }

    public long Ticks { get; init; }

    public byte Flags { get; init; }

    public int TextLength { get; init; }

    public ulong IdHash { get; init; }

    public ulong UrlHash { get; init; }

    public ReadOnlySpan<byte> TextKey { get; init; }

    public ReadOnlySpan<byte> Blob { get; init; }

    public ReadOnlySpan<byte> Id { get; init; }

    public ReadOnlySpan<byte> Url { get; init; }

    public ReadOnlySpan<byte> UrlKey { get; init; }

    public bool Scanned => (Flags & ScannedFlag) != 0;

    public bool HasId => (Flags & IdFlag) != 0;

    public bool HasUrl => (Flags & UrlFlag) != 0;

    public bool HasTextKey => (Flags & TextKeyFlag) != 0;

    public bool HasBlob => (Flags & BlobFlag) != 0;

    /// <summary>
    /// Reads the entry at the reader's position. A string that is not UTF-8 throws <see cref="FormatException"/> (when
    /// <paramref name="checkText"/>: an entry read again after the whole file was read once needs no second check), a short
    /// read <see cref="EndOfStreamException"/>: the cache is then not trusted at all.
    /// </summary>
    public static KeyCacheEntry Read(scoped ref KeyCacheReader reader, bool checkText = true)
    {
        var path = ReadText(ref reader, checkText);
        var length = reader.ReadInt64();
        var ticks = reader.ReadInt64();
        var flags = reader.ReadByte();
        var textLength = reader.ReadInt32();
        var idHash = reader.ReadUInt64();
        var urlHash = reader.ReadUInt64();
        var textKey = (flags & TextKeyFlag) != 0 ? reader.ReadSpan(TextKeyBytes) : [];
        var blob = (flags & BlobFlag) != 0 ? reader.ReadUtf8() : [];
        var id = (flags & IdFlag) != 0 ? ReadText(ref reader, checkText) : [];
        var url = (flags & UrlFlag) != 0 ? ReadText(ref reader, checkText) : [];
        var urlKey = (flags & UrlFlag) != 0 ? ReadText(ref reader, checkText) : [];
        return new KeyCacheEntry
        {
            Path = path, Length = length, Ticks = ticks, Flags = flags, TextLength = textLength, IdHash = idHash, UrlHash = urlHash,
            TextKey = textKey, Blob = blob, Id = id, Url = url, UrlKey = urlKey,
        };
    }

    /// <summary>Writes an entry from its parts (the strings as UTF-8), in the layout <see cref="Read"/> reads.</summary>
    public static void Write(
        BinaryWriter writer,
        ReadOnlySpan<byte> path,
        long length,
        long ticks,
        byte flags,
        int textLength,
        ulong idHash,
        ulong urlHash,
        ReadOnlySpan<byte> textKey,
        ReadOnlySpan<byte> blob,
        ReadOnlySpan<byte> id,
        ReadOnlySpan<byte> url,
        ReadOnlySpan<byte> urlKey)
    {
        WriteUtf8(writer, path);
        writer.Write(length);
        writer.Write(ticks);
        writer.Write(flags);
        writer.Write(textLength);
        writer.Write(idHash);
        writer.Write(urlHash);
        if ((flags & TextKeyFlag) != 0)
        {
            writer.Write(textKey);
        }

        if ((flags & BlobFlag) != 0)
        {
            WriteUtf8(writer, blob);
        }

        if ((flags & IdFlag) != 0)
        {
            WriteUtf8(writer, id);
        }

        if ((flags & UrlFlag) != 0)
        {
            WriteUtf8(writer, url);
            WriteUtf8(writer, urlKey);
        }
    }

    /// <summary>The string of UTF-8 bytes read from the cache (checked to be UTF-8 when read).</summary>
    public static string Decode(ReadOnlySpan<byte> utf8) => Encoding.UTF8.GetString(utf8);

    private static void WriteUtf8(BinaryWriter writer, ReadOnlySpan<byte> bytes)
    {
        writer.Write7BitEncodedInt(bytes.Length);
        writer.Write(bytes);
    }

    private static ReadOnlySpan<byte> ReadText(scoped ref KeyCacheReader reader, bool check)
    {
        var bytes = reader.ReadUtf8();
        return !check || System.Text.Unicode.Utf8.IsValid(bytes) ? bytes : throw new FormatException("a string that is not UTF-8");
    }
}

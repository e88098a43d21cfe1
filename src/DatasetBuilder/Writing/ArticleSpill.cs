using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace DatasetBuilder.Writing;

/// <summary>
/// A temporary file of cleaned articles, so a streaming build holds no text between cleaning and writing: each record is
/// length-prefixed (so it can be read back alone, by offset, from any thread) and holds a <see cref="SpilledArticle"/>.
/// Appends are sequential; reads are positional and thread-safe, or forward through a <see cref="ArticleSpillCursor"/> (one
/// large read for many records). The file is deleted on dispose.
/// </summary>
/// <remarks>
/// Record: int32 length of the rest, then the fields in order; an int32 is little-endian, a string is its length in UTF-16
/// units (-1 for null) and its UTF-16 units as the machine stores them. The file never leaves the build that wrote it, so it
/// keeps strings as .NET holds them: writing and reading them back is a copy, where UTF-8 was an encoding and a validating
/// decoding of every body (Arabic takes two bytes a letter either way).
/// </remarks>
public sealed class ArticleSpill : IDisposable
{
    private readonly SafeFileHandle _handle;
    private long _length;

    public ArticleSpill(string path)
    {
        Path = path;
        _handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, FileOptions.DeleteOnClose);
    }

    public string Path { get; }

    /// <summary>Encodes one article as a record (length prefix included); pure, so callers encode on all cores.</summary>
    /// <remarks>
    /// The record's size is summed first and the record written into one array of that size: a growing stream allocated about
    /// twice a record's bytes and copied them once more (a quarter of the cleaning pass's allocation).
    /// </remarks>
    public static byte[] Encode(SpilledArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var r = article.Row;
        var size = 4 + Size(r.Id) + Size(r.Source) + Size(r.SourceName) + Size(r.Url) + Size(r.Title) + Size(r.Subtitle) + 4
            + Size(r.PublishedPrecision) + Size(r.Language) + 4 + Size(r.Agency) + Size(r.Text) + 12 + Size(r.TextSha256) + Size(r.RawSha256) + 8;
        foreach (var author in r.Authors)
        {
            size += Size(author);
        }

        foreach (var removal in article.Removals)
        {
            size += Size(removal.Rule) + 8 + Size(removal.Reason) + Size(removal.RemovedText);
        }

        var bytes = new byte[size];
        var w = new SpillRecordWriter(bytes);
        w.Int(size - 4);
        w.String(r.Id);
        w.String(r.Source);
        w.String(r.SourceName);
        w.String(r.Url);
        w.String(r.Title);
        w.String(r.Subtitle);
        w.Int(r.PublishedDate?.DayNumber ?? -1);
        w.String(r.PublishedPrecision);
        w.String(r.Language);
        w.Int(r.Authors.Count);
        foreach (var author in r.Authors)
        {
            w.String(author);
        }

        w.String(r.Agency);
        w.String(r.Text);
        w.Int(r.CharCount);
        w.Int(r.WordCount);
        w.Int(r.ParagraphCount);
        w.String(r.TextSha256);
        w.String(r.RawSha256);
        w.Int(r.RemovedCharCount);
        w.Int(article.Removals.Count);
        foreach (var removal in article.Removals)
        {
            w.String(removal.Rule);
            w.Int(removal.Start);
            w.Int(removal.Length);
            w.String(removal.Reason);
            w.String(removal.RemovedText);
        }

        return w.Position == size ? bytes : throw new InvalidOperationException($"spill record of {w.Position} bytes, sized {size}");

        static int Size(string? value) => 4 + (2 * (value?.Length ?? 0));
    }

    /// <summary>Appends an encoded record and returns its offset.</summary>
    public long Append(ReadOnlySpan<byte> record)
    {
        var offset = _length;
        RandomAccess.Write(_handle, record, offset);
        _length += record.Length;
        return offset;
    }

    /// <summary>Reads the record at <paramref name="offset"/>.</summary>
    public SpilledArticle Read(long offset) => Read(offset, withText: true);

    /// <summary>
    /// Reads the record at <paramref name="offset"/> but leaves its body out (<see cref="DatasetRow.Text"/> is empty): for readers
    /// that need the metadata or the removed spans only (the audit, the changelog's titles).
    /// </summary>
    public SpilledArticle ReadWithoutText(long offset) => Read(offset, withText: false);

    /// <summary>
    /// The title of the record at <paramref name="offset"/>, read from the record's head: one read of a few KB, where the whole
    /// record (its body and removed spans, tens of KB) took two. The changelog of a first release names every article, so
    /// this runs once per row. A head that ends before the title does (a very long url) is read whole.
    /// </summary>
    public string ReadTitle(long offset)
    {
        Span<byte> head = stackalloc byte[TitleHeadBytes];
        var read = ReadAt(head, offset);
        if (read < 4)
        {
            throw new EndOfStreamException($"the spill file {Path} ends inside a record at offset {offset}");
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(head);
        if (length < 0)
        {
            throw new InvalidDataException($"the spill file {Path} has a record of negative length at offset {offset}");
        }

        var whole = 4L + length <= read;
        try
        {
            var r = new SpillRecordReader(head[4..(whole ? 4 + length : read)]);
            r.SkipString(); // id
            r.SkipString(); // source
            r.SkipString(); // source name
            r.SkipString(); // url
            return r.ReadString();
        }
        catch (EndOfStreamException) when (!whole)
        {
            return Read(offset, withText: false).Row.Title; // the head ended first: the whole record says what it holds
        }
    }

    /// <summary>A reader of records at ascending offsets (the order they were appended in), for one thread.</summary>
    public ArticleSpillCursor OpenCursor() => new(this);

    public void Dispose() => _handle.Dispose();

    /// <summary>Reads up to <paramref name="destination"/>'s length from <paramref name="offset"/> on; fewer only where the file ends.</summary>
    internal int ReadAt(Span<byte> destination, long offset)
    {
        var total = 0;
        while (total < destination.Length)
        {
            var n = RandomAccess.Read(_handle, destination[total..], offset + total);
            if (n == 0)
            {
                break;
            }

            total += n;
        }

        return total;
    }

    /// <summary>The article in <paramref name="record"/> (without its length prefix).</summary>
    internal static SpilledArticle Decode(ReadOnlySpan<byte> record, bool withText)
    {
        var r = new SpillRecordReader(record);
        var row = DecodeRow(ref r, withText, arena: null, out _);
        var removals = new RemovalAuditRow[r.ReadCount()];
        for (var i = 0; i < removals.Length; i++)
        {
            removals[i] = new RemovalAuditRow
            {
                Id = row.Id,
                Rule = r.ReadString(),
                Start = r.ReadInt32(),
                Length = r.ReadInt32(),
                Reason = r.ReadString(),
                RemovedText = r.ReadString(),
            };
        }

        return new SpilledArticle(row, removals);
    }

    /// <summary>
    /// The row of a record without its removed spans, its body copied into <paramref name="arena"/> (<see cref="DatasetRow.Text"/>
    /// stays empty): what the shards' writer takes (<see cref="ShardRow"/>).
    /// </summary>
    internal static DatasetRow DecodeRow(ReadOnlySpan<byte> record, TextArena arena, out ReadOnlyMemory<char> text)
    {
        var r = new SpillRecordReader(record);
        return DecodeRow(ref r, withText: false, arena, out text); // the removed spans come last: the rest is left unread
    }

    /// <summary>The row's fields, in record order; the body becomes a string, memory in <paramref name="arena"/>, or is skipped.</summary>
    private static DatasetRow DecodeRow(ref SpillRecordReader r, bool withText, TextArena? arena, out ReadOnlyMemory<char> text)
    {
        var row = new DatasetRow
        {
            Id = r.ReadString(),
            Source = r.ReadString(),
            SourceName = r.ReadNullableString(),
            Url = r.ReadNullableString(),
            Title = r.ReadString(),
            Subtitle = r.ReadNullableString(),
            PublishedDate = r.ReadInt32() is var day and >= 0 ? DateOnly.FromDayNumber(day) : null,
            PublishedPrecision = r.ReadNullableString(),
            Language = r.ReadString(),
        };
        var authors = r.ReadCount();
        for (var i = 0; i < authors; i++)
        {
            row.Authors.Add(r.ReadString());
        }

        row.Agency = r.ReadNullableString();
        text = default;
        if (arena is not null)
        {
            text = arena.Add(r.ReadChars());
        }
        else if (withText)
        {
            row.Text = r.ReadString();
        }
        else
        {
            r.SkipString();
        }

        row.CharCount = r.ReadInt32();
        row.WordCount = r.ReadInt32();
        row.ParagraphCount = r.ReadInt32();
        row.TextSha256 = r.ReadString();
        row.RawSha256 = r.ReadString();
        row.RemovedCharCount = r.ReadInt32();
        return row;
    }

    /// <summary>How much of a record <see cref="ReadTitle"/> reads: its first fields (id, source, source name, url, title) as UTF-16.</summary>
    private const int TitleHeadBytes = 8192;

    private SpilledArticle Read(long offset, bool withText)
    {
        Span<byte> prefix = stackalloc byte[4];
        ReadExactly(prefix, offset);
        var length = BinaryPrimitives.ReadInt32LittleEndian(prefix);
        if (length < 0)
        {
            throw new InvalidDataException($"the spill file {Path} has a record of negative length at offset {offset}");
        }

        var bytes = new byte[length];
        ReadExactly(bytes, offset + 4);
        return Decode(bytes, withText);
    }

    private void ReadExactly(Span<byte> destination, long offset)
    {
        if (ReadAt(destination, offset) < destination.Length)
        {
            throw new EndOfStreamException($"the spill file {Path} ends inside a record at offset {offset}");
        }
    }
}

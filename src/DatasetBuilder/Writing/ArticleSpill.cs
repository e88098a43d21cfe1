using System.Text;
using Microsoft.Win32.SafeHandles;

namespace DatasetBuilder.Writing;

/// <summary>
/// A temporary file of cleaned articles, so a streaming build holds no text between cleaning and writing: each record is
/// length-prefixed (so it can be read back alone, by offset, from any thread) and holds a <see cref="SpilledArticle"/>.
/// Appends are sequential; reads are positional and thread-safe. The file is deleted on dispose.
/// </summary>
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
    public static byte[] Encode(SpilledArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(0);
            var r = article.Row;
            w.Write(r.Id);
            w.Write(r.Source);
            Nullable(w, r.SourceName);
            Nullable(w, r.Url);
            w.Write(r.Title);
            Nullable(w, r.Subtitle);
            w.Write(r.PublishedDate?.DayNumber ?? -1);
            Nullable(w, r.PublishedPrecision);
            w.Write(r.Language);
            w.Write(r.Authors.Count);
            foreach (var author in r.Authors)
            {
                w.Write(author);
            }

            Nullable(w, r.Agency);
            w.Write(r.Text);
            w.Write(r.CharCount);
            w.Write(r.WordCount);
            w.Write(r.ParagraphCount);
            w.Write(r.TextSha256);
            w.Write(r.RawSha256);
            w.Write(r.RemovedCharCount);
            w.Write(article.Removals.Count);
            foreach (var removal in article.Removals)
            {
                w.Write(removal.Rule);
                w.Write(removal.Start);
                w.Write(removal.Length);
                w.Write(removal.Reason);
                w.Write(removal.RemovedText);
            }
        }

        var bytes = buffer.ToArray();
        BitConverter.TryWriteBytes(bytes.AsSpan(0, 4), bytes.Length - 4);
        return bytes;
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
    /// that need the metadata or the removed spans only (the audit, the changelog's titles), decoding the body is most of the cost.
    /// </summary>
    public SpilledArticle ReadWithoutText(long offset) => Read(offset, withText: false);

    private SpilledArticle Read(long offset, bool withText)
    {
        Span<byte> prefix = stackalloc byte[4];
        ReadExactly(prefix, offset);
        var bytes = new byte[BitConverter.ToInt32(prefix)];
        ReadExactly(bytes, offset + 4);
        using var r = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
        var row = new DatasetRow
        {
            Id = Utf8(r, bytes),
            Source = Utf8(r, bytes),
            SourceName = Nullable(r, bytes),
            Url = Nullable(r, bytes),
            Title = Utf8(r, bytes),
            Subtitle = Nullable(r, bytes),
            PublishedDate = r.ReadInt32() is var day and >= 0 ? DateOnly.FromDayNumber(day) : null,
            PublishedPrecision = Nullable(r, bytes),
            Language = Utf8(r, bytes),
        };
        var authors = r.ReadInt32();
        for (var i = 0; i < authors; i++)
        {
            row.Authors.Add(Utf8(r, bytes));
        }

        row.Agency = Nullable(r, bytes);
        if (withText)
        {
            row.Text = Utf8(r, bytes);
        }
        else
        {
            r.BaseStream.Seek(r.Read7BitEncodedInt(), SeekOrigin.Current);
        }

        row.CharCount = r.ReadInt32();
        row.WordCount = r.ReadInt32();
        row.ParagraphCount = r.ReadInt32();
        row.TextSha256 = Utf8(r, bytes);
        row.RawSha256 = Utf8(r, bytes);
        row.RemovedCharCount = r.ReadInt32();
        var removals = new RemovalAuditRow[r.ReadInt32()];
        for (var i = 0; i < removals.Length; i++)
        {
            removals[i] = new RemovalAuditRow
            {
                Id = row.Id,
                Rule = Utf8(r, bytes),
                Start = r.ReadInt32(),
                Length = r.ReadInt32(),
                Reason = Utf8(r, bytes),
                RemovedText = Utf8(r, bytes),
            };
        }

        return new SpilledArticle(row, removals);
    }

    public void Dispose() => _handle.Dispose();

    private void ReadExactly(Span<byte> destination, long offset)
    {
        if (!Reading.PositionalRead.TryReadExactly(_handle, destination, offset))
        {
            throw new EndOfStreamException($"the spill file {Path} ends inside a record at offset {offset}");
        }
    }

    private static void Nullable(BinaryWriter w, string? value)
    {
        w.Write(value is not null);
        if (value is not null)
        {
            w.Write(value);
        }
    }

    private static string? Nullable(BinaryReader r, byte[] bytes) => r.ReadBoolean() ? Utf8(r, bytes) : null;

    /// <summary>
    /// A string as <see cref="BinaryWriter.Write(string)"/> wrote it (7-bit length, UTF-8), decoded in one call straight from the
    /// record's bytes: <see cref="BinaryReader.ReadString"/> decodes a body of several KB in 128-byte pieces through a builder.
    /// </summary>
    private static string Utf8(BinaryReader r, byte[] bytes)
    {
        var length = r.Read7BitEncodedInt();
        var at = (int)r.BaseStream.Position;
        if (length < 0 || length > bytes.Length - at)
        {
            throw new EndOfStreamException($"a string of {length} bytes runs past the end of a {bytes.Length}-byte spill record");
        }

        r.BaseStream.Position = at + length;
        return Encoding.UTF8.GetString(bytes, at, length);
    }
}

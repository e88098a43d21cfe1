using System.Buffers.Binary;

namespace DatasetBuilder.Writing;

/// <summary>
/// Reads an <see cref="ArticleSpill"/>'s records at ascending offsets (the writing pass reads them in the order they were
/// appended, skipping the dropped ones) through a window of about a megabyte: one read of the file for a few hundred records
/// instead of two per record. For one thread; a record larger than the window gets a window of its own size.
/// </summary>
public sealed class ArticleSpillCursor
{
    private const int WindowBytes = 1 << 20;

    private readonly ArticleSpill _spill;
    private byte[] _window = new byte[WindowBytes];
    private long _start;
    private int _count;

    internal ArticleSpillCursor(ArticleSpill spill) => _spill = spill;

    /// <summary>Reads the record at <paramref name="offset"/>, which is not before the last one read.</summary>
    public SpilledArticle Read(long offset) => ArticleSpill.Decode(Record(offset), withText: true);

    /// <summary>
    /// Reads the row of the record at <paramref name="offset"/> (not before the last one read) for the shards' writer: without
    /// its removed spans (the audit's own cursor reads them; they hold the removed text, often a fifth of the raw text), and
    /// with its body copied into <paramref name="arena"/> as <paramref name="text"/> instead of a string (the row's
    /// <see cref="DatasetRow.Text"/> stays empty).
    /// </summary>
    internal DatasetRow ReadRow(long offset, TextArena arena, out ReadOnlyMemory<char> text) => ArticleSpill.DecodeRow(Record(offset), arena, out text);

    /// <summary>As <see cref="ArticleSpill.ReadWithoutText"/>, at an offset not before the last one read.</summary>
    public SpilledArticle ReadWithoutText(long offset) => ArticleSpill.Decode(Record(offset), withText: false);

    private ReadOnlySpan<byte> Record(long offset)
    {
        if (offset < _start)
        {
            throw new ArgumentOutOfRangeException(nameof(offset), offset, $"a spill cursor reads forward only; it is at offset {_start}");
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(Window(offset, 4));
        return length >= 0
            ? Window(offset + 4, length)
            : throw new InvalidDataException($"the spill file {_spill.Path} has a record of negative length at offset {offset}");
    }

    /// <summary>The <paramref name="length"/> bytes at <paramref name="offset"/>, from the window, refilled from there when they are not all in it.</summary>
    private ReadOnlySpan<byte> Window(long offset, int length)
    {
        if (offset < _start || offset + length > _start + _count)
        {
            if (length > _window.Length)
            {
                _window = new byte[length];
            }

            _start = offset;
            _count = _spill.ReadAt(_window, offset);
            if (_count < length)
            {
                throw new EndOfStreamException($"the spill file {_spill.Path} ends inside a record at offset {offset}");
            }
        }

        return _window.AsSpan((int)(offset - _start), length);
    }
}

using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace DatasetBuilder.Writing;

/// <summary>
/// Writes a spill record's fields into an array already of the record's size (<see cref="ArticleSpill.Encode"/>): an int32
/// little-endian, a string as its length in UTF-16 units (-1 for null) and its units as the machine stores them. The
/// counterpart of <see cref="SpillRecordReader"/>.
/// </summary>
internal ref struct SpillRecordWriter(Span<byte> record)
{
    private readonly Span<byte> _record = record;

    /// <summary>Bytes written so far.</summary>
    public int Position { get; private set; }

    public void Int(int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(_record[Position..], value);
        Position += 4;
    }

    public void String(string? value)
    {
        Int(value?.Length ?? -1);
        if (value is not null)
        {
            var units = MemoryMarshal.AsBytes(value.AsSpan());
            units.CopyTo(_record[Position..]);
            Position += units.Length;
        }
    }
}

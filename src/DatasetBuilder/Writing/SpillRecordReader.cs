using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace DatasetBuilder.Writing;

/// <summary>Reads the fields of one <see cref="ArticleSpill"/> record in order, checking each against the record's end.</summary>
internal ref struct SpillRecordReader
{
    private readonly ReadOnlySpan<byte> _record;
    private int _at;

    public SpillRecordReader(ReadOnlySpan<byte> record) => _record = record;

    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

    /// <summary>A count of items that follow (never negative).</summary>
    public int ReadCount()
    {
        var count = ReadInt32();
        return count >= 0 ? count : throw Corrupt($"a negative count ({count})");
    }

    public string? ReadNullableString()
    {
        var length = ReadInt32();
        return length switch
        {
            -1 => null,
            0 => string.Empty,
            > 0 when length <= (_record.Length - _at) / 2 => new string(MemoryMarshal.Cast<byte, char>(Take(length * 2))),
            _ => throw Corrupt($"a string of {length} UTF-16 units"),
        };
    }

    public string ReadString() => ReadNullableString() ?? throw Corrupt("a null where a string must be");

    /// <summary>A non-null string's UTF-16 units, in place (valid while the record is).</summary>
    public ReadOnlySpan<char> ReadChars()
    {
        var length = ReadInt32();
        return length switch
        {
            0 => [],
            > 0 when length <= (_record.Length - _at) / 2 => MemoryMarshal.Cast<byte, char>(Take(length * 2)),
            -1 => throw Corrupt("a null where a string must be"),
            _ => throw Corrupt($"a string of {length} UTF-16 units"),
        };
    }

    public void SkipString()
    {
        var length = ReadInt32();
        if (length > 0)
        {
            Take(length <= (_record.Length - _at) / 2 ? length * 2 : throw Corrupt($"a string of {length} UTF-16 units"));
        }
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count > _record.Length - _at)
        {
            throw Corrupt($"{count} more bytes");
        }

        var taken = _record.Slice(_at, count);
        _at += count;
        return taken;
    }

    private readonly EndOfStreamException Corrupt(string what) =>
        new($"a {_record.Length}-byte spill record holds {what} at byte {_at}: the spill file is not what this build wrote");
}

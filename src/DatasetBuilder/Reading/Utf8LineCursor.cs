using System.Numerics;
using System.Runtime.Intrinsics;

namespace DatasetBuilder.Reading;

/// <summary>
/// Turns increasing byte offsets into UTF-8 text into 1-based line and column (in characters, as an editor shows them),
/// scanning the bytes once however many positions are asked for.
/// </summary>
internal ref struct Utf8LineCursor
{
    private readonly ReadOnlySpan<byte> _bytes;
    private int _offset;
    private int _line;
    private int _column;

    public Utf8LineCursor(ReadOnlySpan<byte> bytes)
    {
        _bytes = bytes;
        _line = 1;
        _column = 1;
    }

    /// <summary>The line and column of the byte at <paramref name="offset"/>; offsets must not decrease between calls.</summary>
    public (int Line, int Column) At(long offset)
    {
        var end = (int)Math.Clamp(offset, _offset, _bytes.Length);
        if (end <= _offset)
        {
            return (_line, _column);
        }

        var span = _bytes[_offset..end];
        var lastBreak = span.LastIndexOf((byte)'\n');
        if (lastBreak >= 0)
        {
            _line += span[..lastBreak].Count((byte)'\n') + 1;
            _column = 1;
            span = span[(lastBreak + 1)..];
        }

        // Every byte but a continuation byte starts a character; a continuation byte belongs to the character before it.
        _column += span.Length - CountContinuationBytes(span);
        _offset = end;
        return (_line, _column);
    }

    /// <summary>The number of UTF-8 continuation bytes (10xxxxxx) in <paramref name="bytes"/>.</summary>
    internal static int CountContinuationBytes(ReadOnlySpan<byte> bytes)
    {
        var count = 0;
        var i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            // As signed bytes, 0x80..0xBF are -128..-65: exactly the values below -64.
            var bound = Vector128.Create((sbyte)-64);
            for (; i + Vector128<sbyte>.Count <= bytes.Length; i += Vector128<sbyte>.Count)
            {
                var chunk = Vector128.Create(bytes.Slice(i, Vector128<sbyte>.Count)).AsSByte();
                count += BitOperations.PopCount(Vector128.LessThan(chunk, bound).ExtractMostSignificantBits());
            }
        }

        for (; i < bytes.Length; i++)
        {
            count += (bytes[i] & 0xC0) == 0x80 ? 1 : 0;
        }

        return count;
    }
}

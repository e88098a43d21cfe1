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
        for (; _offset < offset && _offset < _bytes.Length; _offset++)
        {
            var b = _bytes[_offset];
            if (b == (byte)'\n')
            {
                _line++;
                _column = 1;
            }
            else if ((b & 0xC0) != 0x80)
            {
                // A continuation byte belongs to the character before it.
                _column++;
            }
        }

        return (_line, _column);
    }
}

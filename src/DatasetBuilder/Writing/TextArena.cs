namespace DatasetBuilder.Writing;

/// <summary>
/// Holds the bodies of one row group while Parquet.Net encodes it, in large reused blocks: a body read from the spill is
/// copied in instead of becoming a string of its own. A row group of 10,000 bodies is tens of MB of UTF-16 that lived just
/// long enough to be copied through every generation of the heap and then collected; the blocks are allocated once per
/// stage and stay. Not thread-safe.
/// </summary>
internal sealed class TextArena
{
    /// <summary>UTF-16 units per block: 2 MB, so a block is one large object and a row group of news a few dozen.</summary>
    public const int BlockChars = 1 << 20;

    private readonly List<char[]> _blocks = [];
    private int _block;
    private int _used;

    /// <summary>Copies <paramref name="text"/> in; the memory is valid until <see cref="Reset"/>.</summary>
    public ReadOnlyMemory<char> Add(ReadOnlySpan<char> text)
    {
        if (text.Length > BlockChars)
        {
            return text.ToArray(); // longer than a block: its own array, as a string would have been
        }

        if (_blocks.Count == 0 || _used + text.Length > BlockChars)
        {
            // The next block, reused when an earlier row group needed it too.
            _block = _blocks.Count == 0 ? 0 : _block + 1;
            if (_block == _blocks.Count)
            {
                _blocks.Add(new char[BlockChars]);
            }

            _used = 0;
        }

        var memory = _blocks[_block].AsMemory(_used, text.Length);
        text.CopyTo(memory.Span);
        _used += text.Length;
        return memory;
    }

    /// <summary>Makes every block free for the next row group (the memory handed out before is overwritten from here on).</summary>
    public void Reset()
    {
        _block = 0;
        _used = 0;
    }

    /// <summary>Blocks allocated so far (for tests: a reused arena does not grow).</summary>
    public int BlockCount => _blocks.Count;
}

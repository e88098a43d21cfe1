namespace DatasetBuilder.Deduplication;

/// <summary>
/// The last signatures read one slot at a time from a <see cref="SignatureTable"/> whose signatures are in a file, kept in a
/// direct-mapped cache (an entry per slot modulo its size): a flushed slot is never signed again, so an entry never goes
/// stale. Not thread-safe; the table serialises its use.
/// </summary>
internal sealed class RecentSignatures
{
    /// <summary>Entries when the table is spilled: 4 096 signatures, 2 MB at 128 numbers each.</summary>
    public const int SpilledEntries = 4096;

    private readonly SignatureTable _table;
    private readonly int _width;
    private readonly int[] _slots;
    private readonly uint[] _signatures;

    /// <summary>A cache of <paramref name="entries"/> signatures (a power of two, or 0 for none) in front of <paramref name="table"/>.</summary>
    public RecentSignatures(SignatureTable table, int width, int entries)
    {
        if (entries != 0 && !int.IsPow2(entries))
        {
            throw new ArgumentOutOfRangeException(nameof(entries), entries, "the number of entries must be a power of two, or 0");
        }

        _table = table;
        _width = width;
        _slots = new int[entries];
        Array.Fill(_slots, -1);
        _signatures = new uint[entries * width];
    }

    /// <summary>Copies slot <paramref name="slot"/>'s signature into <paramref name="into"/>, from the cache when it holds it.</summary>
    public void Copy(int slot, Span<uint> into)
    {
        if (_slots.Length == 0)
        {
            _table.CopySignatures(slot, into);
            return;
        }

        var entry = slot & (_slots.Length - 1);
        var cached = _signatures.AsSpan(entry * _width, _width);
        if (_slots[entry] != slot)
        {
            _slots[entry] = -1; // a read that fails leaves no half-filled entry behind
            _table.CopySignatures(slot, cached);
            _slots[entry] = slot;
        }

        cached.CopyTo(into);
    }
}

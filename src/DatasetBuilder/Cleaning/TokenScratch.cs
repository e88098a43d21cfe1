namespace DatasetBuilder.Cleaning;

/// <summary>
/// The tokens of one key seen so far, by place and hash, for <see cref="TopicWords.CountTokens"/> to count each distinct token
/// once without making a string of it. A hash only narrows the search: equal hashes are compared as text, so the count is exact.
/// </summary>
internal struct TokenScratch
{
    private Range[]? _ranges;
    private int[]? _hashes;

    /// <summary>True when one of the first <paramref name="count"/> tokens recorded is <paramref name="token"/>.</summary>
    public readonly bool Seen(string key, ReadOnlySpan<char> token, int hash, int count)
    {
        for (var j = 0; j < count; j++)
        {
            if (_hashes![j] == hash && key.AsSpan()[_ranges![j]].SequenceEqual(token))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Records token number <paramref name="at"/>.</summary>
    public void Add(int at, Range range, int hash)
    {
        if (_ranges is null || at == _ranges.Length)
        {
            var size = Math.Max(32, at * 2);
            Array.Resize(ref _ranges, size);
            Array.Resize(ref _hashes, size);
        }

        _ranges[at] = range;
        _hashes![at] = hash;
    }
}

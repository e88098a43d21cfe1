namespace DatasetBuilder.Deduplication;

/// <summary>
/// The distinct shingles (ascending) of the texts whose containment is measured exactly, each worked out once and kept,
/// least recently used first out, while they total at most a budget of shingles. Where many articles share paragraphs (heavy
/// syndication) one article is checked against dozens of others, in band after band; reading, normalising and shingling
/// both texts again for every pair was almost all of the dedup stage (about 0.1 ms and 64 KB a pair). Beyond the budget a set
/// is worked out again, so memory stays bounded whatever the corpus. Not thread-safe.
/// </summary>
internal sealed class ShingleSets
{
    /// <summary>Shingles held at most by default: 4 Mi, 32 MB, the sets of about 13 000 articles of 300 shingles.</summary>
    public const long DefaultBudget = 4L << 20;

    private readonly Func<int, string> _textOf;
    private readonly int _shingleWords;
    private readonly long _budget;
    private readonly Dictionary<int, LinkedListNode<(int Slot, ulong[] Shingles)>> _held = [];
    private readonly LinkedList<(int Slot, ulong[] Shingles)> _byUse = new();
    private long _heldShingles;

    /// <summary>The sets of the texts <paramref name="textOf"/> gives, keeping at most <paramref name="budget"/> shingles.</summary>
    public ShingleSets(Func<int, string> textOf, int shingleWords, long budget = DefaultBudget)
    {
        ArgumentNullException.ThrowIfNull(textOf);
        ArgumentOutOfRangeException.ThrowIfNegative(budget);
        _textOf = textOf;
        _shingleWords = shingleWords;
        _budget = budget;
    }

    /// <summary>How many times a text was read and shingled (a set not held, or let go).</summary>
    public int Computed { get; private set; }

    /// <summary>The distinct shingles of slot <paramref name="slot"/>'s text, ascending; the caller must not change them.</summary>
    public ulong[] Of(int slot)
    {
        if (_held.TryGetValue(slot, out var node))
        {
            _byUse.Remove(node);
            _byUse.AddFirst(node);
            return node.Value.Shingles;
        }

        var shingles = ShingleContainment.Shingles(_textOf(slot), _shingleWords);
        Computed++;
        if (shingles.Length > _budget)
        {
            return shingles;
        }

        while (_heldShingles + shingles.Length > _budget)
        {
            var last = _byUse.Last!;
            _byUse.RemoveLast();
            _held.Remove(last.Value.Slot);
            _heldShingles -= last.Value.Shingles.Length;
        }

        _held[slot] = _byUse.AddFirst((slot, shingles));
        _heldShingles += shingles.Length;
        return shingles;
    }
}

namespace DatasetBuilder.Deduplication;

/// <summary>
/// Orders the members of a cluster so that the first is the one kept: earliest published (undated last; a partial date
/// counts as the first day of its period), then the longest cleaned text, then the smallest id (ordinal). A total order, so
/// the choice never depends on input order.
/// </summary>
internal sealed class RepresentativeComparer : IComparer<DedupCandidate>
{
    public static RepresentativeComparer Instance { get; } = new();

    public int Compare(DedupCandidate? x, DedupCandidate? y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        return Compare(x.Published, x.Text.Length, x.Id, y.Published, y.Text.Length, y.Id);
    }

    /// <summary>The same order over two slots of a signature table (which keeps the lengths, not the texts).</summary>
    public static int Compare(SignatureTable table, int x, int y) =>
        Compare(table.Published(x), table.TextLength(x), table.Id(x), table.Published(y), table.TextLength(y), table.Id(y));

    private static int Compare(Model.PartialDate? xPublished, int xLength, string xId, Model.PartialDate? yPublished, int yLength, string yId)
    {
        var byDate = (xPublished, yPublished) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            ({ } a, { } b) => a.EarliestDay.CompareTo(b.EarliestDay),
        };
        if (byDate != 0)
        {
            return byDate;
        }

        var byLength = yLength.CompareTo(xLength);
        return byLength != 0 ? byLength : string.CompareOrdinal(xId, yId);
    }
}

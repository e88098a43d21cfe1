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
        var byDate = (x.Published, y.Published) switch
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

        var byLength = y.Text.Length.CompareTo(x.Text.Length);
        return byLength != 0 ? byLength : string.CompareOrdinal(x.Id, y.Id);
    }
}

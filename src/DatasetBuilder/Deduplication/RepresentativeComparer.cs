using DatasetBuilder.Model;

namespace DatasetBuilder.Deduplication;

/// <summary>
/// Orders candidates for the kept copy of a cluster, among the members that are already "full" (see
/// <see cref="Deduplicator"/>: within <see cref="FullnessRatio"/> of the fullest normalised text, so a truncated excerpt never
/// competes). First the more complete metadata (identified source, url, date, agency: one point each), then the earliest
/// published (a partial date counts as the first day of its period; undated last), then the longer normalised text, then the
/// smallest id (ordinal). A total order, so the choice never depends on input order.
/// </summary>
internal sealed class RepresentativeComparer : IComparer<(DedupCandidate Article, int KeyLength)>
{
    /// <summary>A member whose normalised text is at least this share of the cluster's fullest counts as full. A copy with an
    /// extra byline or a trimmed footer is still the whole story and may win on metadata; a 40 % excerpt may not.</summary>
    public const double FullnessRatio = 0.9;

    public static RepresentativeComparer Instance { get; } = new();

    /// <summary>How many of source (identified), url, date and agency are known.</summary>
    public static int MetadataScore(DedupCandidate article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var identified = !string.IsNullOrEmpty(article.Source) && !string.Equals(article.Source, "unknown", StringComparison.Ordinal);
        return (identified ? 1 : 0) + (string.IsNullOrEmpty(article.Url) ? 0 : 1) + (article.Published is null ? 0 : 1) + (string.IsNullOrEmpty(article.Agency) ? 0 : 1);
    }

    public int Compare((DedupCandidate Article, int KeyLength) x, (DedupCandidate Article, int KeyLength) y)
    {
        var (a, b) = (x.Article, y.Article);
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Compare(MetadataScore(a), a.Published, x.KeyLength, a.Id, MetadataScore(b), b.Published, y.KeyLength, b.Id);
    }

    /// <summary>The same order over two slots of a signature table (which keeps the scores and lengths, not the texts).</summary>
    public static int Compare(SignatureTable table, int x, int y)
    {
        ArgumentNullException.ThrowIfNull(table);
        return Compare(table.MetadataScore(x), table.Published(x), table.KeyLength(x), table.Id(x), table.MetadataScore(y), table.Published(y), table.KeyLength(y), table.Id(y));
    }

    private static int Compare(int xScore, PartialDate? xPublished, int xLength, string xId, int yScore, PartialDate? yPublished, int yLength, string yId)
    {
        var byMetadata = yScore.CompareTo(xScore);
        if (byMetadata != 0)
        {
            return byMetadata;
        }

        var byDate = (xPublished, yPublished) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            ({ } p, { } q) => p.EarliestDay.CompareTo(q.EarliestDay),
        };
        if (byDate != 0)
        {
            return byDate;
        }

        var byLength = yLength.CompareTo(xLength);
        return byLength != 0 ? byLength : string.CompareOrdinal(xId, yId);
    }
}

using DatasetBuilder.Cleaning;
using DatasetBuilder.Model;

namespace DatasetBuilder.Writing;

/// <summary>
/// Writes the cleaning audit of a release: every span removed from every released article, with its rule and reason,
/// ordered by article id then offset, ZSTD-compressed, as <c>audit/removals.parquet</c>.
/// </summary>
public sealed class RemovalAuditWriter
{
    /// <summary>Path of the audit file inside a release folder (forward slashes, as in the manifest).</summary>
    public const string RelativePath = "audit/removals.parquet";

    /// <summary>The audit rows of <paramref name="articles"/>, in the file's order.</summary>
    public static IReadOnlyList<RemovalAuditRow> Rows(IEnumerable<(Article Article, CleaningResult Cleaned)> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return [.. articles
            .OrderBy(static a => a.Article.Id, StringComparer.Ordinal)
            .SelectMany(static a => RowsOf(a.Article, a.Cleaned))];
    }

    /// <summary>The audit rows of one article, ordered by offset.</summary>
    public static IEnumerable<RemovalAuditRow> RowsOf(Article article, CleaningResult cleaned)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(cleaned);
        return cleaned.Removals
            .OrderBy(static r => r.Start)
            .Select(r => new RemovalAuditRow
            {
                Id = article.Id,
                Rule = r.RuleId,
                Start = r.Start,
                Length = r.Length,
                Reason = r.Reason,
                RemovedText = article.Text.Substring(r.Start, r.Length),
            });
    }

    /// <summary>Writes the audit under <paramref name="releaseDirectory"/> and returns its relative path.</summary>
    public async Task<string> WriteAsync(string releaseDirectory, IEnumerable<(Article Article, CleaningResult Cleaned)> articles, CancellationToken cancellationToken = default)
    {
        var audit = RemovalAuditFile.Create(releaseDirectory);
        await using (audit.ConfigureAwait(false))
        {
            await audit.AddAsync(Rows(articles), cancellationToken).ConfigureAwait(false);
            await audit.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        return RelativePath;
    }
}

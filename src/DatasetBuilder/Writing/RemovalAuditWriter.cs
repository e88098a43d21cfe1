using DatasetBuilder.Cleaning;
using DatasetBuilder.Model;
using Parquet;
using Parquet.Serialization;

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
            .SelectMany(static a => a.Cleaned.Removals
                .OrderBy(static r => r.Start)
                .Select(r => new RemovalAuditRow
                {
                    Id = a.Article.Id,
                    Rule = r.RuleId,
                    Start = r.Start,
                    Length = r.Length,
                    Reason = r.Reason,
                    RemovedText = a.Article.Text.Substring(r.Start, r.Length),
                }))];
    }

    /// <summary>Writes the audit under <paramref name="releaseDirectory"/> and returns its relative path.</summary>
    public async Task<string> WriteAsync(string releaseDirectory, IEnumerable<(Article Article, CleaningResult Cleaned)> articles, CancellationToken cancellationToken = default)
    {
        var rows = Rows(articles);
        var full = Path.Combine(releaseDirectory, RelativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        await using var stream = new FileStream(full, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
        var options = new ParquetOptions { CompressionMethod = CompressionMethod.Zstd, CompressionLevel = System.IO.Compression.CompressionLevel.Optimal };
        await ParquetSerializer.SerializeAsync(rows, stream, options, cancellationToken: cancellationToken).ConfigureAwait(false);
        return RelativePath;
    }
}

using DatasetBuilder.Cleaning;
using DatasetBuilder.Deduplication;
using DatasetBuilder.Model;
using DatasetBuilder.Text;

namespace DatasetBuilder.Writing;

/// <summary>Builds the released row of one article from its contribution, its cleaning result and its cluster.</summary>
public static class DatasetRowFactory
{
    /// <summary>The row of <paramref name="article"/>; <paramref name="rawSha256"/> is its raw text's SHA-256 when the caller already has it.</summary>
    public static DatasetRow Create(Article article, SourceProfile? source, CleaningResult cleaned, ClusterAssignment cluster, int clusterSize, string? rawSha256 = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(cleaned);
        ArgumentNullException.ThrowIfNull(cluster);
        var metadata = cleaned.Metadata;
        var published = article.Published ?? metadata.Published;
        var text = cleaned.Text;
        return new DatasetRow
        {
            Id = article.Id,
            Source = article.Source,
            SourceName = source?.NameEn ?? source?.NameAr,
            Url = article.Url,
            Title = ParagraphNormalizer.NormalizeLine(article.Title),
            Subtitle = (article.Subtitle ?? metadata.Subtitle) is { } sub ? ParagraphNormalizer.NormalizeLine(sub) : null,
            PublishedDate = published?.EarliestDay,
            PublishedPrecision = published?.Precision.ToString().ToLowerInvariant(),
            Language = article.Language,
            Authors = [.. (article.Authors.Count > 0 ? article.Authors : metadata.Authors)],
            Agency = article.Agency ?? metadata.Agency,
            Text = text,
            CharCount = text.Length,
            WordCount = cleaned.WordCount ?? CountWords(text),
            ParagraphCount = ParagraphCount(text),
            TextSha256 = ContentHash.Sha256Hex(text),
            RawSha256 = rawSha256 ?? ContentHash.Sha256Hex(article.Text),
            RemovedCharCount = cleaned.Removals.Sum(static r => r.Length),
            DedupCluster = cluster.ClusterId,
            DedupClusterSize = clusterSize,
        };
    }

    /// <summary>
    /// The paragraphs of a cleaned text (joined by a blank line): as many as <c>text.Split("\n\n")</c> gives, counted without
    /// copying every paragraph out of the text.
    /// </summary>
    internal static int ParagraphCount(string text) => text.Length == 0 ? 0 : text.AsSpan().Count("\n\n") + 1;

    /// <summary>
    /// Words are maximal runs of letters or digits (Arabic and Latin alike) with their marks; punctuation is not a word: the
    /// cleaner's own count (<see cref="LineShape.WordCount(string)"/>), which was a second copy of the same loop.
    /// </summary>
    internal static int CountWords(string text) => LineShape.WordCount(text);
}

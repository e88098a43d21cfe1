using DatasetBuilder.Model;

namespace DatasetBuilder.Cleaning;

/// <summary>
/// Learns each source's template from the whole corpus: a line (compared by its matching key) that appears in at least
/// <see cref="MinArticles"/> articles of one source, and in at least a fifth of them, is the site's, not an article's.
/// Body paragraphs are never learned, so near-duplicate articles cannot teach the cleaner to strip their own bodies, and the
/// reserved source <c>unknown</c> is not a site (its articles come from many), so nothing is learned for it. The result
/// depends only on the set of articles, never on their order.
/// </summary>
public sealed class SiteTemplateLearner
{
    /// <summary>Articles of one source a line must appear in to count as template.</summary>
    public const int MinArticles = 3;

    /// <summary>Share of a source's articles a line must appear in to count as template.</summary>
    public const double MinShare = 0.2;

    /// <summary>The reserved source of articles whose site is not identified.</summary>
    public const string UnknownSource = "unknown";

    /// <summary>Learned templates, one per source that has any, ordered by source id.</summary>
    public IReadOnlyList<SiteTemplate> Learn(IEnumerable<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var articleCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            if (string.Equals(article.Source, UnknownSource, StringComparison.Ordinal))
            {
                continue;
            }

            articleCounts[article.Source] = articleCounts.GetValueOrDefault(article.Source) + 1;
            if (!counts.TryGetValue(article.Source, out var lines))
            {
                lines = new Dictionary<string, int>(StringComparer.Ordinal);
                counts[article.Source] = lines;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var line in new CleaningDocument(new CleaningContext { Article = article }).Lines)
            {
                if (!line.IsBlank && !LineShape.IsBodyParagraph(line.Text) && seen.Add(line.Key))
                {
                    lines[line.Key] = lines.GetValueOrDefault(line.Key) + 1;
                }
            }
        }

        var templates = new List<SiteTemplate>();
        foreach (var (source, lines) in counts.OrderBy(static c => c.Key, StringComparer.Ordinal))
        {
            var learned = new SortedDictionary<string, int>(StringComparer.Ordinal);
            var threshold = Math.Max(MinArticles, (int)Math.Ceiling(MinShare * articleCounts[source]));
            foreach (var (key, count) in lines)
            {
                if (count >= threshold)
                {
                    learned[key] = count;
                }
            }

            if (learned.Count > 0)
            {
                templates.Add(new SiteTemplate(source, learned));
            }
        }

        return templates;
    }
}

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
        var counter = new SiteTemplateCounter();
        foreach (var article in articles)
        {
            counter.Add(article);
        }

        return counter.Learn();
    }
}

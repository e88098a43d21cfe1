using DatasetBuilder.Cleaning;

namespace DatasetBuilder.Evaluation;

/// <summary>
/// Cleans every article of a gold set the way <c>build</c> would (site templates learned from the whole corpus first,
/// profiles on or off) and scores each cleaned body against its gold body, paragraph by paragraph.
/// </summary>
public static class CleaningEvaluation
{
    public static EvaluationReport Run(GoldSet set, EvaluationOptions options)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(options);
        var templates = options.UseTemplates
            ? new SiteTemplateLearner().Learn(set.Corpus).ToDictionary(static t => t.Source, StringComparer.Ordinal)
            : [];
        var cleaner = new ArticleCleaner();
        var articles = set.Articles
            .Select(g =>
            {
                var result = cleaner.Clean(new CleaningContext
                {
                    Article = g.Article,
                    Profile = set.Profiles.GetValueOrDefault(g.Article.Source),
                    Template = templates.GetValueOrDefault(g.Article.Source),
                    UseProfiles = options.UseProfiles,
                });
                return new ArticleEvaluation(g.Article.Id, g.Article.Source, g.GoldFile, CleaningEvaluator.Score(result.Text, g.Gold));
            })
            .OrderBy(static a => a.Id, StringComparer.Ordinal)
            .ToList();
        var overall = new EvaluationTotals(
            articles.Sum(static a => a.Score.Kept),
            articles.Sum(static a => a.Score.Gold),
            articles.Sum(static a => a.Score.Matched),
            articles.Sum(static a => a.Score.Missed.Count),
            articles.Sum(static a => a.Score.Extra.Count));
        return new EvaluationReport { Options = options, Articles = articles, Overall = overall };
    }
}

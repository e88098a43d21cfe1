namespace DatasetBuilder.Evaluation;

/// <summary>The result of evaluating the cleaner on a gold set: totals, every article, and the worst ones.</summary>
public sealed record EvaluationReport
{
    public required EvaluationOptions Options { get; init; }

    /// <summary>Every article, ordered by id.</summary>
    public required IReadOnlyList<ArticleEvaluation> Articles { get; init; }

    /// <summary>Paragraph counts over all articles.</summary>
    public required EvaluationTotals Overall { get; init; }

    /// <summary>Mean of the articles' F1 (macro average: every article weighs the same); 1 for no article.</summary>
    public double MacroF1 => Articles.Count == 0 ? 1 : Articles.Average(static a => a.Score.F1);

    /// <summary>
    /// The articles with something missed or extra, lowest F1 first (then most paragraphs lost, then id), at most
    /// <see cref="EvaluationOptions.Worst"/>.
    /// </summary>
    public IReadOnlyList<ArticleEvaluation> Worst =>
        [.. Articles.Where(static a => a.Score.Missed.Count + a.Score.Extra.Count > 0)
            .OrderBy(static a => a.Score.F1)
            .ThenByDescending(static a => a.Score.Missed.Count)
            .ThenBy(static a => a.Id, StringComparer.Ordinal)
            .Take(Options.Worst)];
}

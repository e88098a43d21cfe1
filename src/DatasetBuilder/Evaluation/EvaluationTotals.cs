namespace DatasetBuilder.Evaluation;

/// <summary>Paragraph counts summed over a set of articles (micro average: every paragraph weighs the same).</summary>
/// <param name="Kept">Paragraphs the cleaner kept.</param>
/// <param name="Gold">Paragraphs of the gold bodies.</param>
/// <param name="Matched">Kept paragraphs that are gold paragraphs.</param>
/// <param name="Missed">Gold paragraphs the cleaner lost.</param>
/// <param name="Extra">Kept paragraphs that are not gold.</param>
public sealed record EvaluationTotals(int Kept, int Gold, int Matched, int Missed, int Extra)
{
    public double Precision => Kept == 0 ? (Gold == 0 ? 1 : 0) : (double)Matched / Kept;

    public double Recall => Gold == 0 ? 1 : (double)(Gold - Missed) / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

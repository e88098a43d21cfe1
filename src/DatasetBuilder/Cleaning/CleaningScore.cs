namespace DatasetBuilder.Cleaning;

/// <summary>Paragraph-level agreement of a cleaned text with a gold body.</summary>
/// <param name="Kept">Paragraphs the cleaner kept.</param>
/// <param name="Gold">Paragraphs of the gold body.</param>
/// <param name="Matched">Kept paragraphs that are gold paragraphs (compared by matching key).</param>
/// <param name="Missed">Gold paragraphs the cleaner lost, in gold order.</param>
/// <param name="Extra">Kept paragraphs that are not in the gold body, in text order.</param>
public sealed record CleaningScore(int Kept, int Gold, int Matched, IReadOnlyList<string> Missed, IReadOnlyList<string> Extra)
{
    public double Precision => Kept == 0 ? (Gold == 0 ? 1 : 0) : (double)Matched / Kept;

    public double Recall => Gold == 0 ? 1 : (double)(Gold - Missed.Count) / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

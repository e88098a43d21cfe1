using DatasetBuilder.Text;

namespace DatasetBuilder.Cleaning;

/// <summary>
/// Scores a cleaned text against a gold body, paragraph by paragraph (paragraphs are the blank-line-separated blocks; they
/// are compared by their matching key, so invisible formatting and spacing do not count as differences).
/// </summary>
public static class CleaningEvaluator
{
    public static CleaningScore Score(string cleaned, string gold)
    {
        ArgumentNullException.ThrowIfNull(cleaned);
        ArgumentNullException.ThrowIfNull(gold);
        var kept = Paragraphs(cleaned);
        var expected = Paragraphs(gold);
        var remaining = expected.GroupBy(static p => p.Key, StringComparer.Ordinal).ToDictionary(static g => g.Key, static g => g.Count(), StringComparer.Ordinal);
        var extra = new List<string>();
        var matched = 0;
        foreach (var (key, text) in kept)
        {
            if (remaining.GetValueOrDefault(key) > 0)
            {
                remaining[key]--;
                matched++;
            }
            else
            {
                extra.Add(text);
            }
        }

        var keptKeys = kept.GroupBy(static p => p.Key, StringComparer.Ordinal).ToDictionary(static g => g.Key, static g => g.Count(), StringComparer.Ordinal);
        var missed = new List<string>();
        foreach (var (key, text) in expected)
        {
            if (keptKeys.GetValueOrDefault(key) > 0)
            {
                keptKeys[key]--;
            }
            else
            {
                missed.Add(text);
            }
        }

        return new CleaningScore(kept.Count, expected.Count, matched, missed, extra);
    }

    private static List<(string Key, string Text)> Paragraphs(string text) =>
        [.. text.ReplaceLineEndings("\n").Split("\n\n")
            .Select(static p => ParagraphNormalizer.NormalizeLine(p))
            .Where(static p => p.Length > 0)
            .Select(static p => (ArabicNormalizer.Normalize(p), p))];
}

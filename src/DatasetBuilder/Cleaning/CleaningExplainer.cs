namespace DatasetBuilder.Cleaning;

/// <summary>Lays a cleaning result over its raw text, in text order, for <c>clean --explain</c>: what stayed and what went, and why.</summary>
public static class CleaningExplainer
{
    public static IReadOnlyList<ExplainedSegment> Explain(string rawText, CleaningResult result)
    {
        ArgumentNullException.ThrowIfNull(rawText);
        ArgumentNullException.ThrowIfNull(result);
        var segments = new List<ExplainedSegment>();
        var removals = result.Removals.OrderBy(static r => r.Start).ToList();
        var next = 0;
        var position = 0;
        foreach (var line in Lines(rawText))
        {
            if (line.End <= position)
            {
                continue;
            }

            if (next < removals.Count && line.Start >= removals[next].Start)
            {
                var removal = removals[next++];
                var end = removal.Start + removal.Length;
                var lines = Lines(rawText[removal.Start..end]).Select(l => ParagraphNormalizer.NormalizeLine(rawText.AsSpan(removal.Start + l.Start, l.End - l.Start))).Where(static t => t.Length > 0).ToList();
                segments.Add(new ExplainedSegment(lines, removal));
                position = end;
                continue;
            }

            var text = ParagraphNormalizer.NormalizeLine(rawText.AsSpan(line.Start, line.End - line.Start));
            if (text.Length > 0)
            {
                segments.Add(new ExplainedSegment([text], null));
            }

            position = line.End;
        }

        return segments;
    }

    private static List<(int Start, int End)> Lines(string text)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085')
            {
                lines.Add((start, i));
                start = i + 1;
            }
        }

        return lines;
    }
}

namespace DatasetBuilder.Importing;

/// <summary>
/// Keeps the article out of the blocks a content extractor returns: the run of paragraphs where long blocks follow each
/// other with at most a few short ones between them (subheadings, captions), the run holding the most text. What
/// Readability tends to bring along around it — a date/views/read-time header, the headline again, tag lists,
/// "next/previous" headlines, app promotions — are short blocks or sit beyond a gap of short ones.
/// </summary>
public static class ArticleBlockSelector
{
    /// <summary>A block of this many words reads as a paragraph of the article.</summary>
    private const int ParagraphWords = 10;

    /// <summary>How many short blocks in a row may sit inside the article (a subheading and a caption, say).</summary>
    private const int MaxShortGap = 3;

    public static IReadOnlyList<string> Select(IReadOnlyList<string> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var visible = blocks.Where(static b => b.Any(char.IsLetterOrDigit)).ToList();
        var best = (Start: -1, End: -1, Chars: 0);
        var current = (Start: -1, End: -1, Chars: 0);
        var gap = 0;
        for (var i = 0; i < visible.Count; i++)
        {
            if (!IsParagraph(visible[i]))
            {
                gap++;
                continue;
            }

            if (current.Start < 0 || gap > MaxShortGap)
            {
                current = (i, i, 0);
            }

            current.End = i;
            current.Chars += visible[i].Length;
            gap = 0;
            if (current.Chars > best.Chars)
            {
                best = current;
            }
        }

        // No paragraph-length block at all (a page of short lines): keep everything rather than guess.
        return best.Start < 0 ? visible : visible.GetRange(best.Start, best.End - best.Start + 1);
    }

    private static bool IsParagraph(string block) => block.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length >= ParagraphWords;
}

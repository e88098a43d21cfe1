namespace DatasetBuilder.Cleaning.Rules;

/// <summary>
/// The last rule: what is left before the first body paragraph (menus, labels, kickers) and after the last sentence
/// (site names, labels, link lists) is not article text. Lines between the first and the last sentence are never touched
/// here, which is what keeps in-article subheadings.
/// </summary>
internal sealed class OutsideBodyRule : CleaningRule
{
    public override string Id => CleaningRules.OutsideBody;

    public override string Description => "short non-sentence lines before the first paragraph or after the last sentence (menus, labels, site names)";

    protected override void Run(CleaningDocument document)
    {
        var first = document.FirstBodyParagraph();
        if (first < 0)
        {
            return; // no paragraph to anchor on: leave the text as it is rather than guess
        }

        var last = ExtendOverClosingList(document, document.LastSentence());
        foreach (var i in document.Kept().ToList())
        {
            if (i < first)
            {
                document.Remove(i, Id, "before the first paragraph and not a sentence: a menu, label or kicker");
            }
            else if (i > last)
            {
                document.Remove(i, Id, "after the last sentence and not a sentence: a label, site name or link");
            }
        }
    }

    /// <summary>
    /// An article may end on a list ("وأوصت الوزارة بما يلي:" and numbered or bulleted items without stops): the items, and
    /// the line announcing them, belong to the article. Returns the last line of such a list right after
    /// <paramref name="last"/>, or <paramref name="last"/>.
    /// </summary>
    private static int ExtendOverClosingList(CleaningDocument document, int last)
    {
        if (last < 0)
        {
            return last;
        }

        var end = last;
        var items = 0;
        var bullets = 0;
        var introduced = document.Lines[last].Text.TrimEnd().EndsWith(':');
        for (var i = last + 1; i < document.Lines.Count; i++)
        {
            if (document.Lines[i].IsBlank)
            {
                continue;
            }

            var text = document.Lines[i].Text;
            if (!document.IsKept(i))
            {
                break;
            }

            if (LineShape.IsListItem(text))
            {
                items++;
                bullets += text.TrimStart().Length > 0 && !char.IsDigit(text.TrimStart()[0]) && !char.IsLetter(text.TrimStart()[0]) ? 1 : 0;
                end = i;
            }
            else if (items == 0 && !introduced && text.TrimEnd().EndsWith(':') && LineShape.WordCount(text) >= 3 && LineShape.ArabicShare(text) >= 0.5)
            {
                introduced = true;
                end = i;
            }
            else
            {
                break;
            }
        }

        // Bulleted lines after an article are as often a list of links; they count only when a line announced them.
        return items >= 2 && (introduced || bullets == 0) ? end : last;
    }
}

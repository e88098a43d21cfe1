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

        var last = document.LastSentence();
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
}

namespace DatasetBuilder.Cleaning.Rules;

/// <summary>
/// Removes a second, unrelated article glued after the real one. A restart is a block of non-paragraph lines after the
/// article has started that looks like a page header (a line repeated in the block, a logo token, a caption or a date line),
/// followed by paragraphs whose topic does not continue the title and lead. In-article subheadings are single lines and
/// continue the topic, so they stay.
/// </summary>
internal sealed class AppendedArticleRule : CleaningRule
{
    public override string Id => CleaningRules.AppendedArticle;

    public override string Description => "a second, unrelated article appended after the real one (a new headline block, then a change of topic)";

    protected override void Run(CleaningDocument document)
    {
        var first = document.FirstBodyParagraph();
        if (first < 0)
        {
            return;
        }

        var i = first + 1;
        while (i < document.Lines.Count)
        {
            if (!document.IsKept(i) || document.IsBody(i))
            {
                i++;
                continue;
            }

            var next = document.FirstBodyParagraph(i);
            if (next < 0)
            {
                return; // nothing but short lines follow: the footer rules deal with them
            }

            var block = Enumerable.Range(i, next - i).Where(document.IsKept).ToList();
            if (LooksLikeHeader(document, block) is { } signal && !document.ContinuesTopic(i, next, out var coverage))
            {
                document.RemoveFrom(i, Id, string.Create(
                    System.Globalization.CultureInfo.InvariantCulture,
                    $"a new article starts at \"{Shorten(document.Lines[block[0]].Text)}\": {signal}, and only {coverage:P0} of the following paragraphs' words occur in the article before it"));
                return;
            }

            i = next;
        }
    }

    private static string? LooksLikeHeader(CleaningDocument document, List<int> block)
    {
        if (block.Count < 2)
        {
            return null;
        }

        var keys = block.Select(b => document.Lines[b].Key).ToList();
        if (keys.Distinct(StringComparer.Ordinal).Count() < keys.Count)
        {
            return "lines repeated as in a page header";
        }

        if (block.Exists(b => NavigationRule.IsLogoToken(document.Lines[b].Text)))
        {
            return "a logo token";
        }

        if (block.Exists(b => LineShape.EndsWithCredit(document.Lines[b].Text) || DateLineRule.IsDateLine(document.Lines[b].Text, out _)))
        {
            return "a headline with a caption or date line";
        }

        if (block.Exists(b => BylineRule.Parse(document.Lines[b].Text) is not null))
        {
            return "a headline with a byline";
        }

        return null;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}

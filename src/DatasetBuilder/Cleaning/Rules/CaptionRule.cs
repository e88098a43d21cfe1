using System.Text.RegularExpressions;

namespace DatasetBuilder.Cleaning.Rules;

/// <summary>
/// Removes photo captions and credits: lines ending in a short parenthesised credit ("… (رويترز)", "… (ألكسندر بوغدانوف/فرانس برس)")
/// and credit lines ("Фото: …", "الصورة: …", "تصوير: …").
/// </summary>
internal sealed partial class CaptionRule : CleaningRule
{
    public override string Id => CleaningRules.Caption;

    public override string Description => "photo captions ending in a photographer or agency credit, and photo-credit lines (\"الصورة:\", \"Фото:\")";

    protected override void Run(CleaningDocument document)
    {
        foreach (var i in document.Kept().ToList())
        {
            var line = document.Lines[i];
            if (CreditLine().IsMatch(line.Key) && LineShape.WordCount(line.Text) <= 15)
            {
                document.Remove(i, Id, "photo credit");
            }
            else if (LineShape.EndsWithCredit(line.Text))
            {
                document.Remove(i, Id, "photo caption with a credit");
            }
        }
    }

    [GeneratedRegex(@"^\(?\s*(?:фото|photo|photos|credit|الصوره|الصور|صوره|صور|تصوير|مصدر الصوره|حقوق الصوره|الصوره من|صوره ارشيفيه|صوره تعبيريه)\s*(?:[:：\-–]|$|\))", RegexOptions.CultureInvariant)]
    private static partial Regex CreditLine();
}

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
        foreach (var i in document.Kept())
        {
            var line = document.Lines[i];
            if (IsCreditLine(line))
            {
                document.Remove(i, Id, "photo credit");
            }
            else if (LineShape.EndsWithCredit(line.Text))
            {
                document.Remove(i, Id, "photo caption with a credit");
            }
        }
    }

    /// <summary>
    /// A credit or caption line opened by its label: "Фото:", "الصورة:", "تصوير:", "صورة أرشيفية", and the labels of pages that
    /// print the photo's source and caption as text ("صدر الصورة، Getty Images", "التعليق على الصورة، …").
    /// </summary>
    internal static bool IsCreditLine(DocumentLine line) => CreditLine().IsMatch(line.Key) && line.WordCount <= 25;

    [GeneratedRegex(@"^\(?\s*(?:фото|photo|photos|credit|image source|الصوره|الصور|صوره|صور|تصوير|مصدر الصوره|صدر الصوره|حقوق الصوره|الصوره من|صوره من|صوره ارشيفيه|صوره تعبيريه|صوره توضيحيه|التعليق علي الصوره|تعليق علي الصوره|شرح الصوره|تعليق الصوره)\s*(?:[:：\-–،,]|$|\))", RegexOptions.CultureInvariant)]
    private static partial Regex CreditLine();
}

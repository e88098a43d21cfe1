using System.Text.RegularExpressions;

namespace DatasetBuilder.Cleaning.Rules;

/// <summary>Removes attribution lines ("المصدر: تاس", "نقلا عن …", "Source: …") and moves the named origin into the agency.</summary>
internal sealed partial class AttributionRule : CleaningRule
{
    public override string Id => CleaningRules.Attribution;

    public override string Description => "attribution lines (\"المصدر: …\", \"نقلا عن …\"), moved into the agency";

    protected override void Run(CleaningDocument document)
    {
        foreach (var i in document.Kept().ToList())
        {
            var text = document.Lines[i].Text;
            if (LineShape.WordCount(text) > 10 || LineShape.EndsSentence(text))
            {
                continue;
            }

            var match = Attribution().Match(text);
            if (!match.Success)
            {
                continue;
            }

            var origin = match.Groups["origin"].Value.Trim(' ', '.', ':', '-');
            document.Remove(i, Id, "attribution line");
            if (origin.Length > 0)
            {
                document.Agency ??= origin;
            }
        }
    }

    /// <summary>True when the line is a short attribution line ("المصدر: تاس").</summary>
    internal static bool IsAttribution(string text) => LineShape.WordCount(text) <= 10 && !LineShape.EndsSentence(text) && Attribution().IsMatch(text);

    // Matched on the stored text: hamza and diacritic variants of the cue words are spelled out.
    [GeneratedRegex(@"^\s*(?:المصدر|مصدر\s+الخبر|المصادر|نقلا\s+عن|نقلاً\s+عن|نقلًا\s+عن|source|via)\s*[:：\-–]?\s*(?<origin>.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex Attribution();
}

using System.Text.RegularExpressions;
using DatasetBuilder.Text;

namespace DatasetBuilder.Cleaning.Rules;

/// <summary>
/// Removes lines that are just a publication date ("١٠ يناير ٢٠٢٢", "الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)")
/// and moves the first one before the body, else the first one at all, into the published date.
/// </summary>
internal sealed partial class DateLineRule : CleaningRule
{
    public override string Id => CleaningRules.DateLine;

    public override string Description => "lines that are just a publication date (Arabic-Indic or Latin digits, Arabic month names), moved into the published date";

    protected override void Run(CleaningDocument document)
    {
        var first = document.FirstBodyParagraph();
        foreach (var i in document.Kept().ToList())
        {
            if (!IsDateLine(document.Lines[i].Text, out var date))
            {
                continue;
            }

            document.Remove(i, Id, $"date line ({date})");
            if (document.Published is null || (first >= 0 && i < first && document.PublishedLine > first))
            {
                document.Published = date;
                document.PublishedLine = i;
            }
        }
    }

    /// <summary>
    /// <see cref="ArabicDateParser.IsDateLine"/>, also accepting a time-zone offset of four digits ("(GMT+0400)") and, after a
    /// time of day, a short parenthesised zone note ("10:25 PM (توقيت مكة)").
    /// </summary>
    internal static bool IsDateLine(string text, out Model.PartialDate date)
    {
        var bare = ZoneOffset().Replace(text, " ");
        if (TimeOfDay().IsMatch(bare))
        {
            bare = ZoneNote().Replace(bare, " ");
        }

        return ArabicDateParser.IsDateLine(bare, out date);
    }

    [GeneratedRegex(@"\d{1,2}:\d{2}", RegexOptions.CultureInvariant)]
    private static partial Regex TimeOfDay();

    [GeneratedRegex(@"\([^()]{1,30}\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ZoneNote();

    [GeneratedRegex(@"\(?\s*(?:GMT|UTC)\s*[+\-]\s*\d{2}:?\d{2}\s*\)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ZoneOffset();
}

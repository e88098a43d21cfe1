using System.Text.RegularExpressions;

namespace DatasetBuilder.Cleaning.Rules;

/// <summary>
/// Finds the site's app box: an app store's badge under the site's app promotion ("احصل عليه من Google Play"), and the pitch
/// between the box's call and its badges. The removals are recorded under the rule that asks (<see cref="NavigationRule"/>).
/// </summary>
internal sealed partial class AppBoxes(string ruleId)
{
    private readonly string _ruleId = ruleId;

    /// <summary>Most lines of an app box's pitch between its call and its badges.</summary>
    private const int MaxAppPitchLines = 2;

    /// <summary>
    /// Removes the pitch of the site's app box, the lines between its call and the store badge at <paramref name="badge"/>
    /// ("حمّل تطبيق أردرويد الآن" over "واحصل على آخر الأخبار لحظة بلحظة" over "احصل عليه من Google Play"): short, with no
    /// full stop, only under the call, which the footer rule takes, and only after the article (a how-to's steps may name the
    /// app and its store and go on).
    /// </summary>
    public void RemoveAppPitch(CleaningDocument document, int badge)
    {
        var above = document.PreviousNonBlank(badge);
        while (above >= 0 && !document.IsKept(above) && document.RemovedBy(above) == _ruleId && above > badge - 4)
        {
            above = document.PreviousNonBlank(above);
        }

        var pitch = new List<int>();
        while (above >= 0 && document.IsKept(above) && pitch.Count < MaxAppPitchLines && !FooterRule.IsPromotion(document.Lines[above])
               && document.Lines[above].WordCount <= 12 && !LineShape.EndsSentence(document.Lines[above].Text))
        {
            pitch.Add(above);
            above = document.PreviousNonBlank(above);
        }

        if (pitch.Count > 0 && above >= 0 && document.IsKept(above) && FooterRule.IsPromotion(document.Lines[above]) && document.FirstBodyParagraph(badge + 1) < 0)
        {
            foreach (var line in pitch)
            {
                document.Remove(line, _ruleId, "the pitch of the site's app box (between its call and the store's badge)");
            }
        }
    }

    /// <summary>
    /// An app store's badge under the site's app promotion ("احصل عليه من Google Play", "متوفر على App Store"), or null. Not an
    /// item of a list the article introduces ("… من المتاجر التالية:" over "متاح على Google Play" and "متاح على App Store").
    /// </summary>
    internal static string? StoreBadgeOf(CleaningDocument document, int index)
    {
        var line = document.Lines[index];
        if (line.WordCount > MaxStoreBadgeWords || !StoreBadge().IsMatch(line.Key))
        {
            return null;
        }

        var first = index;
        while (document.PreviousNonBlank(first) is var above and >= 0 && StoreBadge().IsMatch(document.Lines[above].Key))
        {
            first = above;
        }

        if (NavigationRule.IntroducesList(document, first))
        {
            return null;
        }

        // Inside the text an app box shows both stores; one store alone there is a how-to's step ("متوفر على Google Play").
        var paired = (document.PreviousNonBlank(index) is var previous and >= 0 && StoreBadge().IsMatch(document.Lines[previous].Key))
            || (document.NextNonBlank(index) is var following and >= 0 && StoreBadge().IsMatch(document.Lines[following].Key));
        return paired || document.FirstBodyParagraph(index + 1) < 0 ? StoreBadgeKind : null;
    }

    internal const string StoreBadgeKind = "an app store's badge (\"احصل عليه من Google Play\")";

    /// <summary>Most words of an app store's badge.</summary>
    private const int MaxStoreBadgeWords = 6;

    /// <summary>
    /// An app store's badge, folded, the whole line: "احصل عليه من Google Play", "متوفر على App Store", "Download on the App
    /// Store". A sentence names the store after its subject ("التطبيق متوفر على App Store"), not alone.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:(?:احصل عليه|حمله|حملها|نزله|نزلها|متوفر|متوفره|متاح|متاحه|get it|download(?: it)?|available)\s+(?:من|علي|في|on|from|in)\s+(?:the\s+)?)?(?:google play|app store|appgallery|جوجل بلاي|غوغل بلاي|اب ستور|ابل ستور)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StoreBadge();
}

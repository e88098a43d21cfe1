using System.Text.RegularExpressions;
using DatasetBuilder.Cleaning.Rules;
using DatasetBuilder.Text;

namespace DatasetBuilder.Cleaning;

/// <summary>
/// Whether a line the headline rule removes from under the headline may be kept as the article's subtitle. The rule removes
/// whatever stands between the headline and the lead, rightly; but what stands there is often not a standfirst: a date or
/// time the date rule did not read, a byline or dateline ("بي بي سي نيوز عربي - أبوظبي"), a photo's credited caption, a
/// promotion of the site's channels. Those are removed and not offered as the subtitle.
/// </summary>
internal static partial class SubtitleShape
{
    /// <summary>Fewest words of a subtitle: a standfirst says something; a label, a name or a place does not.</summary>
    private const int MinWords = 5;

    /// <summary>Most words of a line read as a dateline or byline when short parts are parted by bars or dashes.</summary>
    private const int MaxPartedWords = 6;

    public static bool IsPlausible(DocumentLine line)
    {
        var text = line.Text;
        if (line.WordCount < MinWords || text.TrimEnd().EndsWith(':') || text.TrimStart() is ['•' or '●' or '▪' or '◾' or '*' or '■', ..] || text.Contains('©', StringComparison.Ordinal)
            || Lexicon.ContainsAny(line.Key, PhotoWords) || LineShape.EndsWithCredit(text) || FooterRule.IsPromotion(line)
            || FooterRule.IsPublicationNote(line))
        {
            return false;
        }

        // A stamp is mostly its date and time ("تم نشر هذا المحتوى على 12 نوفمبر 2025 - 14:05"); a standfirst may name a date
        // among its words ("القادة العرب يجتمعون في الرياض في 12 مارس 2025 لبحث …"). A byline is short, and so is read as one
        // only here ("تحرير سعر الصرف، خطوة ينتظرها …" opens on a cue used as a noun).
        if (((ArabicDateParser.FindAll(text).Count > 0 || LineShape.HasClockTime(text)) && ArabicDateParser.WordsBesideDate(text) < MinWords)
            || (line.WordCount <= MaxPartedWords && BylineRule.Parse(text) is not null) || PublicationStamp().IsMatch(line.Key) || TrailingBracket().IsMatch(text)
            || CreditCue().IsMatch(line.Key))
        {
            return false;
        }

        // "أخبار الآن | دبي – الإمارات العربية المتحدة", "عمر المزين ـ كود // الدار البيضاء": a site, a writer, a place; and a
        // caption's credit after a dash ("مسافرون في صالة المغادرة … - رويترز", "… - المكتب الإعلامي").
        return !(line.WordCount <= MaxPartedWords && PartSeparator().IsMatch(text)) && !TrailingCredit().IsMatch(text);
    }

    /// <summary>Folded words of a photo's caption or credit ("صورة أرشيفية", "حقوق النشر").</summary>
    private static readonly string[] PhotoWords = Lexicon.List(["صورة أرشيفية", "أرشيفية", "أرشيفيه", "حقوق النشر", "تصوير:", "تصوير :", "(صورة"]);

    /// <summary>A part's separator: a bar or dash with spaces around it, or a dash right after a word ("جنين- الحياة الجديدة- …").</summary>
    [GeneratedRegex(@"\s[|ـ\-–—]\s|[^\s\d][\-–—]\s|//", RegexOptions.CultureInvariant)]
    private static partial Regex PartSeparator();

    /// <summary>A short credit after a spaced dash at the end of the line: one or two words, no punctuation ("- 218", "- رويترز").</summary>
    [GeneratedRegex(@"\s[ـ\-–—]+\s+[^\s.،,:؛()\-–—]+(?:\s+[^\s\d.،,:؛()\-–—]+)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingCredit();

    /// <summary>A publication stamp's opening, folded ("نشر في الصباح نيوز يوم 19 - 10 - 2025", "تم النشر …").</summary>
    [GeneratedRegex(@"^\s*(?:نشر|نشرت|تاريخ\s+النشر|اخر\s+تحديث|تم\s+(?:ال)?(?:نشر|تحديث)|بتاريخ)(?:\s|:|$)", RegexOptions.CultureInvariant)]
    private static partial Regex PublicationStamp();

    /// <summary>
    /// A credit's cue and its colon, folded, anywhere in the line ("تمت المراجعة الطبية بواسطة: د. ليلى الخطيب", "إعداد: …"): a
    /// credit names who wrote, reviewed or translated the article; a standfirst says what it is about.
    /// </summary>
    [GeneratedRegex(@"(?:^|\s)(?:بواسطه|مراجعه|تدقيق|اعداد|تحرير|ترجمه|تصوير)\s*:", RegexOptions.CultureInvariant)]
    private static partial Regex CreditCue();

    /// <summary>A caption's credit in brackets at its end, after its own full stop ("…، 12 نوفمبر 2024. (بوابة الوسط)").</summary>
    [GeneratedRegex(@"[.،]\s*\([^()]{2,30}\)\s*\.?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingBracket();
}

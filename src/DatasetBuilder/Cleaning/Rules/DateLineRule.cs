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
        foreach (var i in document.Kept())
        {
            if (IsTimeStamp(document.Lines[i].Key))
            {
                document.Remove(i, Id, "relative time stamp (no date to take)");
                continue;
            }

            // A date in a schedule the article introduces ("وفق المواعيد الآتية:" over "السبت 20 ديسمبر 2025") is a fact of
            // the article, as is one under a label naming an event's time.
            if (!IsDateLine(document.Lines[i].Text, out var date) || InSchedule(document, i) || UnderEventTimeLabel(document, i)
                || (first >= 0 && i > first && Lexicon.ContainsAny(document.Lines[i].Key, CorrespondingWords)))
            {
                continue; // "الأحد 1 شوال 1446 هـ الموافق 30 مارس 2025 م" inside the text: the news itself, or a schedule's row
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
    /// Folded words of a date given in both calendars ("… 1446 هـ الموافق 30 مارس 2025"): a page's stamp above the lead, but
    /// inside the text an announcement ("the first of Shawwal falls on …"), a schedule's row or a decree's signature date.
    /// </summary>
    private static readonly string[] CorrespondingWords = Lexicon.List(["الموافق", "الموافقة", "الموافق ل"]);

    /// <summary>
    /// True when the date line is a cell of a table the article introduces and the table or the article goes on under it (a
    /// schedule's date over its subject; "حددت المؤسسة موعد أول رحلة:" over the date and the next paragraph); the page's
    /// stamp printed right after a table ends the text, and a standfirst's colon introduces no table.
    /// </summary>
    private static bool InSchedule(CleaningDocument document, int index)
    {
        // Most date lines have no line ending on ":" above them: answered without the document's table cells.
        if (!ColonLineAbove(document, index) || !document.InIntroducedTable(index) || document.NextNonBlank(index) is not (var next and >= 0) || !(document.InIntroducedTable(next) || document.IsBody(next)))
        {
            return false;
        }

        // The article's own sentence introduces it (after its first paragraph, or a lead's length), not a standfirst ending on
        // ":" ("وزير الخارجية … في مقابلة مع الجزيرة نت:") with the page's stamp under it.
        var introduction = document.PreviousNonBlank(index);
        while (introduction >= 0 && document.InIntroducedTable(introduction))
        {
            introduction = document.PreviousNonBlank(introduction);
        }

        return introduction >= 0 && (introduction > document.FirstBodyParagraph() || document.Lines[introduction].WordCount >= MinScheduleIntroductionWords);
    }

    /// <summary>True when a line ending on ":" stands above <paramref name="index"/>, as far as a table may reach.</summary>
    private static bool ColonLineAbove(CleaningDocument document, int index)
    {
        for (var i = index - 1; i >= 0 && index - i <= MaxScheduleReach; i--)
        {
            if (document.Lines[i].Text.AsSpan().TrimEnd() is [.., ':'])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Most lines from a schedule's introduction to one of its dates (as <see cref="CleaningDocument.InIntroducedTable"/> looks).</summary>
    private const int MaxScheduleReach = 120;

    /// <summary>Fewest words of a lead that introduces a schedule above the first paragraph (a standfirst or a kicker has fewer).</summary>
    private const int MinScheduleIntroductionWords = 12;

    /// <summary>
    /// True when the date line stands under a label naming an event's time ("موعد المباراة" over "الساعة 21:00 بتوقيت مكة،
    /// الجمعة 12.01.2024"): the article's own fact (a kickoff, a ceremony), never the page's publication stamp, which no site
    /// labels so.
    /// </summary>
    private static bool UnderEventTimeLabel(CleaningDocument document, int index)
    {
        // The label is a subheading of the article (after its first paragraph, not its headline) and the article goes on under
        // the date: a page's widget ("مواعيد الصلاة" over today's date and the prayer times) does not.
        var before = document.PreviousNonBlank(index);
        if (before < 0 || !document.IsKept(before) || document.Lines[before].WordCount > MaxEventLabelWords || LineShape.EndsSentence(document.Lines[before].Text)
            || document.RepeatsTitle(before) || document.FirstBodyParagraph() is not (var first and >= 0) || before < first
            || document.NextNonBlank(index) is not (var after and >= 0) || !document.IsBody(after))
        {
            return false;
        }

        var (opened, published) = (false, false);
        foreach (var word in TopicWords.Tokens(document.Lines[before].Key))
        {
            opened = opened || EventTimeWords.Contains(word);
            if (!opened)
            {
                return false; // the label opens on the event's time
            }

            published |= PublicationWords.Contains(word);
        }

        return opened && !published;
    }

    private const int MaxEventLabelWords = 6;

    private static readonly HashSet<string> EventTimeWords = Cleaning.Lexicon.Set("موعد", "الموعد", "مواعيد", "ميعاد", "توقيت");

    private static readonly HashSet<string> PublicationWords = Cleaning.Lexicon.Set("النشر", "نشر", "التحديث", "تحديث", "الخبر", "المقال", "الصلاة", "الصلوات");

    /// <summary>
    /// <see cref="ArabicDateParser.IsDateLine"/>, also accepting a time-zone offset of four digits ("(GMT+0400)") and, after a
    /// time of day, a short parenthesised zone note ("10:25 PM (توقيت مكة)").
    /// </summary>
    internal static bool IsDateLine(string text, out Model.PartialDate date)
    {
        // The replacements below only take characters out, so a line without four digits has no year left to find.
        if (!ArabicDateParser.MayHoldDate(text))
        {
            date = default;
            return false;
        }

        // Most lines are long paragraphs. Without a zone offset to remove, only the zone note (at most 32 characters plus
        // trailing white space) can shorten the line, and ArabicDateParser refuses anything over 120 characters: so a line
        // that long is answered here, without the replacements and the parse (same answer, far cheaper).
        var zoned = MayHoldZoneOffset(text) && ZoneOffset().IsMatch(text);
        if (text.Length - TrailingWhiteSpace(text) > 152 && !zoned)
        {
            date = default;
            return false;
        }

        var bare = zoned ? ZoneOffset().Replace(text, " ") : text;
        if (TimeOfDay().IsMatch(bare))
        {
            bare = ZoneNote().Replace(bare, " ");
        }

        return ArabicDateParser.IsDateLine(bare, out date);
    }

    /// <summary>
    /// False when <see cref="ZoneOffset"/> surely does not match: every zone name has Latin letters, and the letters it
    /// matches ignoring case are the ASCII ones and the Kelvin sign (U+212A, a "k"). Far cheaper than the pattern on a paragraph.
    /// </summary>
    internal static bool MayHoldZoneOffset(string text) => text.AsSpan().IndexOfAny(ZoneLetters) >= 0;

    private static readonly System.Buffers.SearchValues<char> ZoneLetters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz\u212A");

    private static int TrailingWhiteSpace(string text)
    {
        var count = 0;
        while (count < text.Length && (char.IsWhiteSpace(text[^(count + 1)]) || char.IsSeparator(text[^(count + 1)])))
        {
            count++;
        }

        return count;
    }

    /// <summary>
    /// A time stamp with no date to take, by its matching key: relative ("منذ 3 ساعات", "قبل يومين", "آخر تحديث: منذ 5 دقائق":
    /// when the page was seen, not when it was published) or a time of today or yesterday ("اليوم 12:30", "أمس 18:05").
    /// </summary>
    // Each pattern is asked only of a key holding what it cannot match without (the relative word, the time's colon): asked
    // of every line, the patterns' start-up is what costs.
    internal static bool IsTimeStamp(string key) =>
        ((key.Contains("منذ", StringComparison.Ordinal) || key.Contains("قبل", StringComparison.Ordinal)) && RelativeTime().IsMatch(key))
        || (key.Contains(':', StringComparison.Ordinal) && DayTime().IsMatch(key));

    [GeneratedRegex(@"^(?:(?:نشر|اخر تحديث|تحديث)\s*(?:في)?\s*[:：\-–]?\s*)?(?:اليوم|امس|الساعه)\s*[|،,\-–]?\s*\d{1,2}:\d{2}(?:\s*(?:ص|م|صباحا|مساء|am|pm))?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DayTime();

    [GeneratedRegex(@"^(?:(?:نشر|اخر تحديث|تحديث|محدث)\s*(?:في)?\s*[:：\-–]?\s*)?(?:منذ|قبل)\s+(?:\d+\s+)?(?:ثانيه|ثوان|ثواني|دقيقه|دقيقتين|دقائق|ساعه|ساعتين|ساعات|يوم|يومين|ايام|اسبوع|اسبوعين|اسابيع|شهر|شهرين|اشهر|سنه|سنتين|سنوات)$", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeTime();

    [GeneratedRegex(@"\d{1,2}:\d{2}", RegexOptions.CultureInvariant)]
    private static partial Regex TimeOfDay();

    [GeneratedRegex(@"\([^()]{1,30}\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ZoneNote();

    [GeneratedRegex(@"\(?\s*(?:GMT|UTC)\s*[+\-]\s*\d{2}:?\d{2}\s*\)?|\b(?:GST|AST|EET|EEST|CET|CEST|MSK|KSA|UAE|IST|BST)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ZoneOffset();
}

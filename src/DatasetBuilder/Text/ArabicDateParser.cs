using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DatasetBuilder.Model;

namespace DatasetBuilder.Text;

/// <summary>
/// Finds Gregorian dates in Arabic news text: day-month-year and month-year with Egyptian/Gulf ("يناير"), Levantine
/// ("كانون الثاني") and Maghreb ("جانفي") month names, paired names ("10 يناير/كانون الثاني 2022"), Arabic-Indic or Latin
/// digits, and numeric <c>d/m/yyyy</c> and <c>yyyy-m-d</c>. Hijri dates (followed by "هـ") are not Gregorian and are skipped.
/// Matching runs on a folded copy of the text (diacritics and tatweel removed, hamza forms and digits folded) whose
/// offsets map back to the original.
/// </summary>
public static partial class ArabicDateParser
{
    /// <summary>Month names as they look after folding (<see cref="ArabicNormalizer.Fold"/>), with their month number.</summary>
    internal static readonly (string Name, int Month)[] MonthNames =
    [
        ("يناير", 1), ("فبراير", 2), ("مارس", 3), ("ابريل", 4), ("مايو", 5), ("يونيو", 6), ("يونيه", 6), ("يوليو", 7), ("يوليه", 7),
        ("اغسطس", 8), ("سبتمبر", 9), ("اكتوبر", 10), ("نوفمبر", 11), ("ديسمبر", 12),
        ("كانون الثاني", 1), ("شباط", 2), ("اذار", 3), ("نيسان", 4), ("ايار", 5), ("حزيران", 6), ("تموز", 7), ("اب", 8),
        ("ايلول", 9), ("تشرين الاول", 10), ("تشرين الثاني", 11), ("كانون الاول", 12),
        ("جانفي", 1), ("فيفري", 2), ("افريل", 4), ("ماي", 5), ("جوان", 6), ("جويليه", 7), ("اوت", 8),

        // Levantine names without the article, as many Syrian and Lebanese outlets write them ("10 كانون ثاني 2022").
        ("كانون ثاني", 1), ("تشرين اول", 10), ("تشرين ثاني", 11), ("كانون اول", 12),

        // Moroccan forms.
        ("يوليوز", 7), ("غشت", 8), ("شتنبر", 9), ("نونبر", 11), ("دجنبر", 12),

        // Joomla's Arabic calendar ("الأحد, 19 تشرين1/أكتوبر 2025"), the Levantine names numbered.
        ("كانون2", 1), ("تشرين1", 10), ("تشرين2", 11), ("كانون1", 12),
    ];

    /// <summary>
    /// English and French month names, folded (lower case), with their usual abbreviations: Levantine and Gulf sites print
    /// "13 Jan 2024 12:05" or "January 12, 2024" under Arabic headlines, and Maghreb sites "12 juin 2024".
    /// </summary>
    internal static readonly (string Name, int Month)[] LatinMonthNames =
    [
        ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6), ("july", 7), ("august", 8),
        ("september", 9), ("october", 10), ("november", 11), ("december", 12),
        ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9), ("sept", 9), ("oct", 10),
        ("nov", 11), ("dec", 12),
        ("janvier", 1), ("fevrier", 2), ("février", 2), ("mars", 3), ("avril", 4), ("mai", 5), ("juin", 6), ("juillet", 7),
        ("aout", 8), ("août", 8), ("septembre", 9), ("octobre", 10), ("novembre", 11), ("decembre", 12), ("décembre", 12),
    ];

    private static readonly Dictionary<string, int> MonthByName = MonthNames.Concat(LatinMonthNames).ToDictionary(static m => m.Name, static m => m.Month, StringComparer.Ordinal);

    /// <summary>
    /// <see cref="MonthNames"/> as a regex alternation, written out so that the patterns below are constants the regex source
    /// generator compiles with the library: built at run time with <see cref="RegexOptions.Compiled"/>, they cost every process
    /// about 0.25 s of JIT before its first date. A name comes before every shorter name it starts with ("يوليوز" before
    /// "يوليو", "ابريل" before "اب"), and a space matches any run of white space; a test holds it to the table.
    /// </summary>
    internal const string ArabicMonthAlternation =
        @"كانون\s+الثاني|تشرين\s+الثاني|تشرين\s+الاول|كانون\s+الاول|كانون\s+ثاني|تشرين\s+ثاني|تشرين\s+اول|كانون\s+اول|" +
        "فبراير|سبتمبر|اكتوبر|نوفمبر|ديسمبر|حزيران|جويليه|يوليوز|كانون2|تشرين1|تشرين2|كانون1|يناير|ابريل|يونيو|يونيه|يوليو|يوليه|" +
        "اغسطس|نيسان|ايلول|جانفي|فيفري|افريل|شتنبر|نونبر|دجنبر|مارس|مايو|شباط|اذار|ايار|تموز|جوان|ماي|اوت|غشت|اب";

    /// <summary><see cref="LatinMonthNames"/> as a regex alternation, longer names first ("march" before "mar").</summary>
    internal const string LatinMonthAlternation =
        "september|septembre|february|november|december|novembre|decembre|décembre|january|october|janvier|fevrier|février|" +
        "juillet|octobre|august|march|april|avril|june|july|sept|mars|juin|aout|août|may|jan|feb|mar|apr|jun|jul|aug|sep|oct|" +
        "nov|dec|mai";

    /// <summary>Every month name: the two scripts share no prefix, so either may come first.</summary>
    private const string MonthAlternation = ArabicMonthAlternation + "|" + LatinMonthAlternation;

    /// <summary>
    /// A guard against a runaway match, not a budget: the patterns are linear on a line, but the clock runs while the thread
    /// waits for a core, and a 1 s limit was seen to expire on a heavily loaded machine (an exception that stops the build).
    /// </summary>
    private const int MatchTimeoutMilliseconds = 30_000;

    private const RegexOptions DateOptions = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // Source-generated: the cleaner asks every short line whether it is a date line, so these run millions of times in a build.
    [GeneratedRegex(
        $@"(?<![\p{{L}}\d])(?:(?<day>\d{{1,2}})\s*(?:[-.,،/]\s*)?)?(?:و\s*)?(?<month>{MonthAlternation})(?:\s*[/(\-–]\s*(?<alt>{MonthAlternation})\s*\)?)?(?![\p{{L}}])\s*[,،\-/]?\s*(?<year>\d{{4}})(?!\d)(?!\s*ه)",
        DateOptions, MatchTimeoutMilliseconds)]
    private static partial Regex NamedDate();

    /// <summary>The English order, month first: "January 12, 2024", "Jan. 12 2024", "May 3rd, 2024".</summary>
    [GeneratedRegex(
        $@"(?<![\p{{L}}\d])(?<month>{LatinMonthAlternation})\.?\s+(?<day>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s*(?<year>\d{{4}})(?!\d)",
        DateOptions, MatchTimeoutMilliseconds)]
    private static partial Regex LatinMonthFirst();

    /// <summary>
    /// Arabic month names in the English order, as WordPress prints them under Arabic headlines: "مايو 14, 2024". The comma is
    /// required: without it, "في مايو 14 …" is a month and a number.
    /// </summary>
    [GeneratedRegex(
        $@"(?<![\p{{L}}\d])(?<month>{ArabicMonthAlternation})\s+(?<day>\d{{1,2}})\s*[,،]\s*(?<year>\d{{4}})(?!\d)",
        DateOptions, MatchTimeoutMilliseconds)]
    private static partial Regex ArabicMonthFirst();

    [GeneratedRegex(
        @"(?<![\d/.\-])(?<day>\d{1,2})(?<sep>[/.\-])(?<month>\d{1,2})\k<sep>(?<year>\d{4})(?![\d/.\-])(?!\s*ه)",
        DateOptions, MatchTimeoutMilliseconds)]
    private static partial Regex NumericDayFirst();

    [GeneratedRegex(
        @"(?<![\d/.\-])(?<year>\d{4})(?<sep>[/.\-])(?<month>\d{1,2})\k<sep>(?<day>\d{1,2})(?![\d/.\-])(?!\s*ه)",
        DateOptions, MatchTimeoutMilliseconds)]
    private static partial Regex NumericYearFirst();

    /// <summary>
    /// Day, month and a two-digit year ("18/11/25"), as some sites print their publication stamp ("نُشر: 18/11/25 | 13:05").
    /// Only a line opened by a publication prefix is read so (<see cref="IsDateLine"/>, <see cref="ShortYearPrefix"/>):
    /// elsewhere "3/4/25" may be a score, a ratio or a version.
    /// </summary>
    [GeneratedRegex(
        @"(?<![\d/.\-])(?<day>\d{1,2})(?<sep>[/.\-])(?<month>\d{1,2})\k<sep>(?<year>\d{2})(?![\d/.\-])",
        DateOptions, MatchTimeoutMilliseconds)]
    private static partial Regex NumericDayFirstShortYear();

    /// <summary>
    /// What may surround a date on a line that is "just a date": weekdays, times (an ISO stamp's "T" and offset too), time zones
    /// ("Asia/Tehran"), publication prefixes ("تم التحديث"), the Hijri date with or without its "هـ" ("الموافق" between them), a
    /// newspaper's issue number ("العدد 4912"), separators.
    /// </summary>
    [GeneratedRegex(
        @"(?:\d{1,2}\s*)?(?:محرم|صفر|ربيع\s*(?:الاول|الاخر|الثاني)|جمادي\s*(?:الاولي|الاخره|الثانيه)|رجب|شعبان|رمضان|شوال|ذو\s*القعده|ذو\s*الحجه)\s*1[34]\d{2}(?!\d)(?:\s*ه\S*)?|" +
        @"(?<!\p{L})م(?!\p{L})|ميلادي|(?:ال)?(?:اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت|احد)|يوم|نشرت?(?:\s*في)?|بتاريخ|تاريخ(?:\s*النشر)?|التاريخ|اخر\s*تحديث|تحديث|محدث|منذ|" +
        @"تم\s*(?:ال)?(?:تحديث|نشر)|الموافق|العدد\s*\d{1,6}|" +
        @"(?<![a-z])(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|updated|published|posted|on|at|le)(?![a-z])|" +
        @"(?<![a-z])t(?=\d{2}:)|\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+\-]\d{2}:?\d{2}(?!\d))?\s*(?:صباحا|مساء|ص|م|am|pm)?|\d{4}\s*ه\S*|(?:gmt|utc)(?:\s*[+\-]\s*\d{1,2})?|" +
        @"(?<![a-z])(?:africa|america|asia|atlantic|australia|europe|indian|pacific)/[a-z_]+(?![a-z])|بتوقيت\s+(?:مكه\s+المكرمه|\S+)|(?:ال)?ساعه|[\s|:,،؛\-–—/()\[\].•·]+",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, MatchTimeoutMilliseconds)]
    private static partial Regex DateLineFiller();

    /// <summary>Every Gregorian date expression in <paramref name="text"/>, in text order, non-overlapping.</summary>
    public static IReadOnlyList<DateMatch> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!MayHoldDate(text))
        {
            return [];
        }

        var (folded, map) = Fold(text);
        var found = new List<DateMatch>();
        Collect(NamedDate(), folded, map, text, found);
        if (folded.AsSpan().IndexOfAnyInRange('a', 'z') >= 0)
        {
            Collect(LatinMonthFirst(), folded, map, text, found);
        }

        if (folded.AsSpan().IndexOfAny(',', '،') >= 0)
        {
            Collect(ArabicMonthFirst(), folded, map, text, found);
        }

        if (folded.AsSpan().IndexOfAny("/.-") >= 0)
        {
            // Both numeric patterns need one of these between the day, month and year.
            Collect(NumericYearFirst(), folded, map, text, found);
            Collect(NumericDayFirst(), folded, map, text, found);
        }

        found.Sort(static (a, b) => a.Start.CompareTo(b.Start));

        var result = new List<DateMatch>(found.Count);
        foreach (var match in found)
        {
            if (result.Count == 0 || match.Start >= result[^1].Start + result[^1].Length)
            {
                result.Add(match);
            }
        }

        return result;
    }

    /// <summary>
    /// False when <paramref name="text"/> surely holds no date: every pattern needs a four-digit year, and folding keeps
    /// every decimal digit a digit (<c>\d</c> is <see cref="char.IsDigit(char)"/>) and makes no other character one. Most lines
    /// the cleaner asks about fail this, and it is far cheaper than folding the line and running the patterns (the digits are
    /// told by <see cref="CharFacts"/>, the same answer without a Unicode category lookup for each Arabic character).
    /// </summary>
    public static bool MayHoldDate(ReadOnlySpan<char> text)
    {
        var digits = 0;
        foreach (var c in text)
        {
            if ((CharFacts.Of(c) & CharFacts.Digit) != 0 && ++digits == 4)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// How many words of <paramref name="line"/> are neither a date nor what surrounds a date on a date line (a weekday, a
    /// time, a publication prefix, separators): few in a stamp ("تم نشر هذا المحتوى على 12 نوفمبر 2025 - 14:05" leaves three),
    /// many in a sentence that names a date.
    /// </summary>
    public static int WordsBesideDate(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return DateLineFiller().Replace(WithoutDates(line, FindAll(line)), " ").Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
    }

    /// <summary><paramref name="line"/> folded, each of its <paramref name="matches"/> replaced by a space.</summary>
    private static string WithoutDates(string line, IReadOnlyList<DateMatch> matches)
    {
        var rest = new StringBuilder(line.Length);
        var position = 0;
        foreach (var m in matches)
        {
            rest.Append(line, position, m.Start - position).Append(' ');
            position = m.Start + m.Length;
        }

        rest.Append(line, position, line.Length - position);
        return ArabicNormalizer.Normalize(rest.ToString());
    }

    /// <summary>
    /// True when <paramref name="line"/> is essentially just a date: one date expression, optionally with a weekday, a time,
    /// a publication prefix ("نشر في", "آخر تحديث") and separators, and nothing else.
    /// </summary>
    public static bool IsDateLine(string line, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(line) || line.Length > 120)
        {
            return false;
        }

        var matches = FindAll(line);
        if (matches.Count == 0)
        {
            if (!ShortYearPrefix().IsMatch(ArabicNormalizer.Normalize(line)))
            {
                return false;
            }

            var (folded, map) = Fold(line);
            var found = new List<DateMatch>();
            Collect(NumericDayFirstShortYear(), folded, map, line, found);
            if (found.Count != 1)
            {
                return false;
            }

            matches = found;
        }

        var leftover = DateLineFiller().Replace(WithoutDates(line, matches), string.Empty);
        // "على الساعة" ("at the hour") is a publication stamp's only after its prefix ("نُشر في … على الساعة 09:12"); alone it
        // announces an event ("الأحد 15 يونيو 2025 على الساعة 20:00").
        if (leftover.Length > 0 && !(leftover == OnTheHour && PublicationPrefix().IsMatch(ArabicNormalizer.Normalize(line))))
        {
            return false;
        }

        date = matches[0].Date;
        return true;
    }

    private static void Collect(Regex regex, string folded, int[] map, string original, List<DateMatch> found)
    {
        foreach (Match m in regex.Matches(folded))
        {
            if (!TryBuild(m, out var date))
            {
                continue;
            }

            var start = map[m.Index];
            var end = map[m.Index + m.Length - 1] + 1;
            while (end < original.Length && ArabicNormalizer.Fold(original[end]) == '\0' && !char.IsWhiteSpace(original[end]))
            {
                end++; // keep trailing diacritics or tatweel of the last letter inside the span
            }

            found.Add(new DateMatch(start, end - start, date));
        }
    }

    private static bool TryBuild(Match m, out PartialDate date)
    {
        date = default;
        var year = int.Parse(m.Groups["year"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        if (m.Groups["year"].Length == 2)
        {
            year += year < ShortYearPivot ? 2000 : 1900; // as strptime's %y reads it: 00–68 are 2000–2068, 69–99 are 1969–1999
        }

        if (year is < 1800 or > 2200)
        {
            return false;
        }

        var monthText = m.Groups["month"].Value;
        var month = char.IsAsciiDigit(monthText[0])
            ? int.Parse(monthText, NumberStyles.None, CultureInfo.InvariantCulture)
            : MonthByName[WhitespaceRun().Replace(monthText, " ")];
        if (m.Groups["alt"].Success && MonthByName[WhitespaceRun().Replace(m.Groups["alt"].Value, " ")] != month)
        {
            return false; // "10 يناير/شباط 2022" is not a date we can trust
        }

        if (month is < 1 or > 12)
        {
            return false;
        }

        if (!m.Groups["day"].Success)
        {
            date = PartialDate.FromMonth(year, month);
            return true;
        }

        var day = int.Parse(m.Groups["day"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = PartialDate.FromDay(new DateOnly(year, month, day));
        return true;
    }

    /// <summary>Folds for matching while keeping, for each folded character, the index of the original character it came from.</summary>
    private static (string Folded, int[] Map) Fold(string text)
    {
        // Arrays of the text's length rather than a builder and a list: folding only drops characters. The map may be longer
        // than the folded text and one; only its first folded.Length + 1 entries are read.
        var chars = new char[text.Length];
        var map = new int[text.Length + 1];
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var folded = char.IsWhiteSpace(c) || InvisibleCharacters.IsNoBreakSpace(c) ? ' ' : ArabicNormalizer.Fold(c);
            if (folded == '\0')
            {
                continue;
            }

            chars[length] = folded;
            map[length++] = i;
        }

        map[length] = text.Length;
        return (new string(chars, 0, length), map);
    }

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhitespaceRun();

    /// <summary>The first two-digit year read as of the 1900s.</summary>
    private const int ShortYearPivot = 69;

    /// <summary>What the filler leaves of "على الساعة": the preposition (folded).</summary>
    private static readonly string OnTheHour = ArabicNormalizer.Normalize("على");

    /// <summary>
    /// The prefixes after which a day, month and two-digit year are read as the publication date (folded): "نُشر", "تاريخ
    /// النشر", "بتاريخ", "published". Not "تحديث" (an update's stamp is not the publication's, and "تحديث 3.10.24" is a
    /// version) nor "تاريخ:" alone (a letter's header quoted in the text).
    /// </summary>
    [GeneratedRegex(@"^\s*(?:نشر|تاريخ\s*النشر|بتاريخ|published|posted)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ShortYearPrefix();

    /// <summary>A publication stamp's prefix at the line's start (folded): "نشر في", "بتاريخ", "آخر تحديث".</summary>
    [GeneratedRegex(@"^\s*(?:نشر|تاريخ|بتاريخ|التاريخ|اخر\s*تحديث|تحديث|published|updated)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PublicationPrefix();
}

using DatasetBuilder.Text;

namespace DatasetBuilder.Tests.Text;

public sealed class ArabicDateParserTests
{
    [Theory]
    [InlineData("١٠ يناير ٢٠٢٢", "2022-01-10")]
    [InlineData("08 يناير 2022", "2022-01-08")]
    [InlineData("اليوم الاثنين 10 يناير/كانون الثاني 2022.", "2022-01-10")]
    [InlineData("في 7 يناير /كانون الثاني 2022", "2022-01-07")]
    [InlineData("الخميس 6 كانون الثاني 2022", "2022-01-06")]
    [InlineData("نشر في 15 تشرين الأول 2023", "2023-10-15")]
    [InlineData("12 أيار 2021", "2021-05-12")]
    [InlineData("3 آب 2020", "2020-08-03")]
    [InlineData("1 جانفي 2024", "2024-01-01")]
    [InlineData("٣ جويلية ٢٠١٩", "2019-07-03")]
    [InlineData("20 أبريل، 2016", "2016-04-20")]
    [InlineData("5 ابريل 2016", "2016-04-05")]
    [InlineData("٥ مايو ٢٠١٨", "2018-05-05")]
    [InlineData("٢٢ يونيه ٢٠١٥", "2015-06-22")]
    [InlineData("عناوين الصحف العالمية 24/11/2024", "2024-11-24")]
    [InlineData("2022-01-08T10:00", "2022-01-08")]
    [InlineData("في ديسمبر 2016", "2016-12")]
    [InlineData("كانون الثاني ٢٠٢٢", "2022-01")]
    [InlineData("١٠ ينايـــر ٢٠٢٢", "2022-01-10")]
    [InlineData("الاثنين 10 كانون ثاني 2022", "2022-01-10")]
    [InlineData("٢ تشرين أول ٢٠٢٣", "2023-10-02")]
    [InlineData("30 تشرين ثاني 2021", "2021-11-30")]
    [InlineData("25 كانون أول 2020", "2020-12-25")]
    [InlineData("الأحد, 19 تشرين1/أكتوبر 2025 20:40", "2025-10-19")]  // Joomla's Arabic calendar
    [InlineData("3 كانون2/يناير 2024", "2024-01-03")]
    [InlineData("14 يوليوز 2022", "2022-07-14")]
    [InlineData("3 غشت 2022", "2022-08-03")]
    [InlineData("9 شتنبر 2022", "2022-09-09")]
    [InlineData("11 نونبر 2022", "2022-11-11")]
    [InlineData("31 دجنبر 2022", "2022-12-31")]
    [InlineData("13 Jan 2024 12:05", "2024-01-13")]                  // English names under Arabic headlines (Lebanese sites)
    [InlineData("January 12, 2024", "2024-01-12")]                   // month first, as an embedded tweet's date
    [InlineData("Sept. 3rd, 2023", "2023-09-03")]
    [InlineData("le 12 juin 2024", "2024-06-12")]                    // French names (Maghreb sites)
    [InlineData("5 août 2023", "2023-08-05")]
    public void FindAll_FindsTheDate(string text, string expected)
    {
        var match = ArabicDateParser.FindAll(text).ShouldHaveSingleItem();
        match.Date.ToString().ShouldBe(expected);
    }

    [Theory]
    [InlineData("في 2 يناير الجاري، بدأت أعمال الاحتجاج")]         // no year
    [InlineData("قتل 18 من عناصر الشرطة وأصيب 700 آخرون")]
    [InlineData("31 فبراير 2022")]                                  // no such day
    [InlineData("15 رمضان 1443 هـ")]                                // Hijri
    [InlineData("1/8/1443 هـ")]
    [InlineData("الساعة 10:30")]
    [InlineData("مدينة الآبار 2022")]                               // "اب" inside a word is not August
    [InlineData("10 يناير/شباط 2022")]                              // paired names disagree
    [InlineData("Marathon 2024")]                                    // "mar" inside a word is not March
    [InlineData("Jan 32, 2024")]                                     // no such day
    public void FindAll_NoGregorianDate_FindsNothing(string text) =>
        ArabicDateParser.FindAll(text).ShouldBeEmpty();

    [Fact]
    public void FindAll_MapsOffsetsToTheOriginalText()
    {
        const string text = "تمكن الموظفون، وذلك في ١٠ يناير ٢٠٢٢ من تحييد خليتين";
        var match = ArabicDateParser.FindAll(text).ShouldHaveSingleItem();
        text.Substring(match.Start, match.Length).ShouldBe("١٠ يناير ٢٠٢٢");
    }

    [Fact]
    public void FindAll_SeveralDates_InTextOrder()
    {
        var matches = ArabicDateParser.FindAll("من 4 إلى 8 يناير 2022 ثم في 10 يناير 2022");
        matches.Select(m => m.Date.ToString()).ShouldBe(["2022-01-08", "2022-01-10"]);
    }

    [Theory]
    [InlineData("١٠ يناير ٢٠٢٢", "2022-01-10")]
    [InlineData("08 يناير 2022", "2022-01-08")]
    [InlineData("الاثنين، 10 يناير 2022 - 10:45 ص", "2022-01-10")]
    [InlineData("نُشر في: 08/01/2022 | آخر تحديث: 09/01/2022 14:05", "2022-01-08")]
    [InlineData("السبت 8 كانون الثاني 2022 | 11:20 بتوقيت بيروت", "2022-01-08")]
    [InlineData("الأحد 5 جمادى الأولى 1443 هـ - 9 يناير 2022 مـ", "2022-01-09")]
    [InlineData("Sun, 12 May 2024 10:31 GMT", "2024-05-12")]
    [InlineData("Updated: January 12, 2024 at 10:31 pm", "2024-01-12")]
    [InlineData("mardi 11 juin 2024 - 09:15", "2024-06-11")]
    [InlineData("الأربعاء، 15-05-2024 الساعة 13:40 بتوقيت مكة المكرمة", "2024-05-15")]
    [InlineData("مايو 14, 2024", "2024-05-14")]                         // WordPress's English order with Arabic month names
    [InlineData("الأحد 15 يونيو 2025 - 10:18 صباحاً", "2025-06-15")]     // the spelled-out morning after a time, not "ص" and a remainder
    [InlineData("15 يونيو 2025 - 09:40 مساءً", "2025-06-15")]
    [InlineData("الأحد 15/يونيو/2025 - 05:20 م", "2025-06-15")]          // an Egyptian site's slashes around the month's name
    [InlineData("نُشر في 26 أكتوبر 2025 على الساعة 09:12", "2025-10-26")]  // the Maghreb's "at the hour"
    [InlineData("نُشر: 18/11/25 | 13:05", "2025-11-18")]                  // a two-digit year after a publication prefix
    [InlineData("تاريخ النشر: 03.01.99", "1999-01-03")]                     // read as strptime's %y reads it
    [InlineData("بتاريخ 5-6-68", "2068-06-05")]
    [InlineData("نشرت في 18/11/2025 - 9:12 GMT+1", "2025-11-18")]         // the feminine "نُشرت" (of an article, "مقالة")
    [InlineData("2024-05-12T09:30:00+00:00", "2024-05-12")]               // an ISO stamp copied from the page's markup
    [InlineData("الأحد 16 رمضان 1446 - 16 مارس 2025", "2025-03-16")]       // the Hijri date without its "هـ"
    [InlineData("الأحد، 19 ذو الحجة 1446 هـ - الموافق 15 يونيو 2025 م", "2025-06-15")]
    [InlineData("الخميس 23 تشرين الأول 2025 - العدد 4912", "2025-10-23")]    // a newspaper's issue number
    [InlineData("العدد 12789 الاثنين 13 مايو 2024 الموافق 5 ذو القعدة 1445", "2024-05-13")]
    [InlineData("13:48 GMT 17.10.2025 (تم التحديث: 14:05 GMT 17.10.2025)", "2025-10-17")]
    [InlineData("نشر الثلاثاء، 05 مارس / آذار 2024؛ 10:21", "2024-03-05")]
    [InlineData("Nov 25, 2025 18:42 Asia/Tehran", "2025-11-25")]
    public void IsDateLine_LineIsOnlyADate_ReturnsTheDate(string line, string expected)
    {
        ArabicDateParser.IsDateLine(line, out var date).ShouldBeTrue();
        date.ToString().ShouldBe(expected);
    }

    [Theory]
    [InlineData("وأعلن توكاييف يوم 10 يناير 2022 يوم حداد وطني في الجمهورية.")]
    [InlineData("كازاخستان: توقيف أكثر من 4200 شخص")]
    [InlineData("The summit opens on 12 May 2024 in Doha")]          // a Latin sentence around a date
    [InlineData("الساعة 10 يناير 2022 في مكة المكرمة")]               // the filler's words do not make a place a date
    [InlineData("ارتفع في مايو 14 في المئة خلال 2024")]                 // a month and a number without the comma are no date
    [InlineData("3/4/25")]                                             // a two-digit year without a publication prefix: a score, a ratio
    [InlineData("ارتفع رمضان 1446 بنسبة 12 مايو 2025")]                    // filler words around a date still leave a sentence's words
    [InlineData("العدد 12 من المجلة صدر في 13 مايو 2024")]
    [InlineData("نُشر: 31/02/25 | 13:05")]                                // no such day
    [InlineData("نُشر: 18/11/25 - 19/11/25")]                             // two stamps: which one?
    [InlineData("نُشر: 18/11/2025 و3/4/25")]
    [InlineData("تحديث 3.10.24")]                                        // an app's version; an update's stamp is not the publication's
    [InlineData("آخر تحديث: 20/11/25 - 10:15")]
    [InlineData("تاريخ: 3/4/25")]                                         // a letter's header the article quotes
    [InlineData("")]
    public void IsDateLine_SentenceWithDate_ReturnsFalse(string line) =>
        ArabicDateParser.IsDateLine(line, out _).ShouldBeFalse();

    [Fact]
    public void MayHoldDate_FoldingNeverMakesADigit_SoTheYearNeedsFourDigitsOfTheLine()
    {
        // The patterns run on the folded line and every one needs a four-digit year (\d); the pre-check counts digits of the
        // line as given. It is exact only if \d is char.IsDigit and folding turns no other character into a digit.
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            System.Text.RegularExpressions.Regex.IsMatch(c.ToString(), @"^\d$").ShouldBe(char.IsDigit(c), $"U+{i:X4}");
            var folded = char.IsWhiteSpace(c) || InvisibleCharacters.IsNoBreakSpace(c) ? ' ' : ArabicNormalizer.Fold(c);
            if (char.IsDigit(folded))
            {
                char.IsDigit(c).ShouldBeTrue($"U+{i:X4}");
            }
        }
    }

    [Theory]
    [InlineData("١٠ ينايـر ٢ـ٠٢٢", true, "2022-01-10")]  // the year's digits apart in the line, together once tatweel is folded away
    [InlineData("10 يناير 2\u064E022", true, "2022-01-10")]  // a stray mark between the digits
    [InlineData("۱۰ ژانویه ۱۴۰۲", true, null)]             // four digits, no Gregorian month: checked, not found
    [InlineData("يناير ٢٠٢", false, null)]                   // three digits: no year, not even looked for
    [InlineData("الأربعاء، آخر تحديث", false, null)]
    public void MayHoldDate_AsksOnlyForFourDigits(string text, bool may, string? found)
    {
        ArabicDateParser.MayHoldDate(text).ShouldBe(may);
        ArabicDateParser.FindAll(text).Select(static m => m.Date.ToString()).SingleOrDefault().ShouldBe(found);
    }

    [Theory]
    [InlineData("8.1.2022 و 2023/02/03", "2022-01-08,2023-02-03")]  // numeric dates: looked for only with a separator in the line
    [InlineData("١٠ يناير ٢٠٢٢ - ٢٠٢٣", "2022-01-10")]
    [InlineData("العدد 2024 من 1500 نسخة", "")]
    public void FindAll_NumericAndNamedDates_AreFoundTogether(string text, string expected) =>
        string.Join(',', ArabicDateParser.FindAll(text).Select(static m => m.Date.ToString())).ShouldBe(expected);

    public static TheoryData<string, string> Alternations => new()
    {
        { nameof(ArabicDateParser.ArabicMonthAlternation), ArabicDateParser.ArabicMonthAlternation },
        { nameof(ArabicDateParser.LatinMonthAlternation), ArabicDateParser.LatinMonthAlternation },
    };

    [Theory]
    [MemberData(nameof(Alternations))]
    public void MonthAlternation_HoldsEachNameOfItsTable_BeforeEveryShorterNameItStartsWith(string name, string alternation)
    {
        var table = name == nameof(ArabicDateParser.ArabicMonthAlternation) ? ArabicDateParser.MonthNames : ArabicDateParser.LatinMonthNames;
        var alternatives = alternation.Split('|').Select(static a => a.Replace("\\s+", " ", StringComparison.Ordinal)).ToList();

        alternatives.Order(StringComparer.Ordinal).ShouldBe(table.Select(static m => m.Name).Order(StringComparer.Ordinal));
        for (var i = 0; i < alternatives.Count; i++)
        {
            // Alternation takes the first alternative that matches: a prefix placed first would win ("اب" over "ابريل").
            alternatives.Skip(i + 1).ShouldNotContain(a => a.StartsWith(alternatives[i], StringComparison.Ordinal), alternatives[i]);
        }
    }

    [Fact]
    public void EveryMonthName_IsFoundWithItsMonth()
    {
        foreach (var (name, month) in ArabicDateParser.MonthNames.Concat(ArabicDateParser.LatinMonthNames))
        {
            ArabicDateParser.FindAll($"10 {name} 2022").Select(static m => m.Date.ToString()).ShouldBe([$"2022-{month:00}-10"], name);
        }
    }
}

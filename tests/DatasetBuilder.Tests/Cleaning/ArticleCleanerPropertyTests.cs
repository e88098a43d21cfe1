using CsCheck;
using DatasetBuilder.Cleaning;
using DatasetBuilder.Model;

namespace DatasetBuilder.Tests.Cleaning;

/// <summary>Invariants of <see cref="ArticleCleaner"/> over texts assembled from body paragraphs and every kind of boilerplate line.</summary>
public sealed class ArticleCleanerPropertyTests
{
    private const string Title = "فيضانات تغمر أحياء في مدينة صور وتجبر مئات العائلات على النزوح";

    private static readonly string[] Paragraphs =
    [
        "غمرت مياه الأمطار الغزيرة أحياء عدة في مدينة صور جنوب لبنان، ما أجبر مئات العائلات على مغادرة منازلها ليل الأحد.",
        "وقال رئيس البلدية في تصريح صحفي إن فرق الدفاع المدني تعمل منذ ساعات الفجر على سحب المياه من الشوارع.",
        "وأضاف أن الأضرار طالت عشرات المحال التجارية والسيارات المركونة على الطريق البحري، من دون تسجيل إصابات خطيرة.",
        "أقر مجلس النواب مساء الخميس قانون الانتخاب الجديد بأغلبية ستين صوتاً، بعد جلسة استمرت أكثر من سبع ساعات.",
        "وقال أحد السكان: «خسرنا كل شيء في ليلة واحدة، ولم يصل إلينا أحد قبل الصباح».",
        "والتحقيقات مستمرة.",
    ];

    private static readonly string[] Boilerplate =
    [
        "", " ", "\u00a0", "Ru En", "+ الخط -", "TT", "شارك", Title, "١٠ يناير ٢٠٢٢", "2024-03-05 | 09:15", "بقلم: سامر خليل", "المصدر: رويترز",
        "سيارات غمرتها المياه على الطريق البحري (حسن عمار/فرانس برس)", "Фото: Creative Commons", "المساهمون", "آخر الأخبار", "اقرأ أيضاً:",
        "مقالات ذات صلة", "الكلمات الدلالية", "مئات العائلات في المدارس", "\u200fشبكة الأنباء\u200f", "التالي", "الأكثر قراءة", "1",
        "سيارات غمرتها المياه على الطريق البحري - تصوير: سامر خليل", "جانب من الأضرار في الشارع البحري. (صورة: بلدية صور)",
        "(إعداد سامر خليل للنشرة العربية - تحرير هالة قاسم)", "هذا الخبر من إنتاج وكالة رويترز ولم تقم هيئة التحرير بتحريره.",
        "View this post on Instagram", "@sameer_k", "9:02 ص · 21 أكتوبر 2025",
    ];

    private static readonly Gen<string> Line = Gen.Frequency((3, (IGen<string>)Gen.OneOf(Paragraphs)), (2, Gen.OneOf(Boilerplate)));

    private static readonly Gen<string> Text = Line.Array[0, 30].Select(static lines => string.Join('\n', lines));

    private readonly ArticleCleaner _cleaner = new();

    [Fact]
    public void Clean_AnyText_IsIdempotent() =>
        Text.Sample(text =>
        {
            var once = _cleaner.Clean(Context(text)).Text;
            _cleaner.Clean(Context(once)).Text.ShouldBe(once);
        });

    /// <summary>
    /// Texts the idempotence property found (CsCheck seeds 0oypkB-Sf_c2 and fGiSXuvMwsm1): the article's own header after a
    /// teaser, with a line it repeats. Cleaned once, the header's repeated line stayed and, the headline gone, read as a new
    /// page's header the second time, which cut the article's last paragraph.
    /// </summary>
    [Theory]
    [InlineData("TT|والتحقيقات مستمرة.|وقال رئيس البلدية في تصريح صحفي إن فرق الدفاع المدني تعمل منذ ساعات الفجر على سحب المياه من الشوارع.|" + Title + "|والتحقيقات مستمرة.|والتحقيقات مستمرة.|مئات العائلات في المدارس|والتحقيقات مستمرة.|المساهمون|وأضاف أن الأضرار طالت عشرات المحال التجارية والسيارات المركونة على الطريق البحري، من دون تسجيل إصابات خطيرة.")]
    [InlineData("وقال أحد السكان: «خسرنا كل شيء في ليلة واحدة، ولم يصل إلينا أحد قبل الصباح».|الأكثر قراءة|سيارات غمرتها المياه على الطريق البحري (حسن عمار/فرانس برس)|مقالات ذات صلة|أقر مجلس النواب مساء الخميس قانون الانتخاب الجديد بأغلبية ستين صوتاً، بعد جلسة استمرت أكثر من سبع ساعات.|وقال أحد السكان: «خسرنا كل شيء في ليلة واحدة، ولم يصل إلينا أحد قبل الصباح».|أقر مجلس النواب مساء الخميس قانون الانتخاب الجديد بأغلبية ستين صوتاً، بعد جلسة استمرت أكثر من سبع ساعات.|مئات العائلات في المدارس|بقلم: سامر خليل|" + Title + "|\u200fشبكة الأنباء\u200f|TT|\u200fشبكة الأنباء\u200f|وأضاف أن الأضرار طالت عشرات المحال التجارية والسيارات المركونة على الطريق البحري، من دون تسجيل إصابات خطيرة.")]
    public void Clean_OwnHeaderAfterATeaser_SecondCleaningChangesNothingAndTheLastParagraphStays(string lines)
    {
        var text = lines.Replace('|', '\n');

        var cleaned = _cleaner.Clean(Context(text));
        var once = cleaned.Text;

        once.ShouldEndWith("من دون تسجيل إصابات خطيرة.");
        _cleaner.Clean(Context(once)).Text.ShouldBe(once);
        // The header's repeated lines are page furniture outside the body, not a second article (nothing was appended here).
        cleaned.Removals.ShouldNotContain(r => r.RuleId == CleaningRules.AppendedArticle);
    }

    /// <summary>
    /// Texts the idempotence property found (CsCheck seeds 1ku7qwNppxK1, 5bluN0-tOqB1 and 0U8KnMU-JVM2, present since before
    /// 2026-12-08): short lines printed twice between the article's paragraphs, then a paragraph the article printed already.
    /// Cleaned once, a post's stamp, a byline or a cue among those lines kept them in the text; cleaned again, without it, they
    /// read as a new page's header and cut the rest. A new article never opens with a paragraph this one printed already.
    /// </summary>
    [Theory]
    [InlineData("بقلم: سامر خليل|وقال أحد السكان: «خسرنا كل شيء في ليلة واحدة، ولم يصل إلينا أحد قبل الصباح».|9:02 ص · 21 أكتوبر 2025|مئات العائلات في المدارس|\u200fشبكة الأنباء\u200f|\u200fشبكة الأنباء\u200f|(إعداد سامر خليل للنشرة العربية - تحرير هالة قاسم)|وقال أحد السكان: «خسرنا كل شيء في ليلة واحدة، ولم يصل إلينا أحد قبل الصباح».|أقر مجلس النواب مساء الخميس قانون الانتخاب الجديد بأغلبية ستين صوتاً، بعد جلسة استمرت أكثر من سبع ساعات.|والتحقيقات مستمرة.")]
    [InlineData(Title + "|وقال أحد السكان: «خسرنا كل شيء في ليلة واحدة، ولم يصل إلينا أحد قبل الصباح».|المصدر: رويترز|مئات العائلات في المدارس|اقرأ أيضاً:|والتحقيقات مستمرة.|\u200fشبكة الأنباء\u200f|\u200fشبكة الأنباء\u200f|وقال أحد السكان: «خسرنا كل شيء في ليلة واحدة، ولم يصل إلينا أحد قبل الصباح».|مئات العائلات في المدارس|سيارات غمرتها المياه على الطريق البحري - تصوير: سامر خليل|وقال أحد السكان: «خسرنا كل شيء في ليلة واحدة، ولم يصل إلينا أحد قبل الصباح».|والتحقيقات مستمرة.|+ الخط -|وقال رئيس البلدية في تصريح صحفي إن فرق الدفاع المدني تعمل منذ ساعات الفجر على سحب المياه من الشوارع.|أقر مجلس النواب مساء الخميس قانون الانتخاب الجديد بأغلبية ستين صوتاً، بعد جلسة استمرت أكثر من سبع ساعات.|وقال رئيس البلدية في تصريح صحفي إن فرق الدفاع المدني تعمل منذ ساعات الفجر على سحب المياه من الشوارع.|أقر مجلس النواب مساء الخميس قانون الانتخاب الجديد بأغلبية ستين صوتاً، بعد جلسة استمرت أكثر من سبع ساعات.|التالي|أقر مجلس النواب مساء الخميس قانون الانتخاب الجديد بأغلبية ستين صوتاً، بعد جلسة استمرت أكثر من سبع ساعات.|Фото: Creative Commons|وقال رئيس البلدية في تصريح صحفي إن فرق الدفاع المدني تعمل منذ ساعات الفجر على سحب المياه من الشوارع.")]
    [InlineData("وقال أحد السكان: «خسرنا كل شيء في ليلة واحدة، ولم يصل إلينا أحد قبل الصباح».|مقالات ذات صلة|وقال أحد السكان: «خسرنا كل شيء في ليلة واحدة، ولم يصل إلينا أحد قبل الصباح».|وقال رئيس البلدية في تصريح صحفي إن فرق الدفاع المدني تعمل منذ ساعات الفجر على سحب المياه من الشوارع.|أقر مجلس النواب مساء الخميس قانون الانتخاب الجديد بأغلبية ستين صوتاً، بعد جلسة استمرت أكثر من سبع ساعات.|أقر مجلس النواب مساء الخميس قانون الانتخاب الجديد بأغلبية ستين صوتاً، بعد جلسة استمرت أكثر من سبع ساعات.|غمرت مياه الأمطار الغزيرة أحياء عدة في مدينة صور جنوب لبنان، ما أجبر مئات العائلات على مغادرة منازلها ليل الأحد.|مئات العائلات في المدارس|مئات العائلات في المدارس|9:02 ص · 21 أكتوبر 2025|وقال أحد السكان: «خسرنا كل شيء في ليلة واحدة، ولم يصل إلينا أحد قبل الصباح».|هذا الخبر من إنتاج وكالة رويترز ولم تقم هيئة التحرير بتحريره.|@sameer_k|والتحقيقات مستمرة.|أقر مجلس النواب مساء الخميس قانون الانتخاب الجديد بأغلبية ستين صوتاً، بعد جلسة استمرت أكثر من سبع ساعات.|والتحقيقات مستمرة.|9:02 ص · 21 أكتوبر 2025|شارك|وأضاف أن الأضرار طالت عشرات المحال التجارية والسيارات المركونة على الطريق البحري، من دون تسجيل إصابات خطيرة.|شارك|وأضاف أن الأضرار طالت عشرات المحال التجارية والسيارات المركونة على الطريق البحري، من دون تسجيل إصابات خطيرة.")]
    public void Clean_RepeatedLinesOverARepeatedParagraph_SecondCleaningChangesNothing(string lines)
    {
        var once = _cleaner.Clean(Context(lines.Replace('|', '\n'))).Text;

        _cleaner.Clean(Context(once)).Text.ShouldBe(once);
    }

    /// <summary>
    /// Texts the idempotence property found (CsCheck seeds etbIUhhHw6f1, d2RRh5g3kmE1, 1bBq33mbV_X2, 89e7C2_shoD2 and
    /// arsi_wq1ih32) while a rule removed the article's paragraphs printed a second time: whichever way a copy was matched,
    /// the first cleaning left one that the second took, as other rules changed the paragraphs around it. The rule was
    /// withdrawn; these texts keep any next attempt honest.
    /// </summary>
    [Theory]
    [InlineData("2|0|سيارات غمرتها المياه على الطريق البحري (حسن عمار/فرانس برس)|الأكثر قراءة|1|2|\u200fشبكة الأنباء\u200f|0|١٠ يناير ٢٠٢٢|2|0|Фото: Creative Commons|Ru En")]
    [InlineData("1|1|١٠ يناير ٢٠٢٢|اقرأ أيضاً:|2|1|" + Title + "|2|هذا الخبر من إنتاج وكالة رويترز ولم تقم هيئة التحرير بتحريره.")]
    [InlineData("شارك|5|الأكثر قراءة|3|View this post on Instagram|0|9:02 ص · 21 أكتوبر 2025|3")]
    public void Clean_ArticlePrintedAgain_SecondCleaningChangesNothing(string lines)
    {
        var text = string.Join('\n', lines.Split('|')
            .Select(static l => l.Length == 1 && char.IsAsciiDigit(l[0]) ? Paragraphs[l[0] - '0'] : l));

        var once = _cleaner.Clean(Context(text)).Text;

        _cleaner.Clean(Context(once)).Text.ShouldBe(once);
    }

    /// <summary>
    /// A text without a paragraph the idempotence property found (CsCheck seed dDCoYAz7ZpP2, in 100 000 tries): Instagram's
    /// "View this post on Instagram" under "المساهمون" stayed, and once the footer's label was gone the second cleaning took
    /// it with the line above as an embedded post's card. The embed's link now goes wherever it stands.
    /// </summary>
    [Fact]
    public void Clean_EmbedLinkUnderAFooterLabel_SecondCleaningChangesNothing()
    {
        var text = "(إعداد سامر خليل للنشرة العربية - تحرير هالة قاسم)\nاقرأ أيضاً:\nالمساهمون\nView this post on Instagram";

        var once = _cleaner.Clean(Context(text)).Text;

        once.ShouldNotContain("Instagram");
        _cleaner.Clean(Context(once)).Text.ShouldBe(once);
    }

    [Fact]
    public void Clean_AnyText_NeverAddsOrReordersText() =>
        Text.Sample(text =>
        {
            var lines = text.Split('\n').Select(static l => ParagraphNormalizer.NormalizeLine(l)).Where(static l => l.Length > 0).ToList();
            var position = 0;
            foreach (var paragraph in _cleaner.Clean(Context(text)).Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
            {
                while (position < lines.Count && !string.Equals(lines[position], paragraph, StringComparison.Ordinal))
                {
                    position++;
                }

                (position < lines.Count).ShouldBeTrue($"\"{paragraph}\" is not a line of the raw text after the previous kept line");
                position++;
            }
        });

    [Fact]
    public void Clean_TextWithABodyParagraph_IsNeverEmptied() =>
        Text.Sample(text =>
        {
            if (text.Split('\n').Any(static l => LineShape.IsBodyParagraph(ParagraphNormalizer.NormalizeLine(l))))
            {
                _cleaner.Clean(Context(text)).Text.ShouldNotBeEmpty();
            }
        });

    [Fact]
    public void Clean_SameInput_SameResult() =>
        Text.Sample(text =>
        {
            var a = _cleaner.Clean(Context(text));
            var b = _cleaner.Clean(Context(text));
            b.Text.ShouldBe(a.Text);
            b.Removals.ShouldBe(a.Removals);
            b.Metadata.Authors.ShouldBe(a.Metadata.Authors);
            b.Metadata.Published.ShouldBe(a.Metadata.Published);
        });

    [Fact]
    public void Clean_AnyText_AccountsForEveryLineOnce() =>
        Text.Sample(text =>
        {
            var result = _cleaner.Clean(Context(text));
            var end = 0;
            foreach (var removal in result.Removals)
            {
                removal.Start.ShouldBeGreaterThanOrEqualTo(end);
                (removal.Start + removal.Length).ShouldBeLessThanOrEqualTo(text.Length);
                end = removal.Start + removal.Length;
            }

            var removedLines = result.Removals.Sum(r => text.Substring(r.Start, r.Length).Split('\n').Count(static l => ParagraphNormalizer.NormalizeLine(l).Length > 0));
            var keptLines = result.Text.Length == 0 ? 0 : result.Text.Split("\n\n").Length;
            var nonBlank = text.Split('\n').Count(static l => ParagraphNormalizer.NormalizeLine(l).Length > 0);
            (removedLines + keptLines).ShouldBe(nonBlank);
        });

    /// <summary>
    /// Lines of characters the matching key treats specially: marks and tatweel alone (an empty key), a hamza above at the start
    /// (it folds into a waw or yeh before it, never across a break), ligatures and Arabic-Indic digits (decomposed, folded),
    /// no-break and other spaces, invisible formatting.
    /// </summary>
    private static readonly Gen<string> OddLine = Gen.Char["\u0648\u064A\u0627\u0644\u0645\u0654\u064B\u0650\u0640\u00A0\u2003 \u200F\uFEFB\uFDF2\u0661\u06F5،؟.A"].Array[0, 40]
        .Select(static chars => new string(chars));

    private static readonly Gen<string> MixedText = Gen.Frequency((3, (IGen<string>)Line), (2, OddLine)).Array[0, 30].Select(static lines => string.Join('\n', lines));

    [Fact]
    public void Clean_AnyText_GivesTheMatchingKeyAndWordCountOfItsText() =>
        MixedText.Sample(text =>
        {
            var cleaned = _cleaner.Clean(Context(text));

            cleaned.MatchingKey.ShouldBe(DatasetBuilder.Text.ArabicNormalizer.Normalize(cleaned.Text));
            cleaned.WordCount.ShouldBe(LineShape.WordCount(cleaned.Text));
        });

    private static CleaningContext Context(string text) =>
        new() { Article = new Article { Id = "x", Source = "example", Language = "ar", Title = Title, Text = text } };
}

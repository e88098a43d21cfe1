using System.Text.RegularExpressions;

namespace DatasetBuilder.Cleaning.Rules;

/// <summary>
/// Removes navigation and widget lines: language switchers ("Ru En"), font-size controls ("+ الخط -"), logo tokens ("TT"),
/// share, print and comment prompts, back-to-top and counters. Only short lines that are not sentences qualify. Embedded
/// posts (<see cref="EmbeddedPosts"/>), the site's app box (<see cref="AppBoxes"/>), a file's download link and title
/// (<see cref="DownloadLinks"/>) and an episode's chapter list (<see cref="ChapterLists"/>) are found by helpers of
/// their own, whose removals are recorded under this rule's id.
/// </summary>
internal sealed partial class NavigationRule : CleaningRule
{
    private static readonly HashSet<string> LanguageNames = Lexicon.Set(
    [
        "ru", "en", "ar", "fr", "es", "de", "tr", "fa", "ur", "english", "français", "francais", "español", "русский", "عربي", "العربيه",
        "english version", "النسخة الإنجليزية", "english edition",
    ]);

    /// <summary>Folded words of share, print, comment and navigation widgets; a short line made only of them is a widget.</summary>
    private static readonly HashSet<string> WidgetWords = Lexicon.Set(
    [
        "شارك", "شاركها", "مشاركه", "المشاركه", "انشر", "طباعه", "اطبع", "ارسل", "ارسال", "لصديق", "تعليق", "تعليقات", "التعليقات", "اضف",
        "تعليقك", "واتساب", "واتس", "اب", "فيسبوك", "فيس", "بوك", "تويتر", "تلغرام", "تيليجرام", "لينكدان", "انستغرام", "يوتيوب", "نسخ",
        "انسخ", "الرابط", "رابط", "مختصر", "حفظ", "المفضله", "البريد", "الالكتروني", "العوده", "للاعلي", "الي", "الاعلي", "الرئيسيه",
        "الصفحه", "اشترك", "اشتراك", "تابعنا", "تابعونا", "علي", "x", "facebook", "twitter", "whatsapp", "telegram", "email", "print",
        "share", "comment", "comments", "copy", "link", "home", "تكبير", "تصغير", "الخط", "حجم", "خط", "a", "a+", "a-", "+", "-", "—",
        "استمع", "للمقال", "الاستماع", "دقائق", "دقيقة", "قراءة", "min", "read", "مشاهدة", "مشاهدات", "عبر", "تعليقاً", "الآن", "المقال",
        "الرئيسية", "الصفحة", "المفضلة", "طباعة", "مشاركة", "المشاركة", "العودة", "للأعلى", "الأعلى", "إلى", "على", "أضف", "إضافة", "إرسال", "أرسل",
        "للقراءة", "دقيقتان", "ثانية", "ثوان", "فيديو", "الفيديو", "بالفيديو", "بالصور", "شاهد", "اضغط", "انقر", "هنا", "إعلان", "اعلان",
        "advertisement", "ads", "sponsored", "publicité", "publicite", "مدعوم", "محتوى", "إعلاني", "الإعلاني", "إعلانية", "ترويجي", "مدفوع", "برعاية", "شريك", "نشرتنا", "النشرة", "البريدية", "في", "هذا", "الخبر", "الموضوع", "عاجل",
        "المزيد", "للمزيد", "تابع", "تابعوا", "مواقع", "التواصل", "الاجتماعي", "تطبيق", "حمل", "حمّل", "تحميل", "قناتنا", "صفحتنا",

        // The Maghreb's word for an advertisement, and the Egyptian and Gulf spellings of the networks (not "تيك توك" or
        // "سناب شات", which are also a report's subheadings).
        "إشهار", "اشهار", "الإشهار", "تليجرام", "انستجرام", "إنستجرام", "إنستغرام", "ماسنجر",

        // A player's button, and an embedded post's counters ("1.2 ألف إعجاب · 364 تعليقًا · 98 مشاركة").
        "تشغيل", "play",

        // A video embed's "watch later" button ("مشاهدة لاحقًا").
        "لاحقا", "لاحقًا",
        "إعجاب", "إعجابات", "ألف", "likes", "like", "shares", "views", "retweets", "replies", "أعجبني",

        // An audio player's label ("🎧 استمع للتقرير").
        "للتقرير", "للخبر",

        // A donation box's button ("انضم الآن", "ادعمنا").
        "انضم", "ادعم", "ادعمنا", "تبرع",

        // "مساحة إعلانية": an ad slot's label; "إعلان ممول": a sponsored item's.
        "مساحة", "مساحه", "ممول", "مموّل", "ممولة",
    ]);

    public override string Id => CleaningRules.Navigation;

    public override string Description => "navigation and widgets: language switchers, font-size controls, logo tokens, share/print/comment prompts, counters";

    private readonly EmbeddedPosts _embeddedPosts = new(CleaningRules.Navigation);

    private readonly AppBoxes _appBoxes = new(CleaningRules.Navigation);

    private readonly DownloadLinks _downloadLinks = new(CleaningRules.Navigation);

    private readonly ChapterLists _chapterLists = new(CleaningRules.Navigation);

    /// <summary>Fewest lines of a run of labels inside the text that is a widget rather than subheadings.</summary>
    private const int WidgetRun = 4;

    /// <summary>Folded controls of a live page: "تحديث تلقائي", "الأحدث أولاً", "الأقدم أولاً".</summary>
    private static readonly HashSet<string> LiveControls = Lexicon.Set(["تحديث تلقائي", "التحديث التلقائي", "الأحدث أولا", "الأقدم أولا", "الأحدث أولاً", "الأقدم أولاً", "ترتيب: الأحدث", "ترتيب: الأقدم"]);

    /// <summary>
    /// The networks' newer names ("إكس", "ثريدز", "لينكدإن"), which make a share button only beside another one: alone on a
    /// line they are as often the subheading of a report on the platforms.
    /// </summary>
    private static readonly HashSet<string> NewNetworkNames = Lexicon.Set(["إكس", "لينكدإن", "لينكد إن", "linkedin", "threads", "ثريدز"]);

    /// <summary>Fewest lines of a run of labels that is a menu or tag list even with no value among them.</summary>
    private const int MenuRun = 8;

    protected override void Run(CleaningDocument document)
    {
        foreach (var i in document.Kept())
        {
            var line = document.Lines[i];
            // The page's headline under a gallery's or a video's label ("بالصور | موسم قطف الزيتون …") is the headline rule's,
            // which then finds the article's header under it.
            if ((Kind(line) ?? FormField(document, i) ?? FeedbackAnswer(document, i) ?? AppBoxes.StoreBadgeOf(document, i) ?? ReadersCounter(document, i)) is { } kind && !IsFeedbackPromptInText(document, i)
                && !(IsVideoTeaser(line) && document.RepeatsTitle(i)))
            {
                document.Remove(i, Id, kind);
                if (line.Text.Length <= 200 && EmbeddedPosts.EmbedSignature().IsMatch(line.Text))
                {
                    _embeddedPosts.RemoveEmbedMarkup(document, i);
                }
                else if (line.Text.Length <= 200 && line.Text.Contains('@', StringComparison.Ordinal) && EmbeddedPosts.EmbedHeader().IsMatch(line.Text))
                {
                    _embeddedPosts.RemovePostBelowHeader(document, i);
                }
                else if (ReferenceEquals(kind, AppBoxes.StoreBadgeKind))
                {
                    _appBoxes.RemoveAppPitch(document, i);
                }
                else if (ReferenceEquals(kind, DownloadLinks.DownloadKind))
                {
                    _downloadLinks.RemoveFileTitle(document, i);
                }

            }
        }

        RemoveNewNetworkButtons(document);
        _chapterLists.RemoveChapterLists(document);
        RemoveLiveControls(document);
        RemoveStraySectionLinks(document);
        RemoveSkippableEmbeds(document);
        RemoveTableOfContents(document);
        _embeddedPosts.RemovePostCards(document);
        _embeddedPosts.RemoveReactionCards(document);
        RemoveSponsoredItems(document);
        RemoveVideoTitles(document);
        RestoreIntroducedTables(document);
        RemoveLabelRuns(document);
    }

    private const string CounterValue = "counter or widget value";

    private const string WidgetKind = "share, print, comment or navigation widget";

    /// <summary>
    /// Removes a share button named for a newer network ("إكس" between "واتساب" and "فيسبوك"): a line that is only such a name,
    /// with a share button this rule took right above or below it.
    /// </summary>
    private void RemoveNewNetworkButtons(CleaningDocument document)
    {
        for (var i = 0; i < document.Lines.Count; i++)
        {
            var line = document.Lines[i];
            if (line.IsBlank || line.WordCount > 2 || !document.IsKept(i) || !NewNetworkNames.Contains(line.Key.Trim()))
            {
                continue;
            }

            if ((document.PreviousNonBlank(i) is var above and >= 0 && IsShareButton(document, above))
                || (document.NextNonBlank(i) is var below and >= 0 && IsShareButton(document, below)))
            {
                document.Remove(i, Id, WidgetKind);
            }
        }
    }

    /// <summary>
    /// Removes a live page's controls, its refresh switch and the entries' order ("تحديث تلقائي" over "الأحدث أولاً"): two of
    /// them, one right under the other. One alone is as often a subheading ("الأحدث أولاً" heading a piece on a feed's
    /// options).
    /// </summary>
    private void RemoveLiveControls(CleaningDocument document)
    {
        for (var i = 0; i + 1 < document.Lines.Count; i++)
        {
            if (IsLiveControl(document, i) && document.NextNonBlank(i) is var next and >= 0 && IsLiveControl(document, next) && !IntroducesList(document, i))
            {
                document.Remove(i, Id, LiveControlsKind);
                document.Remove(next, Id, LiveControlsKind);
                i = next;
            }
        }
    }

    private const string LiveControlsKind = "a live page's controls (\"تحديث تلقائي\", \"الأحدث أولاً\")";

    private static bool IsLiveControl(CleaningDocument document, int index) =>
        document.IsKept(index) && document.Lines[index].WordCount <= 3 && LiveControls.Contains(document.Lines[index].Key.Trim());

    /// <summary>Folded links to a site's sections that a scrape leaves alone between paragraphs ("أرشيف", "الكاريكاتير").</summary>
    private static readonly HashSet<string> SectionLinks = Lexicon.Set(["أرشيف", "الأرشيف", "كاريكاتير", "الكاريكاتير"]);

    /// <summary>
    /// Removes a site section's link left alone on a line between paragraphs ("الكاريكاتير" in a report on parliament), where
    /// neither the title nor a paragraph of the article speaks of such a thing: an article on archives or caricature heads its
    /// sections with these words, and uses them in its text.
    /// </summary>
    private void RemoveStraySectionLinks(CleaningDocument document)
    {
        for (var i = 0; i < document.Lines.Count; i++)
        {
            if (document.Lines[i].IsBlank || document.Lines[i].WordCount != 1 || !document.IsKept(i) || !SectionLinks.Contains(document.Lines[i].Key.Trim()))
            {
                continue;
            }

            var word = document.Lines[i].Key.Trim();
            var stem = word.StartsWith("ال", StringComparison.Ordinal) ? word[2..] : word;
            var named = document.TitleWords.Any(t => t.Contains(stem, StringComparison.Ordinal));
            for (var k = 0; k < document.Lines.Count && !named; k++)
            {
                // The article's own sentences, not the menu's items ("كاريكاتير" among the site's sections).
                named = k != i && !document.Lines[k].IsBlank && document.IsKept(k) && document.IsBody(k) && document.Lines[k].Key.Contains(stem, StringComparison.Ordinal);
            }

            if (!named)
            {
                document.Remove(i, Id, "a link to a section of the site, alone between paragraphs (\"أرشيف\", \"الكاريكاتير\")");
            }
        }
    }

    /// <summary>True when line <paramref name="index"/> is a share button this rule took, or another newer network's name.</summary>
    private bool IsShareButton(CleaningDocument document, int index) =>
        (!document.IsKept(index) && document.RemovedBy(index) == Id && document.Lines[index].WordCount <= 3)
        || NewNetworkNames.Contains(document.Lines[index].Key.Trim());

    /// <summary>
    /// Removes an article's table of contents: its label ("محتويات المقال", "جدول المحتويات") and the entries under it, each
    /// printed again further down as one of the article's subheadings, which stay. Without the label, a run of short lines is
    /// as often the article's own list; without the repeats, the lines under such a label are.
    /// </summary>
    private void RemoveTableOfContents(CleaningDocument document)
    {
        for (var i = 0; i < document.Lines.Count; i++)
        {
            if (document.Lines[i].IsBlank || document.Lines[i].WordCount > 4 || !TocLabels.Contains(document.Lines[i].Key.Trim(' ', ':', '：')))
            {
                continue;
            }

            var entries = new List<int>();
            for (var j = document.NextNonBlank(i); j >= 0 && document.Lines[j].WordCount <= MaxTocEntryWords && RepeatsFurtherDown(document, j); j = document.NextNonBlank(j))
            {
                entries.Add(j);
            }

            if (entries.Count < MinTocEntries)
            {
                continue;
            }

            foreach (var line in (int[])[i, .. entries])
            {
                if (document.IsKept(line))
                {
                    document.Remove(line, Id, "the article's table of contents (its subheadings, listed above the text)");
                }
            }

            i = entries[^1];
        }
    }

    /// <summary>
    /// True when line <paramref name="index"/> is printed again further down, numbering and bullets aside, as a subheading: a
    /// line over a paragraph. A list the article presents may be repeated too, by a related list or a table's cells.
    /// </summary>
    private static bool RepeatsFurtherDown(CleaningDocument document, int index)
    {
        var entry = document.Lines[index].Key.AsSpan().Trim(TocEntryEdges);
        if (entry.IsEmpty)
        {
            return false;
        }

        for (var k = index + 1; k < document.Lines.Count; k++)
        {
            if (!document.Lines[k].IsBlank && entry.Equals(document.Lines[k].Key.AsSpan().Trim(TocEntryEdges), StringComparison.Ordinal)
                && document.NextNonBlank(k) is var under and >= 0 && document.IsBody(under))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Folded labels of an article's table of contents.</summary>
    private static readonly HashSet<string> TocLabels = Lexicon.Set(
    [
        "محتويات المقال", "محتوى المقال", "جدول المحتويات", "المحتويات", "فهرس المحتويات", "فهرس المقال", "محتويات الصفحة", "محتويات التقرير",
        "في هذا المقال", "اقرأ في هذا المقال", "ما ستقرأه في هذا المقال", "table of contents", "contents",
    ]);

    /// <summary>Fewest entries of a table of contents.</summary>
    private const int MinTocEntries = 2;

    /// <summary>Most words of a table of contents' entry.</summary>
    private const int MaxTocEntryWords = 15;

    /// <summary>Numbering, bullets and spaces around an entry of a table of contents.</summary>
    private const string TocEntryEdges = " 0123456789.-–—)(•*#:";

    /// <summary>"الخط" ("the font"), the word a font-size control names.</summary>
    private const string FontWord = "الخط";

    /// <summary>
    /// Removes an embed a screen reader may skip, from its skip link to its end label, consent prompt and all: "تخطى منشورات
    /// إكس" … "هل تسمح بعرض المحتوى من إكس؟" … "نهاية منشورات إكس" (the BBC's form; also "أهمل يوتيوب مشاركة", "تخطى قصص
    /// مقترحة وواصل القراءة" … "قصص مقترحة نهاية"), "Skip YouTube post" … "End of YouTube post". The two labels name the same
    /// thing, an embed ("منشورات", "يوتيوب") or a box the skip link says to read on after: "تجاوز الأزمة" … "نهاية الأزمة" are
    /// an article's subheadings.
    /// </summary>
    private void RemoveSkippableEmbeds(CleaningDocument document)
    {
        for (var i = 0; i < document.Lines.Count; i++)
        {
            if (document.Lines[i].IsBlank || document.Lines[i].WordCount > MaxSkipLabelWords || SkipLink().Match(document.Lines[i].Key) is not { Success: true } skip
                || !(skip.Groups["on"].Success || Lexicon.ContainsAny(skip.Groups["what"].Value, EmbedWords)))
            {
                continue;
            }

            var what = skip.Groups["what"].Value;
            for (var j = i + 1; j < document.Lines.Count && j <= i + MaxSkippedLines; j++)
            {
                if (EmbedEnd().Match(document.Lines[j].Key) is { Success: true } end && string.Equals(end.Groups["what"].Success ? end.Groups["what"].Value : end.Groups["before"].Value, what, StringComparison.Ordinal))
                {
                    for (var k = i; k <= j; k++)
                    {
                        if (document.IsKept(k))
                        {
                            document.Remove(k, Id, $"an embed between its skip link and its end (\"{document.Lines[i].Text.Trim()}\")");
                        }
                    }

                    i = j;
                    break;
                }
            }
        }
    }

    /// <summary>Most words of an embed's skip link or end label.</summary>
    private const int MaxSkipLabelWords = 8;

    /// <summary>Most lines between an embed's skip link and its end label.</summary>
    private const int MaxSkippedLines = 20;

    /// <summary>Folded words that name what an embed holds ("منشورات اكس", "يوتيوب مشاركه").</summary>
    internal static readonly string[] EmbedWords = Lexicon.List(["منشورات", "منشور", "مشاركة", "تغريدات", "تغريدة", "يوتيوب", "إكس", "تويتر", "فيسبوك", "إنستغرام", "انستغرام", "تيك توك", "بودكاست", "فيديو", "محتوى", "post", "youtube", "twitter", "facebook", "instagram", "tiktok", "video", "content"]);

    /// <summary>An embed's skip link, folded: "تخطي منشورات اكس", "اهمل يوتيوب مشاركه", "تخطي قصص مقترحه وواصل القراءه", "skip twitter post, 1".</summary>
    [GeneratedRegex(@"^\s*(?:تخطي|تجاوز|اهمل|skip)\s+(?<what>\S.{1,60}?)(?<on>\s+(?:وواصل القراءه|and continue reading))?\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SkipLink();

    /// <summary>An embed's end label, folded: "نهايه منشورات اكس", "قصص مقترحه نهايه", "end of twitter post, 1".</summary>
    [GeneratedRegex(@"^\s*(?:(?:نهايه|end of)\s+(?<what>\S.{1,60}?)|(?<before>\S.{1,60}?)\s+نهايه)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EmbedEnd();

    /// <summary>
    /// Removes the title of an embedded video wherever the text parts its lines (<see cref="IsVideoBlock"/> needs them in one
    /// block): inside the article, a video label this rule took ("فيديو", "YouTube video player"), then one kept line that
    /// is no sentence but a question and does not go on from the text ("وتتضمن …"), then the player's closing line ("02:34",
    /// "Watch on YouTube"), or the video's date when label, title and date are one block of three lines ("شاهد الفيديو",
    /// the title, "14 مايو 2024").
    /// </summary>
    private void RemoveVideoTitles(CleaningDocument document)
    {
        for (var i = 0; i < document.Lines.Count; i++)
        {
            // A labelled title that asks a question ("فيديو | كيف تعرف أن جهازك يدعم واي فاي 7؟") is a video's only over its
            // duration: alone it is a subheading ("فيديو: هل يظهر المقطع انهيار السد فعلا؟" in a fact-check).
            if (document.IsKept(i) && document.Lines[i].WordCount <= MaxVideoTeaserWords && LineShape.EndsWithQuestion(document.Lines[i].Text)
                && VideoWidget().IsMatch(document.Lines[i].Key) && document.NextNonBlank(i) is var duration and >= 0 && Duration().IsMatch(document.Lines[duration].Text))
            {
                document.Remove(i, Id, "the title of an embedded video, over its duration");
                continue;
            }

            var label = document.Lines[i];
            if (label.IsBlank || document.RemovedBy(i) != Id || !(label.Key.Contains("فيديو", StringComparison.Ordinal) || label.Key.Contains("video", StringComparison.Ordinal))
                || i < document.FirstBodyParagraph())
            {
                continue;
            }

            var titles = new List<int>();
            for (var j = document.NextNonBlank(i); j >= 0 && titles.Count <= 1; j = document.NextNonBlank(j))
            {
                var line = document.Lines[j];
                if (Duration().IsMatch(line.Text) || PlayerCloser().IsMatch(line.Key)
                    || (titles.Count == 1 && j == titles[0] + 1 && titles[0] == i + 1 && document.RemovedBy(j) == CleaningRules.DateLine))
                {
                    foreach (var title in titles)
                    {
                        document.Remove(title, Id, "the title of an embedded video (between its label and its duration)");
                    }

                    break;
                }

                if (titles.Count == 1 || !document.IsKept(j) || line.WordCount > 15 || LineShape.OpensRunningText(line.Text)
                    || (LineShape.IsSentence(line.Text) && !LineShape.EndsWithQuestion(line.Text)))
                {
                    break;
                }

                titles.Add(j);
            }
        }
    }

    /// <summary>
    /// Puts back the values of a table the article introduces: after a line of the article ending with ":" ("وجاء ترتيب
    /// الفرق على الشكل التالي:"), the short lines up to the next paragraph are the table's cells, and a number among them
    /// ("17", "+6%", "40,350") is a cell, not a counter.
    /// </summary>
    private void RestoreIntroducedTables(CleaningDocument document)
    {
        for (var j = 0; j < document.Lines.Count; j++)
        {
            var line = document.Lines[j];
            if (document.RemovedBy(j) == Id && document.InIntroducedTable(j) && line.Text.Any(char.IsDigit) && line.WordCount <= 3)
            {
                document.Restore(j);
            }
        }
    }

    /// <summary>
    /// Removes a widget scraped into the middle of the text (prayer times, rates, a score table, a menu): a run of at least
    /// <see cref="WidgetRun"/> lines with no blank line between, every one a short label or a table's row (no sentence, no
    /// list mark), with a value an earlier check took (a time, a counter, a date) among them, or <see cref="MenuRun"/> lines. A
    /// subheading is one line or two; a list the article introduces (the line before ends with ":") or marks ("•", "1.")
    /// stays. Only where the text keeps a block's lines together (<see cref="CleaningDocument.HasLineBlocks"/>).
    /// </summary>
    private void RemoveLabelRuns(CleaningDocument document)
    {
        if (!document.HasLineBlocks || document.FirstBodyParagraph() is var first && first < 0)
        {
            return;
        }

        var lines = document.Lines;
        for (var start = first + 1; start < lines.Count;)
        {
            var end = start;
            var (labels, values) = (0, 0);
            while (end < lines.Count && !lines[end].IsBlank)
            {
                if (!document.IsKept(end))
                {
                    values++; // a time, a counter, a date an earlier check took
                }
                else if (labels >= 0 && IsLabel(lines[end].Text))
                {
                    labels++;
                }
                else
                {
                    labels = -1; // the block holds more than labels: read on to its end, it is not a widget
                }

                end++;
            }

            if (labels > 0 && end - start >= WidgetRun && (values > 0 || labels >= MenuRun) && !IntroducesList(document, start) && !document.InIntroducedTable(start))
            {
                for (var j = start; j < end; j++)
                {
                    document.Remove(j, Id, "a run of short labels inside the text: a widget, menu or tag list");
                }
            }
            else if (IsVideoBlock(document, start, end))
            {
                for (var j = start; j < end; j++)
                {
                    document.Remove(j, Id, "the title of an embedded video (between its label and its duration)");
                }
            }

            start = end + 1;
        }
    }

    /// <summary>
    /// True when the block from <paramref name="start"/> to before <paramref name="end"/> is an embedded video: a video label
    /// ("شاهد الفيديو") and a duration ("01:45") this rule took, and between them at most two kept lines, none a sentence
    /// but a question (the video's title).
    /// </summary>
    private bool IsVideoBlock(CleaningDocument document, int start, int end)
    {
        if (end - start is < 3 or > 5)
        {
            return false;
        }

        var (label, duration, kept) = (false, false, 0);
        for (var j = start; j < end; j++)
        {
            var line = document.Lines[j];
            if (document.IsKept(j))
            {
                kept++;
                // A title may ask a question ("كيف تؤثر الشاشات على نومك؟"); a paragraph of the article ends on a full stop.
                if ((LineShape.IsSentence(line.Text) && !LineShape.EndsWithQuestion(line.Text)) || line.WordCount > 15)
                {
                    return false;
                }
            }
            else if (document.RemovedBy(j) == Id)
            {
                label |= line.Key.Contains("فيديو", StringComparison.Ordinal) || line.Key.Contains("video", StringComparison.Ordinal);
                duration |= Duration().IsMatch(line.Text);
            }
        }

        return label && duration && kept is > 0 and <= 2;
    }

    /// <summary>
    /// A short line that is no sentence and no list item: a label, a menu entry or a tag (four words at most), or a table's
    /// row (six at most, with a number: "دولار أمريكي 0.3058 0.3081").
    /// </summary>
    private static bool IsLabel(string text)
    {
        var words = LineShape.WordCount(text);
        return (words <= 4 || (words <= 6 && text.Any(char.IsDigit))) && !LineShape.EndsSentence(text) && !text.TrimEnd().EndsWith(':') && !LineShape.ListMark().IsMatch(text);
    }

    /// <summary>True when the last line with text before <paramref name="start"/> ends with a colon: the article introduces a list.</summary>
    internal static bool IntroducesList(CleaningDocument document, int start)
    {
        for (var i = start - 1; i >= 0; i--)
        {
            if (!document.Lines[i].IsBlank)
            {
                return document.Lines[i].Text.TrimEnd().EndsWith(':') || document.Lines[i].Text.TrimEnd().EndsWith('：');
            }
        }

        return false;
    }

    /// <summary>True when the line is a navigation or widget line this rule removes.</summary>
    internal static bool IsWidget(DocumentLine line) => Kind(line) is not null;

    /// <summary>
    /// A newsletter form's field: its placeholder alone on the line ("بريدك الإلكتروني") right over the form's button ("اشترك
    /// الآن"), or over the form's address field when it asks the name first ("الاسم" over "البريد الإلكتروني"). The same words
    /// are a step of instructions elsewhere ("4- تابع بريدك الإلكتروني"), and a name alone heads a table's column.
    /// </summary>
    internal static bool IsFormField(CleaningDocument document, int index) => FormField(document, index) is not null;

    private static string? FormField(CleaningDocument document, int index)
    {
        const string reason = "a newsletter form's field, over its button";
        if (document.Lines[index].WordCount > 4)
        {
            return null;
        }

        var key = document.Lines[index].Key.Trim(FormEdges);
        if (FormPlaceholders.Contains(key))
        {
            return !document.InIntroducedTable(index) && document.NextNonBlank(index) is var button and >= 0 && Kind(document.Lines[button]) is not null ? reason : null;
        }

        // A name field among the fields of a form the article describes ("… إدخال البيانات التالية:") is the article's list.
        return NamePlaceholders.Contains(key) && !document.InIntroducedTable(index) && !IntroducesList(document, index) && document.NextNonBlank(index) is var address and >= 0
            && FormPlaceholders.Contains(document.Lines[address].Key.Trim(FormEdges)) && FormField(document, address) is not null
            ? reason
            : null;
    }

    /// <summary>Trimmed off a form field's key: its label's colon, an ellipsis, a required field's star.</summary>
    private static readonly char[] FormEdges = [' ', '.', ':', '…', '*'];

    /// <summary>Folded placeholders of a newsletter form's address field.</summary>
    private static readonly HashSet<string> FormPlaceholders = Lexicon.Set(
    [
        "بريدك الإلكتروني", "البريد الإلكتروني", "أدخل بريدك الإلكتروني", "عنوان البريد الإلكتروني", "بريدك الالكتروني", "ادخل بريدك الالكتروني",
        "your email", "email address", "enter your email", "e-mail", "email",
    ]);

    /// <summary>Folded placeholders of a newsletter form's name field, which only the address field under it makes one.</summary>
    private static readonly HashSet<string> NamePlaceholders = Lexicon.Set(
    [
        "الاسم", "اسمك", "الاسم الكامل", "اسمك الكامل", "الاسم الأول", "أدخل اسمك", "ادخل اسمك", "name", "your name", "full name", "first name",
    ]);

    /// <summary>Folded words of an ad slot's label ("إعلان", "مساحة إعلانية", "Advertisement", "محتوى مدفوع").</summary>
    private static readonly HashSet<string> AdWords = Lexicon.Set(
    [
        "إعلان", "اعلان", "إعلاني", "الإعلاني", "إعلانية", "الإعلانية", "مساحة", "advertisement", "ads", "ad", "sponsored", "publicité", "publicite", "إشهار", "الإشهار",
        "محتوى", "مدعوم", "ممول", "مموّل", "مدفوع", "ترويجي", "برعاية",
    ]);

    /// <summary>
    /// An ad slot's label alone on its line ("إعلان", "- إعلان -", "Advertisement"): a widget that sits between an article's
    /// paragraphs, so, unlike share or tag widgets, it does not say the article has ended.
    /// </summary>
    internal static bool IsAdSlot(DocumentLine line) =>
        line.WordCount <= 3 && IsWidget(line) && TopicWords.Tokens(line.Key).ToList() is { Count: > 0 } words && words.TrueForAll(AdWords.Contains);

    /// <summary>
    /// Folded words that make an ad slot's label a sponsored item's ("إعلان ممول", "محتوى مدفوع", "Sponsored"). Not "برعاية": a
    /// press release prints its patron ("برعاية" over "صاحب السمو …") so.
    /// </summary>
    private static readonly HashSet<string> SponsoredWords = Lexicon.Set(["ممول", "مموّل", "مدفوع", "sponsored", "ترويجي", "مدعوم"]);

    /// <summary>Most words of a sponsored item's title under its label.</summary>
    private const int MaxSponsoredWords = 20;

    /// <summary>Most words of a sponsored item's text between its label and its button: an advertiser's pitch may be a long sentence.</summary>
    private const int MaxButtonedSponsoredWords = 40;

    /// <summary>
    /// A sponsored item's label: an ad slot's label with a word that says someone paid ("إعلان ممول", "Sponsored"), or "محتوى
    /// برعاية" ("content sponsored by"); "برعاية" alone is a press release's patron.
    /// </summary>
    private static bool IsSponsoredLabel(DocumentLine label)
    {
        var words = TopicWords.Tokens(label.Key).ToList();
        return words.Exists(SponsoredWords.Contains) || (words.Contains(ContentWord, StringComparer.Ordinal) && words.Contains(PatronWord, StringComparer.Ordinal));
    }

    private static readonly string ContentWord = Text.ArabicNormalizer.Normalize("محتوى");

    private static readonly string PatronWord = Text.ArabicNormalizer.Normalize("برعاية");

    /// <summary>The button a sponsored item closes on ("اعرف المزيد", "احجز الآن", "Learn more"), alone on its line.</summary>
    private static bool IsItemButton(DocumentLine line) =>
        !line.IsBlank && line.WordCount <= 3 && ItemButtons.Contains(line.Key.Trim().TrimEnd('.', '!', '>', '«', '»', ' ', '←'));

    private static readonly HashSet<string> ItemButtons = Lexicon.Set(["اعرف المزيد", "إعرف المزيد", "اكتشف المزيد", "اعرف أكثر", "احجز الآن", "احجز الان", "تسوق الآن", "تسوق الان", "اشتر الآن", "سجل الآن", "قدم طلبك الآن", "learn more", "shop now", "book now", "sign up"]);

    /// <summary>
    /// Removes a sponsored item between paragraphs: its label ("إعلان ممول") and its title on the next line of the same block
    /// ("احصل على تأشيرة عمل في كندا خلال 30 يوما.. قدم طلبك الآن"), the block holding nothing else. A plain "إعلان" slot says
    /// nothing of the line after it, often the article's own subheading.
    /// </summary>
    private void RemoveSponsoredItems(CleaningDocument document)
    {
        for (var i = 0; i + 1 < document.Lines.Count; i++)
        {
            var label = document.Lines[i];
            var title = i + 1;
            // The block may close on the item's button ("اعرف المزيد"), a widget this rule took.
            var button = title + 1 < document.Lines.Count && ((document.RemovedBy(title + 1) == Id && document.Lines[title + 1].WordCount <= 3) || IsItemButton(document.Lines[title + 1]));
            var after = button ? title + 2 : title + 1;
            if (label.IsBlank || document.RemovedBy(i) != Id || !IsAdSlot(label) || !document.IsKept(title) || (i > 0 && !document.Lines[i - 1].IsBlank)
                || (after < document.Lines.Count && !document.Lines[after].IsBlank) || document.Lines[title].WordCount > (button ? MaxButtonedSponsoredWords : MaxSponsoredWords)
                || !IsSponsoredLabel(label))
            {
                continue;
            }

            document.Remove(title, Id, "a sponsored item's title under its label");
            if (button && document.IsKept(title + 1))
            {
                document.Remove(title + 1, Id, "a sponsored item's button");
            }
        }
    }

    /// <summary>
    /// A video or gallery teaser on one line ("شاهد.. لحظة انتشال …", "بالفيديو: …"): like an ad slot, it sits between an
    /// article's paragraphs and does not say the article has ended.
    /// </summary>
    internal static bool IsVideoTeaser(DocumentLine line) =>
        !line.IsBlank && line.WordCount <= MaxVideoTeaserWords && !LineShape.EndsSentence(line.Text)
        && (VideoWidget().IsMatch(line.Key) || (line.WordCount <= MaxWatchTeaserWords && WatchTeaser().IsMatch(line.Key)));

    /// <summary>
    /// Most words of a teaser opened by "شاهد" and what the video shows, with no label mark ("شاهد ملخص وأهداف المباراة"): a
    /// longer line is a sentence whose verb is "شاهد" ("شاهد البث المباشر للحفل أكثر من مليار شخص").
    /// </summary>
    private const int MaxWatchTeaserWords = 7;

    /// <summary>A video's label alone on its line: "شاهد الفيديو", "فيديو", "Watch the video".</summary>
    internal static bool IsVideoLabel(DocumentLine line) =>
        line.WordCount <= 3 && (line.Key.Contains("فيديو", StringComparison.Ordinal) || line.Key.Contains("video", StringComparison.Ordinal)) && IsWidget(line);

    /// <summary>A logo token: one to four capital Latin letters alone on a line ("TT").</summary>
    internal static bool IsLogoToken(string text) => LogoToken().IsMatch(text);

    /// <summary>What separates the tokens of a line (one array, not one per line asked).</summary>
    private static readonly char[] TokenSeparators = [' ', '|', '/', '•', '·', ','];

    /// <summary>Most words of a video teaser's line, its label and its title (a headline's length).</summary>
    private const int MaxVideoTeaserWords = 15;

    /// <summary>Most words of a line told by its "اضغط هنا" as a link's text.</summary>
    private const int MaxClickHereWords = 14;

    /// <summary>True when <paramref name="text"/> is a call to click and nothing else ("اضغط هنا", "Click here").</summary>
    private static bool IsCall(ReadOnlySpan<char> text) =>
        ClickHere.Contains(Text.ArabicNormalizer.Normalize(text.Trim().TrimEnd(".!")), StringComparer.Ordinal);

    /// <summary>A colon or a quotation mark: what a sentence quoting a call to click has and a link's text has not.</summary>
    private static readonly System.Buffers.SearchValues<char> QuoteOrColon = System.Buffers.SearchValues.Create(":«»\"“”");

    /// <summary>Folded calls to click a link: "اضغط هنا", "انقر هنا", "click here".</summary>
    private static readonly string[] ClickHere = Lexicon.List(["اضغط هنا", "إضغط هنا", "اضغطوا هنا", "انقر هنا", "إنقر هنا", "انقروا هنا", "اضغطي هنا", "انقري هنا", "click here"]);

    /// <summary>
    /// True when <paramref name="text"/> (its key <paramref name="key"/>) ends or opens with a call to click ("… اضغط هنا",
    /// "اضغط هنا لـ…"), as a link's text does: no full stop at its end, no colon (a quoted message, "… يقول: … اضغط هنا", or a
    /// subheading, "اضغط هنا: الفخ الأكثر شيوعاً"), no quotation marks. A sentence of the article that names the phrase ends as
    /// a sentence does.
    /// </summary>
    private static bool IsClickHere(string text, string key)
    {
        // A link's label may close on a stop or "!" when it opens as a purpose ("للاستعلام عن النتيجة اضغط هنا.", "للمشاركة …
        // انقر هنا!"), and put its colon right before the call ("رابط الاستعلام عن النتيجة: اضغط هنا").
        var trimmed = text.AsSpan().Trim();
        var purpose = trimmed.Length > 2 && trimmed[0] == 'ل' && Text.ArabicNormalizer.IsArabicLetter(trimmed[1]);
        if (purpose && trimmed[^1] is '.' or '!')
        {
            trimmed = trimmed[..^1].TrimEnd();
        }

        var colon = trimmed.IndexOfAny(QuoteOrColon);
        if (LineShape.EndsSentence(trimmed) || (colon >= 0 && !(trimmed[colon] == ':' && trimmed.LastIndexOfAny(QuoteOrColon) == colon && IsCall(trimmed[(colon + 1)..]))))
        {
            return false;
        }

        var bare = key.AsSpan().Trim().Trim(" .!←→<>()[]-–—|");
        foreach (var call in ClickHere)
        {
            if ((bare.EndsWith(call, StringComparison.Ordinal) && (bare.Length == call.Length || bare[^(call.Length + 1)] == ' '))
                || (bare.StartsWith(call, StringComparison.Ordinal) && (bare.Length == call.Length || bare[call.Length] == ' ')))
            {
                return true;
            }
        }

        return false;
    }

    private static string? Kind(DocumentLine line)
    {
        var (text, key) = (line.Text, line.Key);
        // Checked before the length limit: a widget's loader script copied with the page can be a long line.
        if (IsScriptCode(text))
        {
            return "script code copied with the page (a widget or player loader)";
        }

        // Also before the length limit: the signature of an embedded post names its author and date after the post's text.
        if (text.Length <= 200 && EmbeddedPosts.EmbedSignature().IsMatch(text))
        {
            return "signature of an embedded post (author, handle and date)";
        }

        if (text.Length <= 200 && text.Contains('@', StringComparison.Ordinal) && EmbeddedPosts.EmbedHeader().IsMatch(text))
        {
            return "header of an embedded post (author, handle and date)";
        }

        if (IsFeedbackPrompt(line))
        {
            return "the page's question to the reader about the article (\"هل أعجبك المقال؟\")";
        }

        // A media placeholder the scrape wrote for a photo, video or chart, with its caption ("[صورة] جانب من الاجتماع").
        // Not a paragraph the scrape glued a placeholder to ("[صورة] أكد وزير المالية … ."): a caption ends on no full stop.
        if (line.WordCount <= MaxPlaceholderWords && MediaPlaceholder().IsMatch(key) && !LineShape.EndsSentence(text))
        {
            return "a media placeholder and its caption (\"[صورة] …\")";
        }

        // A file's download link ("تحميل الملف (PDF، 2.3 ميغابايت)").
        if (line.WordCount <= 8 && DownloadLinks.DownloadLink().IsMatch(key))
        {
            return DownloadLinks.DownloadKind;
        }

        // A rule drawn with characters ("ـــــــــــ", "-----", "* * *"): a separator, no text of the article.
        if (IsSeparatorLine(text))
        {
            return "a separator drawn with characters (no text)";
        }


        // A video box scraped into one line, its title and its duration ("فيديو | كيف تستفيد شركتك …؟ 03:12"): before the length
        // limit, as the title can be long.
        if (line.WordCount <= 25 && text.TrimEnd() is [.., >= '0' and <= '9'] && TrailingDuration().IsMatch(text) && VideoWidget().IsMatch(key))
        {
            return "video widget (label, title and duration)";
        }

        if (line.WordCount <= 16 && key.TrimStart(' ', '*') is ['ت' or 't' or 'T', ..] && UpdateNote().IsMatch(key) && DateOrTime().IsMatch(text))
        {
            return "update note (when the story was updated)";
        }

        // A live page's or breaking story's note that it is being updated ("يتم تحديث هذه التغطية تباعاً", "الخبر قيد التحديث"):
        // the page's, not the story's.
        if (line.WordCount <= MaxLiveNoteWords && LiveNote().IsMatch(key))
        {
            return "a note that the page is being updated (\"الخبر قيد التحديث\")";
        }

        // An embedded post's counts, each a number and its reaction ("1,204 إعجاب · 87 رد"); "رد" alone is also a Q&A label.
        // An Instagram embed's own furniture ("View this post on Instagram", "عرض المزيد على Instagram", "1,204 تسجيلات إعجاب"),
        // whatever stands around it.
        if (line.WordCount <= 6 && EmbeddedPosts.InstagramFurniture().IsMatch(line.Text))
        {
            return "an embedded post's link or counts";
        }

        // An embed's link to its platform under the post ("عرض على LinkedIn", "View on Facebook").
        if (line.WordCount <= 4 && PlatformLink().IsMatch(line.Key))
        {
            return "an embedded post's link to its platform (\"عرض على LinkedIn\")";
        }

        if (line.WordCount <= EmbeddedPosts.MaxReactionCountWords && EmbeddedPosts.ReactionCounts().IsMatch(line.Text))
        {
            return "an embedded post's reaction counts";
        }

        // A link's own words, "اضغط هنا" ("click here"), at the end or the start of a short line ("لمزيد من أخبار الناصرة والمنطقة
        // اضغط هنا", "اضغط هنا لمتابعة قناتنا"): the text of a link; a sentence of the article does not tell the reader to click.
        if (line.WordCount <= MaxClickHereWords && IsClickHere(text, key))
        {
            return "a link's call to click (\"اضغط هنا\")";
        }

        // A video teaser's label and title on one line ("شاهد: فيديو يوثق غرق شارع … بمياه الأمطار"): a title, not a sentence,
        // is often longer than a widget's eight words.
        if (IsVideoTeaser(line))
        {
            return "video or gallery widget";
        }

        if (line.WordCount > 8 || LineShape.IsSentence(text))
        {
            return null;
        }

        if (LogoToken().IsMatch(text))
        {
            return "logo token";
        }

        var tokens = key.Split(TokenSeparators, StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length > 0 && (LanguageNames.Contains(key) || tokens.All(LanguageNames.Contains)))
        {
            return "language switcher";
        }

        // "الخط" as a word of its own: "الخطيب" (a name), "الخطة" and "الخطوط" are no font's.
        var words = TopicWords.Tokens(key).ToList();
        if (words.Contains(FontWord, StringComparer.Ordinal) && (key.Contains('+', StringComparison.Ordinal) || key.Contains('-', StringComparison.Ordinal) || key.Contains("حجم", StringComparison.Ordinal) || key.Contains("تكبير", StringComparison.Ordinal) || key.Contains("تصغير", StringComparison.Ordinal)))
        {
            return "font-size control";
        }

        if (words.Count > 0 && words.TrueForAll(w => WidgetWords.Contains(w) || w.All(char.IsDigit)) && words.Exists(w => !w.All(char.IsDigit)))
        {
            return WidgetKind;
        }

        if (tokens.Length <= 3 && !text.Any(Text.ArabicNormalizer.IsArabicLetter) && text.Any(char.IsDigit) && text.Count(char.IsLetter) <= 4)
        {
            return CounterValue;
        }

        if (tokens.Length > 0 && tokens.All(static t => t is "+" or "-" or "a" or "a+" or "a-" or "|"))
        {
            return "font-size control";
        }

        // A photo's credit ("Photo: KirkukNow") is the caption rule's, which takes the caption above it too.
        if (words.Count is > 0 and <= 4 && text.Any(char.IsAsciiLetter) && text.All(static c => !char.IsLetter(c) || char.IsAsciiLetter(c)) && !CaptionRule.IsCreditLine(line))
        {
            return "Latin-script label in an Arabic text (credit, logo or widget)";
        }

        return null;
    }

    /// <summary>
    /// A line of script, not prose: no Arabic letter, an assignment, and a statement end or a block
    /// ("var _q = _q||[]; _q.push({...});", "document.x=true;"). Prose, even Latin prose, has neither "=" nor ";" at its end.
    /// </summary>
    private static bool IsScriptCode(string text) =>
        text.Contains('=', StringComparison.Ordinal)
        && !HasArabicLetter(text)
        && (text.TrimEnd().EndsWith(';') || text.Contains('{', StringComparison.Ordinal));

    /// <summary>True when the text has an Arabic-script letter (a loop, not LINQ: asked of every line).</summary>
    private static bool HasArabicLetter(string text)
    {
        foreach (var c in text)
        {
            if (Text.ArabicNormalizer.IsArabicLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An answer button under the page's question to the reader ("هل كان المقال مفيداً؟" over "نعم" and "لا"), alone on its
    /// line, with at most <see cref="MaxFeedbackAnswers"/> answers between it and the question.
    /// </summary>
    private static string? FeedbackAnswer(CleaningDocument document, int index)
    {
        var line = document.Lines[index];
        if (line.WordCount > 3 || !IsFeedbackAnswer(line.Key))
        {
            return null;
        }

        var above = document.PreviousNonBlank(index);
        for (var answers = 0; above >= 0 && answers < MaxFeedbackAnswers && IsFeedbackAnswer(document.Lines[above].Key); answers++)
        {
            above = document.PreviousNonBlank(above);
        }

        return above >= 0 && IsFeedbackPrompt(document.Lines[above]) && !IntroducesList(document, above)
            ? "an answer to the page's question to the reader (\"نعم\", \"لا\")"
            : null;
    }

    /// <summary>
    /// True when line <paramref name="index"/> is the page's question to the reader with an answer button under it, not quoted
    /// by the article after a colon.
    /// </summary>
    internal static bool IsAnsweredFeedbackPrompt(CleaningDocument document, int index) =>
        IsFeedbackPrompt(document.Lines[index]) && !IntroducesList(document, index) && document.NextNonBlank(index) is var answer and >= 0
        && IsFeedbackAnswer(document.Lines[answer].Key);

    /// <summary>
    /// True when line <paramref name="index"/> reads as the page's question to the reader but is the article's: quoted after a
    /// colon, or a subheading with a paragraph of the article under it ("هل كان التقرير مفيداً؟" over the column's verdict).
    /// </summary>
    private static bool IsFeedbackPromptInText(CleaningDocument document, int index) =>
        IsFeedbackPrompt(document.Lines[index])
        && (IntroducesList(document, index) || (document.NextNonBlank(index) is var under and >= 0 && document.IsBody(under) && document.FirstBodyParagraph() is var first and >= 0 && first < index));

    /// <summary>True when <paramref name="line"/> is the page's question to the reader about the article ("هل كان المقال مفيداً؟").</summary>
    internal static bool IsFeedbackPrompt(DocumentLine line) =>
        line.WordCount <= 8 && line.Key.StartsWith("هل ", StringComparison.Ordinal) && FeedbackPrompt().IsMatch(line.Key);

    /// <summary>
    /// The page's count of its readers ("عدد المشاهدات : 1,284") beside the page's furniture: in the header, or next to a line
    /// another rule took (a date line, a share bar, a related list's label). Between the article's own lines it is the
    /// article's data (a video's views in a report on it).
    /// </summary>
    private static string? ReadersCounter(CleaningDocument document, int index)
    {
        var line = document.Lines[index];
        if (line.WordCount > 5 || !ReadersCount().IsMatch(line.Key))
        {
            return null;
        }

        var (above, below) = (document.PreviousNonBlank(index), document.NextNonBlank(index));
        var first = document.FirstBodyParagraph();
        return first < 0 || index < first || (above >= 0 && !document.IsKept(above)) || (below >= 0 && !document.IsKept(below))
            ? "the page's count of its readers (\"عدد المشاهدات\")"
            : null;
    }

    /// <summary>A readers count, folded: "عدد المشاهدات : 1,284", "عدد القراءات: 842", "المشاهدات 15230".</summary>
    [GeneratedRegex(@"^\s*(?:عدد\s+)?(?:المشاهدات|القراءات|الزيارات|مرات القراءه|مرات المشاهده|المشاهده|القراء)\s*[:：]?\s*[0-9٠-٩][0-9٠-٩,.٬]*\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ReadersCount();

    /// <summary>An embed's link to its platform, folded: "عرض على LinkedIn", "شاهد على فيسبوك", "View on X".</summary>
    [GeneratedRegex(@"^\s*(?:عرض|شاهد|اعرض|view|see)\s+(?:علي|في|on)\s+(?:linkedin|لينكدان|لينكد ان|facebook|فيسبوك|فيس بوك|instagram|انستغرام|انستجرام|threads|x|tiktok|تيك توك)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PlatformLink();

    /// <summary>Trimmed off an answer button's key.</summary>
    private static readonly char[] AnswerEdges = [' ', '.', '!', '(', ')'];

    /// <summary>
    /// True when <paramref name="key"/> is an answer button: one of <see cref="FeedbackAnswers"/>, alone or with its thumb
    /// ("نعم 👍", "👎 لا").
    /// </summary>
    private static bool IsFeedbackAnswer(string key)
    {
        var answer = key.Trim(AnswerEdges);
        if (FeedbackAnswers.Contains(answer))
        {
            return true;
        }

        var bare = answer.Replace("👍", string.Empty, StringComparison.Ordinal).Replace("👎", string.Empty, StringComparison.Ordinal).Trim(AnswerEdges);
        return bare.Length > 0 && bare.Length < answer.Length && FeedbackAnswers.Contains(bare);
    }

    /// <summary>Most answer buttons under the page's question to the reader.</summary>
    private const int MaxFeedbackAnswers = 4;

    /// <summary>Folded answers to the page's question to the reader.</summary>
    private static readonly HashSet<string> FeedbackAnswers = Lexicon.Set(
        ["نعم", "لا", "مفيد", "غير مفيد", "أعجبني", "لم يعجبني", "ربما", "إلى حد ما", "yes", "no", "👍", "👎"]);

    /// <summary>
    /// The page asking the reader about the article, folded: "هل اعجبك المقال؟", "هل كان هذا الخبر مفيدا؟", "هل كانت هذه الصفحة
    /// مفيدة؟" (a portal's), and with its call
    /// to pass it on ("هل وجدت هذا الشرح مفيدا؟ شاركه مع اصدقاءك").
    /// </summary>
    [GeneratedRegex(@"^\s*هل\s+(?:اعجبك|اعجبتك|وجدت|كان|كانت)\s+(?:هذا\s+|هذه\s+)?(?:المقال|الخبر|الموضوع|المحتوي|الماده|المقاله|التقرير|الشرح|الدليل|الصفحه|المعلومات|الاجابه)(?:\s+مفيدا|\s+مفيده)?\s*[؟?]?(?:\s*(?:شاركه|شاركها|انشره|انشرها)(?:\s+مع\s+(?:اصدقاءك|اصدقاءكم|الاخرين))?\s*[.!]?)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex FeedbackPrompt();

    /// <summary>Most words of a media placeholder's line.</summary>
    private const int MaxPlaceholderWords = 30;

    /// <summary>A media placeholder opening the line, folded: "[صوره]", "[فيديو]", "[رسم بياني]", "[image]".</summary>
    [GeneratedRegex(@"^\s*\[(?:صوره|صور|فيديو|رسم بياني|انفوجراف|انفوغراف|انفوغرافيك|انفوجرافيك|خريطه|image|photo|video|chart|infographic)\]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MediaPlaceholder();

    /// <summary>A label opening a video or gallery teaser ("شاهد: لحظة وصول السفينة", "بالفيديو: …", "فيديو |", "شاهد.. لقطات …").</summary>
    [GeneratedRegex(@"^\s*(?:شاهد|شاهدوا|شاهد بالفيديو|بالفيديو|فيديو|بالصور|صور|البوم الصور|فيديوجراف|انفوجراف|انفوغراف|watch|video)\s*(?:[:|\-–]|\.\.|…)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex VideoWidget();

    /// <summary>"شاهد" before what a video shows ("شاهد ملخص وأهداف المباراة"); "شاهد" alone is also a witness ("شاهد عيان").</summary>
    [GeneratedRegex(@"^\s*(?:شاهد|شاهدوا)\s+(?:ملخص|اهداف|لقطات|مقطع|فيديو|الفيديو|بالفيديو|البث|صور)(?!\S)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WatchTeaser();

    [GeneratedRegex(@"\d{1,2}:\d{2}|\d{4}", RegexOptions.CultureInvariant)]
    internal static partial Regex DateOrTime();

    /// <summary>Most words of a live page's note that it is being updated.</summary>
    private const int MaxLiveNoteWords = 8;

    /// <summary>
    /// A note, folded and whole, that the page or story is being updated: "يتم تحديث هذه الصفحة باستمرار", "يتم تحديث هذه
    /// التغطية تباعا", "(هذا) الخبر قيد التحديث", "خبر عاجل.. جار التحديث", "التفاصيل لاحقاً". A sentence about updating
    /// something else ("يتم تحديث المناهج …") names no page; "يتبع" closes a series' instalment, which is the article's.
    /// </summary>
    [GeneratedRegex(@"^[\s*(\[]*(?:(?:يتم|سيتم|جار|جاري)\s+تحديث\s+(?:هذا|هذه)\s+(?:الخبر|المقال|الموضوع|الصفحه|التغطيه|القصه)(?:\s+(?:باستمرار|تباعا|اولا\s+باول|بشكل\s+مستمر|تلقائيا|لحظه\s+بلحظه))?|(?:(?:هذا|هذه)\s+)?(?:الخبر|المقال|الموضوع|الصفحه|التغطيه|القصه)\s+(?:قيد\s+التحديث|يتم\s+تحديثه|يتم\s+تحديثها|سيتم\s+تحديثه|سيتم\s+تحديثها|محدثه\s+باستمرار)|(?:خبر\s+عاجل[\s.:|\-]*)?(?:قيد|جار|جاري)\s+التحديث|التفاصيل\s+لاحقا|(?:المزيد\s+من\s+)?التفاصيل\s+تباعا)[\s.…)\]!]*$", RegexOptions.CultureInvariant)]
    private static partial Regex LiveNote();

    /// <summary>An update note, folded, with the time or date it gives: "تم تحديث الخبر الساعة 18:05", "this story was updated at …".</summary>
    [GeneratedRegex(@"^[\s*]*(?:تم\s+)?تحديث\s+(?:هذا\s+)?(?:الخبر|المقال)\b|^[\s*]*(?:this story|this article) (?:was|has been) updated", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UpdateNote();

    /// <summary>A video player's closing line: "Watch on", "Watch on YouTube", "شاهد على يوتيوب".</summary>
    [GeneratedRegex(@"^\s*(?:watch on(?:\s+youtube)?|شاهد علي (?:يوتيوب|youtube))\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PlayerCloser();

    /// <summary>A video's duration closing the line ("… 03:12").</summary>
    [GeneratedRegex(@"\s(?:\d{1,2}:)?\d{1,2}:\d{2}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingDuration();

    /// <summary>
    /// True when the line is only a drawn rule: one of tatweel, a dash, an underscore, an equals sign, an asterisk, a tilde or a
    /// bullet three times or more, with spaces, and nothing else.
    /// </summary>
    internal static bool IsSeparatorLine(string text)
    {
        var marks = 0;
        var mark = '\0';
        foreach (var c in text)
        {
            if (c is 'ـ' or '-' or '–' or '—' or '_' or '=' or '*' or '~' or '•' or '·' or '⁂' or '✽')
            {
                // One character drawn again and again: "· · · — — —" mixes two, and is Morse the article spells out.
                if (marks > 0 && c != mark)
                {
                    return false;
                }

                mark = c;
                marks++;
            }
            else if (!char.IsWhiteSpace(c) && !Text.InvisibleCharacters.IsInvisibleFormatting(c))
            {
                return false;
            }
        }

        return marks >= 3;
    }

    /// <summary>True when the line is a video's duration alone ("01:45", "1:02:10").</summary>
    internal static bool IsDuration(string text) => Duration().IsMatch(text);

    /// <summary>A video's duration alone on its line ("01:45", "1:02:10").</summary>
    [GeneratedRegex(@"^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Duration();

    [GeneratedRegex(@"^[A-Z]{1,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex LogoToken();
}

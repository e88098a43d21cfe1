using System.Text.RegularExpressions;

namespace DatasetBuilder.Cleaning.Rules;

/// <summary>
/// Removes footer lines after the article has started: the contributors label ("المساهمون"), copyright lines, the
/// comment-section disclaimer ("الآراء الواردة أدناه لا تعبر عن رأي …") and promotions of the site's channels
/// ("تابعوا أخبارنا على تلغرام"), the author's box (name and biography) and, read back from the page's end to the article's
/// last paragraph, what closes the page: editors' notes, a news agency's sign-off ("(النهاية)", editors' initials), an appeal
/// for the readers' support, the content's licence, a column's disclaimer.
/// </summary>
internal sealed partial class FooterRule : CleaningRule
{
    private static readonly HashSet<string> Labels = Lexicon.Set(
    [
        "المساهمون", "المساهمين", "ساهم في التحرير", "شارك في التحرير", "شارك في الاعداد", "فريق التحرير", "contributors", "شارك في الإعداد",
    ]);

    private static readonly string[] Copyright = Lexicon.List(["جميع الحقوق محفوظه", "كل الحقوق محفوظه", "حقوق النشر محفوظه", "all rights reserved", "copyright", "©", "جميع الحقوق محفوظة"]);

    /// <summary>
    /// A disclaimer needs both a "not our opinion / we welcome" phrase and a word naming the site, the writer or the comments.
    /// It is recognised anywhere: opinion pages print theirs above the article.
    /// </summary>
    private static readonly string[] DisclaimerPhrases = Lexicon.List(["لا تعبر عن راي", "لا تعبر بالضروره", "تعبر عن راي كاتبها", "تعبر عن وجهه نظر", "الاراء الوارده", "الآراء الواردة", "لا تعبر عن رأي", "لا تعكس بالضرورة", "تعبر عن رأي الكاتب", "تعبر عن رأي كاتبه", "تعبر عن آراء أصحابها", "تعبر عن آراء كتابها", "تعبر عن رأي أصحابها"]);

    private static readonly string[] DisclaimerSubjects = Lexicon.List(["موقع", "الشبكه", "شبكه", "التعليقات", "ادناه", "كاتبها", "اصحابها", "القراء", "الصحيفه", "أدناه", "أصحابها", "القرّاء", "في المقالات"]);

    /// <summary>
    /// What a page's disclaimer under a column names besides (<see cref="DisclaimerSubjects"/>): its writers, the paper. Only
    /// in the page's tail: a report on a paper's apology says "لا تعبر عن رأي الجريدة، وإنما عن آراء كتابها" in its text.
    /// </summary>
    private static readonly string[] TailDisclaimerSubjects = Lexicon.List(["كتابها", "كتّابها", "الجريدة", "المجلة", "المقالات", "المقال", "نظر الكاتب", "رأي الكاتب"]);

    /// <summary>
    /// Folded labels of a press release's media contact at the page's end ("للتواصل الإعلامي:" over a name, a title, an address
    /// and a telephone number).
    /// </summary>
    private static readonly HashSet<string> ContactLabels = Lexicon.Set(
    [
        // Only the press's: "جهة الاتصال:" or "للمزيد من المعلومات يرجى التواصل مع:" closes an appeal or a service's news with
        // the numbers the article gives its readers.
        "للتواصل الإعلامي", "للتواصل الصحفي", "للاستفسارات الإعلامية", "للاستفسارات الصحفية", "جهة الاتصال الإعلامي", "جهة الاتصال الإعلامية",
        "media contact", "media contacts", "press contact", "for media inquiries",
    ]);

    /// <summary>Most words of a line of a media contact (a name, a title, an address, a number).</summary>
    private const int MaxContactWords = 12;

    /// <summary>Most lines of a media contact under its label.</summary>
    private const int MaxContactLines = 8;

    /// <summary>
    /// A reader-support appeal asks for the reader's support ("دعمك المباشر", "ساهم في استمرار …") in the name of the outlet's
    /// independence or its journalism; a report on a fund-raising asks for neither.
    /// </summary>
    private static readonly string[] AppealAsks = Lexicon.List(["دعمك", "ادعمنا", "ادعموا", "ساهم في استمرار", "ساهموا في استمرار", "تبرعك", "تبرع الآن", "support us", "donate"]);

    /// <summary>Most words of the heading over an appeal for support.</summary>
    private const int MaxAppealHeadingWords = 12;

    /// <summary>What names the outlet in an appeal for support: "we" and "our", or the outlet as independent.</summary>
    private static readonly string[] AppealSubjects = Lexicon.List(["نحن", "لنا", "عملنا", "صحافتنا", "استقلالنا", "نواصل", "نستمر", "منصة إعلامية مستقلة", "مؤسسة صحفية مستقلة", "صحافة الاستقصاء", "independent journalism", "our journalism"]);

    /// <summary>A content licence under the article ("هذا العمل مرخص بموجب رخصة المشاع الإبداعي …").</summary>
    private static readonly string[] LicencePhrases = Lexicon.List(["المشاع الإبداعي", "creative commons", "cc by"]);

    /// <summary>What makes a line naming a licence the page's own licence statement ("هذا العمل مرخص بموجب …", "منشورة وفق …").</summary>
    private static readonly string[] LicenceStatements = Lexicon.List(["مرخص", "مرخصة", "منشورة وفق", "منشور وفق", "بموجب رخصة", "licensed", "cc by"]);

    /// <summary>What an editor's note names: the article or the site itself ("ورد في نسخة سابقة من هذا التحقيق", "هذا المقال ذو طابع توعوي").</summary>
    private static readonly string[] NoteSubjects = Lexicon.List(["هذا المقال", "هذه المقالة", "هذه القصة", "هذا الخبر", "هذا التقرير", "هذا التحقيق", "هذه المادة", "هذا الموضوع", "نسخة سابقة", "النسخة السابقة", "الموقع", "المحرر", "التحرير", "this article", "this story"]);

    /// <summary>
    /// Labels of an editor's note after the article: a correction ("تصويب: ورد في نسخة سابقة …"), a notice ("تنويه: هذا المقال
    /// ذو طابع توعوي …"). Not "ملاحظة:" or "تحديث:" alone: a recipe's last tip and a report's last update are the article's.
    /// </summary>
    private static readonly string[] NoteLabels = Lexicon.List(["تصويب", "تصحيح", "تنويه", "ملاحظة المحرر", "ملاحظة التحرير", "editor's note", "correction"]);

    /// <summary>Openers of a note on the article's own publication ("نُشرت النسخة الأصلية من هذا التحقيق باللغة الفرنسية.").</summary>
    private static readonly string[] PublicationNotes = Lexicon.List(["نشرت النسخة الأصلية", "نشرت النسخة الاصلية", "نشر هذا المقال", "نشر هذا التحقيق", "نشر هذا التقرير", "نشرت هذه المادة", "ترجم هذا المقال", "ترجم هذا التقرير", "ترجم هذا التحقيق", "هذا المقال مترجم", "هذا التقرير مترجم", "هذا التحقيق مترجم", "هذه المقالة مترجمة", "هذه المادة مترجمة", "أنجز هذا التحقيق", "أنجز هذا التقرير", "هذه المادة منشورة", "نشر هذا النص", "نشرت هذه المقالة", "نشرت هذه الورقة",
        // The site's note that what it printed is a company's press release ("هذا المحتوى بيان صحفي مقدَّم من الشركة، …").
        "هذا المحتوى بيان صحفي", "هذا الخبر بيان صحفي", "هذه المادة بيان صحفي", "هذا المقال بيان صحفي", "هذا المحتوى مقدم من", "هذا المحتوى مقدّم من",
        "هذا المحتوى مقدَّم من", "هذا البيان الصحفي مقدم من"]);

    /// <summary>
    /// Openers of a note on the series or coverage the article belongs to ("هذه المقالة جزء من تغطية الفنار للإعلام لقضايا
    /// التعليم …"): only when it names the site or the outlet (<see cref="IsSeriesNote"/>). "هذه القصة جزء من مأساة أوسع" closes
    /// an article, and "هذا التقرير جزء من سلسلة يصدرها المركز" names the report the article covers.
    /// </summary>
    private static readonly string[] SeriesNotes = Lexicon.List(
    [
        "هذه المقالة جزء من", "هذا المقال جزء من", "هذا التقرير جزء من", "هذا التحقيق جزء من", "هذه المادة جزء من", "هذه القصة جزء من", "هذا الخبر جزء من",
        "هذه المقالة هي جزء من", "هذا المقال هو جزء من", "هذا التقرير هو جزء من", "هذه القصة هي جزء من",
    ]);

    /// <summary>Folded words by which a note names the outlet that publishes the series ("التي تنشرها المنصة", "بدعم من").</summary>
    private static readonly string[] OutletWords = Lexicon.List(["الموقع", "المنصة", "الصحيفة", "الجريدة", "المجلة", "موقعنا", "منصتنا", "صحيفتنا", "تغطيتنا", "بدعم من", "بدعم"]);

    /// <summary>
    /// Openers of a site's note that a story is an agency's, printed as it came ("هذا الخبر من إنتاج وكالة رويترز ولم تقم هيئة
    /// تحرير الموقع بتحريره"): only with an agency and the editing it did not get (<see cref="IsWireNote"/>). A fact-check ends
    /// "هذا الخبر من إنتاج صفحات مجهولة …" too.
    /// </summary>
    private static readonly string[] WireNoteOpeners = Lexicon.List(["هذا الخبر من إنتاج", "هذا المحتوى من إنتاج", "هذه المادة من إنتاج", "هذا التقرير من إنتاج", "هذا المقال من إنتاج"]);

    private static readonly string[] WireNoteAgencies = Lexicon.List(["وكالة", "وكالات"]);

    private static readonly string[] WireNoteEditing = Lexicon.List(["تحرير", "بتحريره", "بتحريرها", "تعديل", "بتعديله"]);

    private static bool IsWireNote(string key) =>
        StartsWithAny(key, WireNoteOpeners) && (ContainsAny(key, WireNoteAgencies) || ContainsAny(key, BylineRule.Agencies)) && ContainsAny(key, WireNoteEditing);

    /// <summary>
    /// Openers of a note on how the article was produced ("أُنتج هذا التقرير ضمن مشروع …"): only with what it was produced
    /// within or with (<see cref="ProductionSupports"/>) and as one clause; a report on a study opens so too ("أعد هذا التقرير
    /// بدعم من البنك الدولي فريق من ستة باحثين، واستند …").
    /// </summary>
    private static readonly string[] ProductionNotes = Lexicon.List(["أنتج هذا التقرير", "أنتج هذا التحقيق", "أنتجت هذه المادة", "أنتجت هذه القصة", "أنجزت هذه المادة", "أعد هذا التقرير", "أعدت هذه المادة", "تم إنتاج هذا التقرير", "تم إنتاج هذه المادة", "تم إعداد هذا التقرير", "تم إنجاز هذا التقرير"]);

    private static readonly string[] ProductionSupports = Lexicon.List(["ضمن مشروع", "ضمن برنامج", "بدعم من", "بالتعاون مع", "بتمويل من", "بالشراكة مع"]);

    /// <summary>
    /// A note on how the article was produced: a <see cref="ProductionNotes"/> opener and a support, at most 30 words, one clause
    /// or two where the second disclaims the supporter's views.
    /// </summary>
    private static bool IsProductionNote(string key, int words) =>
        words <= 30 && StartsWithAny(key, ProductionNotes) && ContainsAny(key, ProductionSupports) && (key.IndexOfAny(ClauseMarks) < 0 || ContainsAny(key, NotEndorsing));

    /// <summary>The disclaimer a production note may add as its second clause ("، ولا يعبر بالضرورة عن آرائها").</summary>
    private static readonly string[] NotEndorsing = Lexicon.List(["لا يعبر", "لا تعبر", "لا يعكس", "لا تعكس"]);

    private static readonly char[] ClauseMarks = ['،', ',', '؛', ';'];

    /// <summary>Labels that open a legal or investment disclaimer ("إخلاء المسؤولية: المعلومات الواردة … لا تمثل توصية …").</summary>
    private static readonly string[] DisclaimerLabels = Lexicon.List(["إخلاء المسؤولية", "إخلاء مسؤولية", "إخلاء المسئولية", "disclaimer"]);

    /// <summary>
    /// "نرحب بتعليقاتكم …": a welcome counts only with the comments themselves, never with "موقع" alone, which news uses for
    /// any place ("ترحب الأمم المتحدة … في موقع الحادث").
    /// </summary>
    private static readonly string[] WelcomePhrases = Lexicon.List(["ترحب", "نرحب", "يرحب"]);

    private static readonly string[] CommentSubjects = Lexicon.List(["التعليقات", "تعليقاتكم", "بتعليقاتكم", "بآرائكم", "القراء", "أدناه", "القرّاء"]);

    /// <summary>Words that open a promotion of the site's channels ("تابعوا أخبارنا على تلغرام.").</summary>
    private static readonly string[] PromotionOpeners = Lexicon.List(["تابعوا", "تابعونا", "تابع", "اشترك", "اشتركوا", "حمل", "حمّلوا", "حملوا", "انضم", "انضموا", "للمزيد", "لمتابعة", "ولمتابعة", "يمكنكم متابعة", "follow"]);

    /// <summary>The <see cref="PromotionOpeners"/> as a line starts with them: followed by a space.</summary>
    private static readonly string[] PromotionOpenersSpaced = [.. PromotionOpeners.Select(static o => o + " ")];

    /// <summary>What a promotion promotes.</summary>
    private static readonly string[] PromotionSubjects = Lexicon.List(["تلغرام", "تليغرام", "تويتر", "فيسبوك", "فيس بوك", "واتساب", "يوتيوب", "انستغرام", "إنستغرام", "تطبيق", "قناتنا", "صفحتنا", "حسابنا", "النشرة البريدية", "نشرتنا", "موقعنا", "google news", "telegram", "twitter", "facebook", "whatsapp",
        "تليجرام", "انستجرام", "إنستجرام", "تيك توك", "سناب شات", "جوجل نيوز", "تيليغرام", "تلجرام", "whatsapp channel"]);

    /// <summary>
    /// A subscription notice names the subscription and points at the site's own service or the reader's inbox
    /// (<see cref="SubscriptionAsks"/>); a news report on subscriptions does neither.
    /// </summary>
    private static readonly string[] SubscriptionWords = Lexicon.List(["الاشتراك", "للاشتراك", "اشترك", "اشتركوا", "للمشتركين", "النشرة البريدية", "النشرة الإخبارية", "نشرتنا", "newsletter", "subscribe"]);

    private static readonly string[] SubscriptionAsks = Lexicon.List(["معنا", "لتصلك", "ليصلك", "بريدك", "نشرتنا", "النشرة البريدية", "النشرة الإخبارية", "newsletter", "sign up"]);

    /// <summary>
    /// True when line <paramref name="index"/> opens with the site's name, exactly as its copyright line writes it, then what
    /// it is ("المفكرة القانونية منظمة بحثية غير حكومية …", "رصيف22 منصة مستقلة، …"). Where it stands decides whether it is
    /// the site's own box (<see cref="RemoveSiteBlurb"/>).
    /// </summary>
    private static bool IsSiteBlurb(CleaningDocument document, int index, ref List<string>? siteNames)
    {
        // The noun first (most lines have none among their first words), then the name before it, then the site's names.
        var key = document.Lines[index].Key;
        var position = 0;
        var nameEnd = 0;
        for (var word = 0; word <= MaxBlurbNameWords && TopicWords.NextToken(key, ref position, out var token); word++)
        {
            if (word > 0 && SelfNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key.AsSpan(token)))
            {
                var name = key[..nameEnd].Trim();
                siteNames ??= SiteNames(document);
                return siteNames.Contains(name, StringComparer.Ordinal);
            }

            nameEnd = token.End.Value;
        }

        return false;
    }

    /// <summary>
    /// The site's names, folded: as its copyright lines write them, and where those write it in Latin letters only ("© 2025
    /// KirkukNow"), as its logo prints it at the page's top in Arabic letters beside the Latin name: a short line among the
    /// page's first <see cref="MaxLogoLines"/> right above or below a line that is the copyright's name ("كركوك ناو" over
    /// "KirkukNow"). The page's other first lines are as often menu items and social icons ("الهلال", "تيك توك", "تقارير").
    /// </summary>
    private static List<string> SiteNames(CleaningDocument document)
    {
        var names = CopyrightNames(document);
        var holders = CopyrightNames(document, withFirstLine: false);
        if (holders.Count == 0 || holders.Exists(static n => n.Any(Text.ArabicNormalizer.IsArabicLetter)))
        {
            return names;
        }

        var top = document.Lines.Where(static l => !l.IsBlank).Take(MaxLogoLines).ToList();
        for (var i = 0; i < top.Count; i++)
        {
            if (top[i].WordCount <= MaxBlurbNameWords && top[i].Key.Any(Text.ArabicNormalizer.IsArabicLetter)
                && ((i > 0 && IsHolder(top[i - 1])) || (i + 1 < top.Count && IsHolder(top[i + 1]))))
            {
                names.Add(top[i].Key.Trim());
            }
        }

        return names;

        bool IsHolder(DocumentLine line) => holders.Contains(line.Key.Trim(), StringComparer.Ordinal);
    }

    /// <summary>Lines at the page's top among which its logo stands.</summary>
    private const int MaxLogoLines = 6;

    /// <summary>
    /// The site's names as its copyright lines write them, folded: what is left of a copyright line without its formula, its
    /// sign, its years and the words that attach them ("جميع الحقوق محفوظة © المفكرة القانونية 2025" → "المفكرة القانونية").
    /// </summary>
    internal static List<string> CopyrightNames(CleaningDocument document, bool withFirstLine = true)
    {
        var names = new List<string>();
        foreach (var line in BylineRule.SiteNames(document, withFirstLine))
        {
            var name = line;
            foreach (var formula in Copyright)
            {
                name = name.Replace(formula, " ", StringComparison.Ordinal);
            }

            name = string.Join(' ', name.Split([' ', '©', '|', '-', '–', '.', '،', ','], StringSplitOptions.RemoveEmptyEntries)
                .Where(static w => !w.All(char.IsDigit) && !CopyrightLinkWords.Contains(w)));
            if (name.Length > 0)
            {
                names.Add(name);
            }
        }

        return names;
    }

    /// <summary>Words that attach the site's name in a copyright line ("محفوظة لـ", "لموقع").</summary>
    private static readonly HashSet<string> CopyrightLinkWords = Lexicon.Set(["ل", "لـ", "ال", "لموقع", "لصحيفة", "لمؤسسة", "لشبكة", "لجريدة", "لمجلة", "موقع", "صحيفة", "مؤسسة", "شبكة", "جريدة", "مجلة", "حقوق", "النشر", "محفوظة", "محفوظه"]);

    /// <summary>
    /// Removes the site's blurb at <paramref name="index"/> where it is the site's own box: after the article, set apart from its
    /// last paragraph by the page's furniture (a paragraph of the article about the site follows its text directly); or, between
    /// paragraphs, a block of its own of a few short lines with a button among them ("رصيف22 منصة مستقلة، …", "نحكي القصص التي
    /// لا يرويها أحد، ونحتاج إليك لنستمرّ.", "ادعم/ي رصيف22"), which goes whole.
    /// </summary>
    private void RemoveSiteBlurb(CleaningDocument document, int index)
    {
        const string reason = "the site's box about itself (its name and what it is)";
        if (document.FirstBodyParagraph(index + 1) < 0)
        {
            var before = document.PreviousNonBlank(index);
            if (before >= 0 && !document.IsKept(before))
            {
                document.Remove(index, Id, reason);
            }

            return;
        }

        if (!document.HasLineBlocks || (index > 0 && !document.Lines[index - 1].IsBlank))
        {
            return;
        }

        var end = index;
        while (end + 1 < document.Lines.Count && !document.Lines[end + 1].IsBlank && end - index < MaxSiteBoxLines)
        {
            end++;
        }

        // A longer block, or one without a button, is the article's, its blurb quoted.
        if (end == index || (end + 1 < document.Lines.Count && !document.Lines[end + 1].IsBlank)
            || !Enumerable.Range(index + 1, end - index).Any(j => document.Lines[j].WordCount <= MaxBoxButtonWords && !LineShape.EndsSentence(document.Lines[j].Text))
            || Enumerable.Range(index + 1, end - index).Any(j => document.Lines[j].WordCount > MaxBlurbWords))
        {
            return;
        }

        for (var j = index; j <= end; j++)
        {
            if (document.IsKept(j))
            {
                document.Remove(j, Id, reason);
            }
        }
    }

    /// <summary>Most words of a button in the site's box ("ادعم/ي رصيف22", "انضمّ/ي إلى \"ناس رصيف\"").</summary>
    private const int MaxBoxButtonWords = 5;

    /// <summary>What a site calls itself after its name ("منظمة", "منصة", "موقع إخباري").</summary>
    private static readonly HashSet<string> SelfNouns = Lexicon.Set(["منظمة", "مؤسسة", "منصة", "موقع", "شبكة", "صحيفة", "مجلة", "وكالة", "جريدة"]);

    private const int MaxBlurbNameWords = 3;

    private const int MaxBlurbWords = 30;

    /// <summary>
    /// True when line <paramref name="index"/> is a newsletter box's pitch: right under the box's label ("اشترك في نشرتنا
    /// البريدية"), right over its form ("الاسم", "البريد الإلكتروني"). Whatever removed the label (the related list it ends).
    /// </summary>
    private static bool IsNewsletterPitch(CleaningDocument document, int index) =>
        document.PreviousNonBlank(index) is var label and >= 0 && ContainsAny(document.Lines[label].Key, SubscriptionWords) && ContainsAny(document.Lines[label].Key, SubscriptionAsks)
        && document.Lines[label].WordCount <= MaxPitchWords && document.NextNonBlank(index) is var field and >= 0 && NavigationRule.IsFormField(document, field);

    /// <summary>Most words of a newsletter box's pitch between its label and its form.</summary>
    private const int MaxPitchWords = 30;

    /// <summary>Most lines of a site's box under its blurb.</summary>
    private const int MaxSiteBoxLines = 4;

    /// <summary>Words of an aggregator's template around the headline it republishes.</summary>
    private static readonly string[] WrapperCues = Lexicon.List(["تفاصيل خبر", "تفاصيل الخبر", "لقراءتكم", "نرجو أن نكون", "وفقنا في تقديم"]);

    /// <summary>
    /// True when line <paramref name="index"/> holds the whole headline, word for word, inside a few more words: the template
    /// an aggregator prints around the title it copied, never a paragraph of the article (which retells, not quotes, its title).
    /// </summary>
    private static bool WrapsTitle(CleaningDocument document, int index)
    {
        var title = Text.ArabicNormalizer.Normalize(document.Context.Article.Title).Trim();
        var key = document.Lines[index].Key;
        var at = key.IndexOf(title, StringComparison.Ordinal);
        if (LineShape.WordCount(title) < MinWrappedTitleWords || document.Lines[index].WordCount > LineShape.WordCount(title) + MaxWrapperWords || at < 0
            || index == document.FirstBodyParagraph())
        {
            return false;
        }

        // Two of the template's words outside the headline ("شكرا لقراءتكم خبر عن …، والان مع تفاصيل الخبر"): one alone is
        // news prose ("وفي تفاصيل الخبر، أفاد مصدر …"), or the headline's own words.
        var rest = string.Concat(key.AsSpan(0, at), " ", key.AsSpan(at + title.Length));
        var cues = 0;
        foreach (var cue in WrapperCues)
        {
            cues += rest.Contains(cue, StringComparison.Ordinal) ? 1 : 0;
        }

        return cues >= 2;
    }

    private const int MinWrappedTitleWords = 4;

    private const int MaxWrapperWords = 25;

    /// <summary>Trimmed off a line's key before the look-ups (one array, not one per line).</summary>
    internal static readonly char[] KeyEdges = [' ', ':', '.'];

    public override string Id => CleaningRules.Footer;

    /// <summary>The author's box after the article, which this rule removes under its own id.</summary>
    private readonly AuthorBoxes _authorBoxes = new(CleaningRules.Footer);

    public override string Description => "footers: the contributors label, copyright lines, comment-section disclaimers, promotions of the site's channels, newsletter and cookie notices";

    protected override void Run(CleaningDocument document)
    {
        var first = document.FirstBodyParagraph();
        RemoveProductionCredits(document, first);
        RemoveReferenceList(document, first);
        List<string>? siteNames = null;
        List<int>? blurbs = null;
        foreach (var i in document.Kept())
        {
            var key = document.Lines[i].Key.Trim(KeyEdges);
            var words = -1;
            // A sentence of a story about rights ("… أن جميع الحقوق محفوظة للورثة …") is not a copyright line.
            if (ConsentNotice.IsNotice(document.Lines[i]))
            {
                document.Remove(i, Id, "cookie or privacy notice");
            }
            else if (Labels.Contains(key))
            {
                document.Remove(i, Id, "contributors footer");
            }
            // The same conditions as always, the phrase look-ups first and the word count (a walk of the line) once, when needed.
            else if (i > first && ContainsAny(key, Copyright) && Words(key, ref words) <= 25
                && (!document.IsBody(i) || Words(key, ref words) <= 10 || key.Contains('©', StringComparison.Ordinal)))
            {
                document.Remove(i, Id, "copyright line");
            }
            else if (((ContainsAny(key, DisclaimerPhrases) && ContainsAny(key, DisclaimerSubjects)) || (i > first && ContainsAny(key, WelcomePhrases) && ContainsAny(key, CommentSubjects))) && Words(key, ref words) <= 60)
            {
                document.Remove(i, Id, "opinion or comment-section disclaimer");
            }
            else if (i > first && IsDisclaimerLabel(key) && Words(key, ref words) <= 80)
            {
                document.Remove(i, Id, "legal or investment disclaimer");
            }
            else if (i > first && ContainsAny(key, MedicalDisclaimerPhrases) && ContainsAny(key, SelfReferences) && !ContainsAny(key, ReportedSpeech)
                && !LineShape.OpensRunningText(document.Lines[i].Text) && Words(key, ref words) <= 60)
            {
                document.Remove(i, Id, "medical disclaimer (the page's content is no substitute for a doctor)");
                RemoveNoticeLabel(document, i);
            }
            else if (IsAffiliateDisclosure(key) && Words(key, ref words) <= 60)
            {
                // Above the lead as often as under the article: the site's own note, wherever it stands.
                document.Remove(i, Id, "affiliate disclosure (the site's commission on purchases through its links)");
            }
            else if (i > first && ContainsAny(key, SubscriptionWords) && ContainsAny(key, SubscriptionAsks) && Words(key, ref words) <= 50)
            {
                document.Remove(i, Id, "subscription or newsletter notice");
            }
            else if (i > first && document.Lines[i].WordCount <= MaxPitchWords && IsNewsletterPitch(document, i))
            {
                document.Remove(i, Id, "subscription or newsletter notice (the pitch between its label and its form)");
            }
            else if (i > first && IsPromotion(key, ref words))
            {
                document.Remove(i, Id, "promotion of the site's channels");
            }
            else if (i > first && StartsWithAny(key, AdvertisingOpeners) && IsContactCall(key) && Words(key, ref words) <= MaxPromotionWords)
            {
                document.Remove(i, Id, "the site's call to advertisers (\"للإعلان … اتصلوا\")");
            }
            else if (Lexicon.ContainsAny(key, WrapperCues) && WrapsTitle(document, i))
            {
                document.Remove(i, Id, "an aggregator's template line around the headline (\"كانت هذه تفاصيل خبر … نرجو أن نكون قد وفقنا …\")");
            }
            else if (i > first && first >= 0 && document.Lines[i].WordCount <= MaxBlurbWords && IsSiteBlurb(document, i, ref siteNames))
            {
                (blurbs ??= []).Add(i);
            }
        }

        // Where a blurb stands is read once the copyright lines under it are gone ("© 2025 الفنار للإعلام. جميع الحقوق محفوظة."
        // ends on a full stop, as a paragraph does).
        foreach (var blurb in blurbs ?? [])
        {
            RemoveSiteBlurb(document, blurb);
        }

        // The tail first (a disclaimer under a column's footnote biography), then the author's box, then the tail again (the
        // notes the box stood in front of).
        RemoveTail(document, first);
        _authorBoxes.Remove(document, first);
        RemoveTail(document, first);

        // A list of references above the author's box is the article's last only once the box is gone.
        RemoveReferenceList(document, first);
    }

    /// <summary>
    /// The site telling the reader it earns from the links it gives ("إفصاح: قد نحصل على عمولة عند الشراء من خلال الروابط …"):
    /// a commission and links or purchases in the site's own voice ("قد نحصل على"), under a disclosure's label or opening the
    /// line. A report on commissions, or a disclosure it quotes («إفصاح: …»), does not open the line so.
    /// </summary>
    private static bool IsAffiliateDisclosure(string key) =>
        ContainsAny(key, AffiliateWords) && ContainsAny(key, AffiliateMeans) && ContainsAny(key, AffiliateVoices)
        && (OpensWithLabel(key, DisclosureLabels) || StartsWithAny(key, AffiliateVoices));

    private static readonly string[] AffiliateWords = Lexicon.List(["عمولة", "عمولات", "affiliate", "commission"]);

    private static readonly string[] AffiliateMeans = Lexicon.List(["الروابط", "روابط", "الشراء", "شراء", "links", "purchase"]);

    private static readonly string[] DisclosureLabels = Lexicon.List(["إفصاح", "disclosure"]);

    /// <summary>The site speaking of its own earnings: a quoted broker ("نحصل على عمولة 2% …") speaks inside a sentence.</summary>
    private static readonly string[] AffiliateVoices = Lexicon.List(["قد نحصل", "قد نتلقى", "قد نربح", "we may earn", "we may receive"]);

    /// <summary>What a health site's disclaimer says: the page is no substitute for a doctor.</summary>
    private static readonly string[] MedicalDisclaimerPhrases = Lexicon.List(
        ["لا تغني عن استشارة", "لا يغني عن استشارة", "لا تغني عن زيارة", "لا يغني عن زيارة", "لا تغني عن مراجعة", "لا يغني عن مراجعة", "لا تغني بأي حال", "لا يغني بأي حال", "ليست بديلا عن استشارة", "ليس بديلا عن استشارة"]);

    /// <summary>
    /// The page naming itself ("المعلومات الواردة في هذا المقال"): a doctor quoted in a report ("المعلومات المتاحة على الإنترنت
    /// لا تغني عن استشارة الطبيب") speaks of other pages.
    /// </summary>
    private static readonly string[] SelfReferences = Lexicon.List(["هذا المقال", "هذه المقالة", "الواردة في", "هذا الموقع", "هذه الصفحة", "هذا المحتوى", "المنشورة على موقع", "المنشورة في موقع"]);

    /// <summary>
    /// Words of a statement the article reports ("وشددت الوزارة على أن المعلومات الواردة في هذا التقرير لا تغني …"): the page's
    /// own disclaimer speaks for itself.
    /// </summary>
    private static readonly string[] ReportedSpeech = Lexicon.List(["على أن", "إلى أن", "وشدد", "وشددت", "وأكد", "وأكدت", "وقال", "وقالت", "وأوضح", "وأوضحت", "بحسب", "وفق"]);

    /// <summary>Folded words of a notice's label over its text ("⚠ تنبيه طبي", "ملاحظة"); not "تحذير", an article's subheading too.</summary>
    private static readonly string[] NoticeLabelWords = Lexicon.List(["تنبيه", "ملاحظة", "إخلاء", "disclaimer"]);

    /// <summary>Removes the short label right above the notice at <paramref name="notice"/> ("⚠ تنبيه طبي"), if it is one.</summary>
    private void RemoveNoticeLabel(CleaningDocument document, int notice)
    {
        var label = document.PreviousNonBlank(notice);
        if (label >= 0 && document.IsKept(label) && document.Lines[label].WordCount <= 3 && !LineShape.EndsSentence(document.Lines[label].Text)
            && !document.Lines[label].Text.TrimEnd().EndsWith(':') && ContainsAny(document.Lines[label].Key, NoticeLabelWords))
        {
            document.Remove(label, Id, "the label of the notice under it");
        }
    }

    /// <summary>Openers of the site's call to advertisers ("للإعلان على موقع الفكر اتصلوا على الرقم …", "لإعلاناتكم").</summary>
    private static readonly string[] AdvertisingOpeners = Lexicon.List(["للإعلان على", "للإعلان في", "للإعلان معنا", "للإعلان عبر", "لإعلاناتكم", "للاستفسار عن الإعلان", "للإعلانات"]);

    /// <summary>
    /// True when the call gives a way to reach the site: a contact word of its own ("اتصلوا", "واتساب") and a phone number (six
    /// digits or more) or an address. A rule for advertisers ("للإعلان على الواجهات يتعين التواصل مع البلدية … رقم الترخيص")
    /// gives neither.
    /// </summary>
    private static bool IsContactCall(string key)
    {
        var tokens = TopicWords.Tokens(key).ToList();
        return tokens.Exists(ContactWords.Contains) && (key.Count(char.IsDigit) >= MinPhoneDigits || key.Contains('@', StringComparison.Ordinal));
    }

    /// <summary>How the call to advertisers asks to be reached, as whole words.</summary>
    private static readonly HashSet<string> ContactWords = Lexicon.Set(["اتصل", "اتصلوا", "راسلونا", "راسلنا", "واتساب", "هاتف", "الهاتف", "الرقم", "جوال", "موبايل"]);

    /// <summary>Fewest digits of a phone number in a call to advertisers.</summary>
    private const int MinPhoneDigits = 6;

    /// <summary>A line opened by a disclaimer's label and a colon or dash ("إخلاء المسؤولية: …"), not a sentence about one.</summary>
    private static bool IsDisclaimerLabel(string key) => OpensWithLabel(key, DisclaimerLabels);

    /// <summary>True when <paramref name="key"/> opens with one of <paramref name="labels"/> and then a colon or a dash.</summary>
    private static bool OpensWithLabel(ReadOnlySpan<char> key, string[] labels)
    {
        foreach (var label in labels)
        {
            if (key.StartsWith(label, StringComparison.Ordinal) && key[label.Length..].TrimStart() is [':' or '-' or '–' or '—' or '：', ..])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Removes what closes the page after the article's last paragraph, read back from the end over what is already removed
    /// and over short lines, up to the first paragraph of another kind: an editor's note that names the article or the site
    /// ("تصويب: ورد في نسخة سابقة من هذا التحقيق …", "نُشرت النسخة الأصلية …"), a news agency's sign-off ("(النهاية)", "--(بترا)
    /// م ع/ ع ح"), an appeal for the readers' support of the site and its heading, the content's licence, a column's
    /// disclaimer. Each of these words also occurs in articles ("انضم إلى الحملة …", "تنويه: تهيب المديرية …", "رخصة المشاع
    /// الإبداعي" in a report on open content); only at the page's end, in these shapes, are they the page's.
    /// </summary>
    private void RemoveTail(CleaningDocument document, int first)
    {
        if (first < 0)
        {
            return;
        }

        for (var i = document.Lines.Count - 1; i > first; i--)
        {
            if (!document.IsKept(i))
            {
                continue;
            }

            var line = document.Lines[i];
            var key = line.Key;
            var opening = key.TrimStart();
            if (line.WordCount <= 60 && ((IsNoteLabel(key) && ContainsAny(key, NoteSubjects)) || StartsWithAny(opening, PublicationNotes) || IsProductionNote(opening, line.WordCount) || IsWireNote(opening)
                || (StartsWithAny(opening, SeriesNotes) && IsSeriesNote(document, key))))
            {
                document.Remove(i, Id, "an editor's note after the article (a correction, a notice, its publication)");
            }
            else if (line.WordCount <= MaxSignOffWords && IsWireSignOff(line.Text))
            {
                document.Remove(i, Id, "a news agency's sign-off (its end mark or its editors' initials)");
            }
            else if (line.WordCount <= 60 && ContainsAny(key, AppealAsks) && ContainsAny(key, AppealSubjects))
            {
                document.Remove(i, Id, "an appeal for the readers' support of the site");

                // Its heading, right above it in the same box ("لماذا ندعوك للانضمام إلى «قرّاء مدى»؟").
                if (i > first + 1 && document.IsKept(i - 1) && document.Lines[i - 1].WordCount <= MaxAppealHeadingWords
                    && (!document.IsBody(i - 1) || LineShape.EndsWithQuestion(document.Lines[i - 1].Text)))
                {
                    document.Remove(i - 1, Id, "an appeal for the readers' support of the site");
                }
            }
            else if (line.WordCount <= 40 && ContainsAny(key, LicencePhrases) && ContainsAny(key, LicenceStatements))
            {
                document.Remove(i, Id, "the content's licence");
            }
            else if (line.WordCount <= 60 && ContainsAny(key, DisclaimerPhrases) && ContainsAny(key, TailDisclaimerSubjects))
            {
                document.Remove(i, Id, "opinion or comment-section disclaimer");
            }
            else if (line.WordCount <= 8 && IsContactLabel(key) && RemoveContact(document, i))
            {
                continue;
            }
            else if (document.IsBody(i))
            {
                return;
            }
        }
    }

    /// <summary>True when <paramref name="key"/> is a media contact's label, alone or with its colon.</summary>
    private static bool IsContactLabel(string key) => ContactLabels.Contains(key.Trim().TrimEnd(':').TrimEnd());

    /// <summary>
    /// Removes a press release's media contact: its label at <paramref name="label"/> and the short lines under it, when an
    /// e-mail address or a telephone number is among them. False, and nothing removed, when none is.
    /// </summary>
    private bool RemoveContact(CleaningDocument document, int label)
    {
        var lines = new List<int>();
        // Up to the first line already removed (the page's note or tags under the contact), passing over an address or number
        // the navigation rule took as a Latin label ("press@dars.jo").
        var reached = false;
        for (var j = document.NextNonBlank(label); j >= 0 && lines.Count < MaxContactLines && document.Lines[j].WordCount <= MaxContactWords; j = document.NextNonBlank(j))
        {
            var address = document.Lines[j].Text.Contains('@', StringComparison.Ordinal) || document.Lines[j].Text.Count(char.IsDigit) >= 7;
            if (!document.IsKept(j) && !(address && document.RemovedBy(j) == CleaningRules.Navigation))
            {
                break;
            }

            reached |= address;
            if (document.IsKept(j))
            {
                lines.Add(j);
            }
        }

        if (!reached)
        {
            return false;
        }

        foreach (var j in (int[])[label, .. lines])
        {
            document.Remove(j, Id, "a press release's media contact (its label, name, address and number)");
        }

        return true;
    }

    /// <summary>True when a series note's <paramref name="key"/> names the outlet or the site (<see cref="SeriesNotes"/>).</summary>
    private static bool IsSeriesNote(CleaningDocument document, string key) =>
        ContainsAny(key, OutletWords) || SiteNames(document).Exists(n => n.Length > 0 && key.Contains(n, StringComparison.Ordinal));

    /// <summary>A line opened by an editor's note label and a colon ("تصويب: …").</summary>
    private static bool IsNoteLabel(string key) => OpensWithLabel(key.AsSpan().TrimStart(" *(["), NoteLabels);

    /// <summary>Folded end marks of a wire story ("(النهاية)", "انتهى", "-- END").</summary>
    private static readonly HashSet<string> EndMarks = Lexicon.Set(["النهاية", "انتهى", "end", "ends"]);

    /// <summary>
    /// A news agency's sign-off after its story: an end mark in brackets ("(النهاية)"), the agency's name in brackets after
    /// dashes ("--(بترا)"), the editors' initials parted by slashes or dots ("ب ع ر / م ع ح", "ر.ح"), or one of these, or a bare
    /// "انتهى", followed by the initials ("--(بترا) م ع/ ع ح"). Initials are one or two letters each, so no sentence or list
    /// item of the story is one.
    /// </summary>
    internal static bool IsWireSignOff(string text)
    {
        // Asked of every short line after the first paragraph: most hold a word longer than two letters outside brackets, or
        // no end mark, and are answered before any copy.
        if (!MayBeSignOff(text))
        {
            return false;
        }

        var rest = text.AsSpan().Trim();
        var (marked, bare) = (false, false);
        if (rest.StartsWith("--", StringComparison.Ordinal) || rest.StartsWith("—", StringComparison.Ordinal) || rest.StartsWith("==", StringComparison.Ordinal))
        {
            rest = rest.TrimStart("-—–= ");
            marked = rest.StartsWith('(');
        }

        if (rest.StartsWith('(') && rest.IndexOf(')') is var close and > 1 && LineShape.WordCount(rest[1..close]) is >= 1 and <= 2)
        {
            var inside = Text.ArabicNormalizer.Normalize(rest[1..close].Trim().ToString());
            marked |= EndMarks.Contains(inside);
            rest = rest[(close + 1)..];
        }
        else if (TopicWords.Tokens(Text.ArabicNormalizer.Normalize(rest.ToString())).FirstOrDefault() is { } word && EndMarks.Contains(word))
        {
            // A bare "النهاية" is as often a review's subheading: it signs off only with initials after it.
            bare = true;
            rest = rest[(rest.IndexOfAny(' ', '\t') is var space and >= 0 ? space : rest.Length)..];
        }

        // Initials alone are parted by a slash or a dot ("ب ع ر / م ع ح", "ر.ح"): letters spaced out ("أ ب ت ث", "دو ري
        // مي فا") are a lesson's or a song's, not editors'.
        // After an end mark, the desk's running number may stand with the initials ("انتهى 29/ح", "انتهى/ 25 ض").
        var parted = rest.IndexOfAny('/', '.', '\\') >= 0;
        var (initials, numbers) = (0, 0);
        foreach (var token in rest.ToString().Split([' ', '/', '.', '-', '–', '\\'], StringSplitOptions.RemoveEmptyEntries))
        {
            if ((marked || bare) && token.Length <= 4 && token.All(char.IsDigit))
            {
                numbers++;
                continue;
            }

            if (token.Length > 2 || !token.All(Text.ArabicNormalizer.IsArabicLetter))
            {
                return false;
            }

            initials++;
        }

        return initials <= 8 && numbers <= 1 && (marked || (bare && initials >= 1) || (parted && initials >= 2));
    }

    /// <summary>Most words of a wire sign-off (an end mark, the agency, eight initials).</summary>
    private const int MaxSignOffWords = 12;

    /// <summary>
    /// False when the line surely is no sign-off: outside its first bracketed part it has a run of three or more letters that
    /// is not an end mark's.
    /// </summary>
    private static bool MayBeSignOff(ReadOnlySpan<char> text)
    {
        var close = text.TrimStart().StartsWith('(') || text.TrimStart().StartsWith('-') || text.TrimStart().StartsWith('—') || text.TrimStart().StartsWith('=') ? text.IndexOf(')') : -1;
        var run = 0;
        for (var i = close + 1; i < text.Length; i++)
        {
            run = char.IsLetter(text[i]) ? run + 1 : 0;
            if (run >= 3)
            {
                // "النهاية"/"انتهى"/"end" open a sign-off; any other word of three letters makes the line prose.
                return close < 0 && EndMarkStart(text);
            }
        }

        return true;
    }

    private static bool EndMarkStart(ReadOnlySpan<char> text)
    {
        var word = text.Trim();
        var space = word.IndexOfAny(' ', '\t');
        var first = Text.ArabicNormalizer.Normalize((space < 0 ? word : word[..space]).ToString());
        return EndMarks.Contains(first);
    }

    /// <summary>Folded labels of an article's list of references ("الهوامش والمصادر", "المراجع").</summary>
    private static readonly HashSet<string> ReferenceLabels = Lexicon.Set(["الهوامش", "الهوامش والمصادر", "المصادر والهوامش", "المصادر والمراجع", "المراجع", "المراجع والمصادر", "الإحالات", "references", "sources", "notes"]);

    /// <summary>Fewest numbered references under the label.</summary>
    private const int MinReferences = 2;

    /// <summary>
    /// Removes the article's list of references after its text: the label alone on its line, then two or more entries each
    /// opening with its note's number in brackets ("[1] قانون المقالع والمحاجر رقم (91) لسنة 1988، …"), with no paragraph of
    /// the article after them. The marks in the text ("… [2]") stay with their sentences.
    /// </summary>
    private void RemoveReferenceList(CleaningDocument document, int first)
    {
        if (first < 0)
        {
            return;
        }

        for (var i = first + 1; i < document.Lines.Count; i++)
        {
            if (document.Lines[i].IsBlank || !document.IsKept(i) || document.Lines[i].WordCount > 3 || !ReferenceLabels.Contains(document.Lines[i].Key.Trim(' ', ':')))
            {
                continue;
            }

            var entries = new List<int>();
            for (var j = document.NextNonBlank(i); j >= 0 && document.IsKept(j) && (NoteNumber().IsMatch(document.Lines[j].Text) || IsNumberedCitation(document.Lines[j].Text)); j = document.NextNonBlank(j))
            {
                entries.Add(j);
            }

            if (entries.Count >= MinReferences && document.FirstBodyParagraph(entries[^1] + 1) < 0)
            {
                document.Remove(i, Id, "the article's list of references");
                foreach (var entry in entries)
                {
                    document.Remove(entry, Id, "the article's list of references");
                }

                return;
            }
        }
    }

    /// <summary>
    /// A numbered entry that cites a work ("1. World Health Organization. Influenza (Seasonal) – Fact sheet. 2025."): a link, or
    /// mostly Latin script after the number. An article's own numbered list is Arabic prose, years and all ("1. محمد سعيد
    /// الحكيم، الذي توفي عام 2021 …" under "المراجع", the clerics).
    /// </summary>
    private static bool IsNumberedCitation(string text)
    {
        if (LineShape.ListNumber(text) is null)
        {
            return false;
        }

        var rest = text[LineShape.ListMark().Match(text).Length..];
        return rest.Contains("http", StringComparison.OrdinalIgnoreCase) || LineShape.ArabicShare(rest) < 0.5;
    }

    /// <summary>A reference's number in brackets opening its line: "[1]", "[12]".</summary>
    [GeneratedRegex(@"^\s*\[[0-9٠-٩]{1,3}\]\s*\S", RegexOptions.CultureInvariant)]
    private static partial Regex NoteNumber();

    /// <summary>Folded first words of a production role in a credits run ("تقديم:", "إعداد وبحث:", "هندسة الصوت والمكساج:").</summary>
    private static readonly HashSet<string> ProductionRoles = Lexicon.Set(
        ["تقديم", "إعداد", "بحث", "هندسة", "مكساج", "موسيقى", "مونتاج", "إخراج", "إنتاج", "تصوير", "رسوم", "غرافيك", "جرافيك", "سيناريو", "تعليق", "تحرير", "ترجمة", "تنفيذ", "تصميم", "صوت"]);

    /// <summary>
    /// Fewest lines of a credits run: one "role: name" line alone is a byline's or a source's, and two ("تصميم: …", "تنفيذ:
    /// …") are as often a project's fact box.
    /// </summary>
    private const int MinProductionCredits = 3;

    /// <summary>
    /// Removes an episode's or a video's credits after the article: three or more lines in a row, each a production role and
    /// a name ("تقديم: رنا الخطيب", "هندسة الصوت والمكساج: عمر حدّاد"), with no paragraph of the article after them and no
    /// line introducing them.
    /// </summary>
    private void RemoveProductionCredits(CleaningDocument document, int first)
    {
        if (first < 0)
        {
            return;
        }

        for (var i = first + 1; i < document.Lines.Count; i++)
        {
            if (!IsProductionCredit(document, i))
            {
                continue;
            }

            var run = new List<int> { i };
            for (var j = document.NextNonBlank(i); j >= 0 && IsProductionCredit(document, j); j = document.NextNonBlank(j))
            {
                run.Add(j);
            }

            // Not a list the article introduces ("وجاءت الجوائز كالتالي:" over "إخراج: …", "إنتاج القمح: 3.2 مليون طن").
            if (run.Count >= MinProductionCredits && document.FirstBodyParagraph(run[^1] + 1) < 0 && !NavigationRule.IntroducesList(document, i))
            {
                foreach (var line in run.Where(document.IsKept))
                {
                    document.Remove(line, Id, "production credits (each role and its name)");
                }
            }

            i = run[^1];
        }
    }

    /// <summary>True when line <paramref name="index"/> is a role of at most four words, a colon, and a name of at most four.</summary>
    private static bool IsProductionCredit(CleaningDocument document, int index)
    {
        // A credit the byline rule took ("إعداد وبحث: …") is one of the run.
        var line = document.Lines[index];
        if (line.IsBlank || !(document.IsKept(index) || document.RemovedBy(index) == CleaningRules.Byline) || line.WordCount > 8 || LineShape.EndsSentence(line.Text))
        {
            return false;
        }

        var key = line.Key;
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && LineShape.WordCount(key[..colon]) <= 4 && LineShape.WordCount(key[(colon + 1)..]) is >= 1 and <= 4
            && TopicWords.Tokens(key[..colon]).FirstOrDefault() is { } role && ProductionRoles.Contains(role);
    }

    /// <summary>True when the line says how or where the article was published or translated ("هذا المقال مترجم من …").</summary>
    internal static bool IsPublicationNote(DocumentLine line) => StartsWithAny(line.Key.TrimStart(), PublicationNotes);

    /// <summary>A promotion of the site's channels ("تابعوا أخبارنا على تلغرام.", "حمّل التطبيق"): it closes an article.</summary>
    internal static bool IsPromotion(DocumentLine line)
    {
        var words = line.WordCount;
        return IsPromotion(line.Key.Trim(KeyEdges), ref words);
    }

    private static bool IsPromotion(string key, ref int words) =>
        StartsWithAny(key, PromotionOpenersSpaced) && (ContainsAny(key, PromotionSubjects) || IsNamedNewsletter(key) || EndsOnXPlatform(key)) && Words(key, ref words) <= MaxPromotionWords
            && !NamesItsSpeaker(key);

    /// <summary>
    /// True when the call ends on a clause naming who made it ("تابعوا آخر الخدمات عبر تطبيق "سهل"…، هكذا ختم الوزير كلمته."):
    /// the article quotes a speaker's appeal; a site's own promotion names no one.
    /// </summary>
    private static bool NamesItsSpeaker(string key)
    {
        var comma = key.LastIndexOfAny(ClauseBreaks);
        if (comma < 0)
        {
            return false;
        }

        var clause = key.AsSpan(comma + 1).Trim(' ');

        // "بحسب ما دعت إليه الوزارة", "وفق ما أعلنت الأمانة": the call is someone's the article reports.
        if (ReportedAs().IsMatch(clause))
        {
            return true;
        }

        foreach (var range in clause.Split(' '))
        {
            var word = clause[range];
            if (SpeechVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                return true;
            }

            // The verb opens the clause, after at most one word ("هكذا ختم", "كما قال").
            if (range.Start.Value > 0)
            {
                return false;
            }
        }

        return false;
    }

    private static readonly char[] ClauseBreaks = ['،', ','];

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:حسب|بحسب|وفق|وفقا|طبقا)\s+(?:ما|لما)\s", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ReportedAs();

    private static readonly HashSet<string> SpeechVerbs = Lexicon.Set(
        "قال", "قالت", "يقول", "تقول", "ختم", "ختمت", "اختتم", "اختتمت", "أضاف", "أضافت", "أكد", "أكدت", "دعا", "دعت", "يدعو", "تدعو",
        "يضيف", "تضيف", "يختم", "تختم", "أوضح", "أوضحت", "صرح", "صرحت", "ناشد", "ناشدت");

    /// <summary>
    /// True when the line ends on the platform X by its Arabic name ("تابع الكاتب على إكس", "… على منصة إكس"): as a word of its
    /// own, and last, where a promotion names where to follow. Inside words ("باكستان", "الأكسجين", "تاكسي") it is no platform,
    /// and a sentence about X goes on after it ("تابع ملايين المستخدمين على منصة إكس البث المباشر …").
    /// </summary>
    private static bool EndsOnXPlatform(string key)
    {
        var trimmed = key.AsSpan().TrimEnd(" .!");
        return trimmed.EndsWith(XWord, StringComparison.Ordinal) && (trimmed.Length == XWord.Length || trimmed[^(XWord.Length + 1)] == ' ');
    }

    private static readonly string XWord = Text.ArabicNormalizer.Normalize("إكس");

    /// <summary>
    /// A newsletter named by the site ("نشرة ساسة بوست البريدية"): "نشرة" and "البريدية" both. "البريدية" alone is any mail
    /// ("الحوالات البريدية").
    /// </summary>
    private static bool IsNamedNewsletter(string key) =>
        key.Contains(NewsletterWord, StringComparison.Ordinal) && key.Contains(PostalWord, StringComparison.Ordinal);

    private static readonly string NewsletterWord = Text.ArabicNormalizer.Normalize("نشرة");

    private static readonly string PostalWord = Text.ArabicNormalizer.Normalize("البريدية");

    /// <summary>Most words of a promotion of the site's channels.</summary>
    private const int MaxPromotionWords = 20;

    private static int Words(string key, ref int words) => words >= 0 ? words : words = LineShape.WordCount(key);

    private static bool ContainsAny(string key, string[] fragments) => Lexicon.ContainsAny(key, fragments);

    // A loop rather than Array.Exists with a lambda, which would capture the key: an allocation for every line asked.
    private static bool StartsWithAny(string key, string[] prefixes)
    {
        foreach (var p in prefixes)
        {
            if (key.StartsWith(p, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

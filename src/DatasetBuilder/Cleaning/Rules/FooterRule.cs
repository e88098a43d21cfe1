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
    private static readonly string[] NoteSubjects = Lexicon.List(["هذا المقال", "هذا الخبر", "هذا التقرير", "هذا التحقيق", "هذه المادة", "هذا الموضوع", "نسخة سابقة", "النسخة السابقة", "الموقع", "المحرر", "التحرير", "this article", "this story"]);

    /// <summary>
    /// Labels of an editor's note after the article: a correction ("تصويب: ورد في نسخة سابقة …"), a notice ("تنويه: هذا المقال
    /// ذو طابع توعوي …"). Not "ملاحظة:" or "تحديث:" alone: a recipe's last tip and a report's last update are the article's.
    /// </summary>
    private static readonly string[] NoteLabels = Lexicon.List(["تصويب", "تصحيح", "تنويه", "ملاحظة المحرر", "ملاحظة التحرير", "editor's note", "correction"]);

    /// <summary>Openers of a note on the article's own publication ("نُشرت النسخة الأصلية من هذا التحقيق باللغة الفرنسية.").</summary>
    private static readonly string[] PublicationNotes = Lexicon.List(["نشرت النسخة الأصلية", "نشرت النسخة الاصلية", "نشر هذا المقال", "نشر هذا التحقيق", "نشر هذا التقرير", "نشرت هذه المادة", "ترجم هذا المقال", "ترجم هذا التقرير", "ترجم هذا التحقيق", "هذا المقال مترجم", "هذه المادة مترجمة", "أنجز هذا التحقيق", "أنجز هذا التقرير", "هذه المادة منشورة"]);

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
        "تليجرام", "انستجرام", "إنستجرام", "تيك توك", "سناب شات", "جوجل نيوز"]);

    /// <summary>
    /// A subscription notice names the subscription and points at the site's own service or the reader's inbox
    /// (<see cref="SubscriptionAsks"/>); a news report on subscriptions does neither.
    /// </summary>
    private static readonly string[] SubscriptionWords = Lexicon.List(["الاشتراك", "للاشتراك", "اشترك", "اشتركوا", "للمشتركين", "النشرة البريدية", "النشرة الإخبارية", "نشرتنا", "newsletter", "subscribe"]);

    private static readonly string[] SubscriptionAsks = Lexicon.List(["معنا", "لتصلك", "ليصلك", "بريدك", "نشرتنا", "النشرة البريدية", "النشرة الإخبارية", "newsletter", "sign up"]);

    /// <summary>Folded first words of an author's biography in the box after an article ("صحفية بجريدة …", "كاتب وباحث …").</summary>
    private static readonly HashSet<string> BiographyOpeners = Lexicon.Set(
    [
        "صحفي", "صحفية", "صحافي", "صحافية", "كاتب", "كاتبة", "باحث", "باحثة", "أستاذ", "أستاذة", "محرر", "محررة", "مراسل", "مراسلة",
        "إعلامي", "إعلامية", "محلل", "محللة", "خبير", "خبيرة", "أكاديمي", "أكاديمية", "روائي", "روائية", "شاعر", "شاعرة", "مدير", "مديرة",
        "رئيس", "رئيسة", "حاصل", "حاصلة", "يعمل", "تعمل", "عمل", "عملت", "مهتم", "مهتمة", "journalist", "writer",
        "ناقد", "ناقدة", "مترجم", "مترجمة", "ناشط", "ناشطة", "طبيب", "طبيبة", "محام", "محامي", "محامية", "مستشار", "مستشارة", "أديب", "أديبة",
    ]);

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
    private static readonly char[] KeyEdges = [' ', ':', '.'];

    public override string Id => CleaningRules.Footer;

    public override string Description => "footers: the contributors label, copyright lines, comment-section disclaimers, promotions of the site's channels, newsletter and cookie notices";

    protected override void Run(CleaningDocument document)
    {
        var first = document.FirstBodyParagraph();
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
            else if (i > first && ContainsAny(key, SubscriptionWords) && ContainsAny(key, SubscriptionAsks) && Words(key, ref words) <= 50)
            {
                document.Remove(i, Id, "subscription or newsletter notice");
            }
            else if (i > first && IsPromotion(key, ref words))
            {
                document.Remove(i, Id, "promotion of the site's channels");
            }
            else if (Lexicon.ContainsAny(key, WrapperCues) && WrapsTitle(document, i))
            {
                document.Remove(i, Id, "an aggregator's template line around the headline (\"كانت هذه تفاصيل خبر … نرجو أن نكون قد وفقنا …\")");
            }
        }

        // The tail first (a disclaimer under a column's footnote biography), then the author's box, then the tail again (the
        // notes the box stood in front of).
        RemoveTail(document, first);
        RemoveAuthorBox(document, first);
        RemoveTail(document, first);
    }

    /// <summary>
    /// Removes the author's box after the article: a line that is only the name of an author the byline gave, then a
    /// biography opened by a profession ("صحفية بجريدة الصباح مختصة في الشأن التربوي."). A name alone is left to the rules of
    /// what is outside the body; a biography is a sentence, so without the name it would read as the article's last one.
    /// </summary>
    private void RemoveAuthorBox(CleaningDocument document, int first)
    {
        if (first < 0)
        {
            return;
        }

        RemoveOneLineBiography(document, first);
        RemoveLabelledAuthorBox(document, first);
        RemoveUnnamedAuthorBox(document, first);

        // The name is an author the byline gave, or the byline's own line printed again: a name-shaped line that the page
        // printed above the article's first paragraph or its standfirst ("كارلا نعمة" under the headline and in the box).
        var names = document.Authors.Select(static a => Text.ArabicNormalizer.Normalize(a)).ToList();
        for (var i = first + 1; i < document.Lines.Count; i++)
        {
            if (!document.IsKept(i) || document.Lines[i].IsBlank
                || !(names.Contains(document.Lines[i].Key.Trim(KeyEdges), StringComparer.Ordinal) || (names.Count == 0 && PrintedInHeader(document, i, first))))
            {
                continue;
            }

            var bio = i + 1;
            while (bio < document.Lines.Count && document.Lines[bio].IsBlank)
            {
                bio++;
            }

            if (bio < document.Lines.Count && document.IsKept(bio) && document.Lines[bio].WordCount <= 60
                && TopicWords.Tokens(document.Lines[bio].Key).FirstOrDefault() is { } opener && BiographyOpeners.Contains(opener))
            {
                document.Remove(i, Id, "the author's box: name and biography");
                document.Remove(bio, Id, "the author's box: name and biography");
            }
        }
    }

    /// <summary>
    /// Removes an author's box the page labels ("عن الكاتب", "نبذة عن الكاتبة") after the article: the label, the author's name
    /// on its own line, and the biography under it, with nothing of the article after them. A book review's section on its
    /// author goes on into the review.
    /// </summary>
    private void RemoveLabelledAuthorBox(CleaningDocument document, int first)
    {
        for (var label = first + 1; label < document.Lines.Count; label++)
        {
            // A label is a few words: the word count first, so no paragraph's key is trimmed into a new string.
            if (!document.IsKept(label) || document.Lines[label].WordCount > MaxAuthorBoxLabelWords
                || !AuthorBoxLabels.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Lines[label].Key.AsSpan().Trim(KeyEdges)))
            {
                continue;
            }

            var name = document.NextKeptLine(label);
            var bio = name < 0 ? -1 : document.NextKeptLine(name);
            if (bio < 0 || document.Lines[name].WordCount is < 2 or > 4 || document.IsBody(name) || !IsNameShaped(document.Lines[name].Text)
                || document.Lines[bio].WordCount > MaxLabelledBiographyWords || document.FirstBodyParagraph(bio + 1) >= 0 || !IsTheWriter(document, name))
            {
                return;
            }

            foreach (var line in (int[])[label, name, bio])
            {
                document.Remove(line, Id, "the author's box under its label: name and biography");
            }

            return;
        }
    }

    /// <summary>
    /// True when the boxed name is the article's writer, whom the byline or a short line of the page's header named: a review's
    /// or a book launch's "عن الكاتب" may present the book's author, whom the article need not name in full.
    /// </summary>
    private static bool IsTheWriter(CleaningDocument document, int name)
    {
        var key = WithoutTitle(document.Lines[name].Key.Trim(KeyEdges));
        if (document.Authors.Exists(a => string.Equals(Text.ArabicNormalizer.Normalize(a), key, StringComparison.Ordinal)))
        {
            return true;
        }

        // A byline the byline rule did not read ("بغداد/ زينب الربيعي"): a short line of the page's header holding the name.
        var first = document.FirstBodyParagraph();
        for (var i = 0; i < first; i++)
        {
            if (!document.Lines[i].IsBlank && document.Lines[i].WordCount <= MaxHeaderBylineWords && !document.RepeatsTitle(i)
                && document.Lines[i].Key.Contains(key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Most words of a header line that names the writer (a place and the name, "بغداد/ زينب الربيعي").</summary>
    private const int MaxHeaderBylineWords = 8;

    /// <summary>Labels of the writer's box after the article ("عن المؤلف" rather presents a book's author, in a review).</summary>
    private static readonly HashSet<string> AuthorBoxLabels = Lexicon.Set(
        ["عن الكاتب", "عن الكاتبة", "نبذة عن الكاتب", "نبذة عن الكاتبة", "الكاتب في سطور", "about the author"]);

    /// <summary>Most words of an author box's label ("نبذة عن الكاتبة").</summary>
    private const int MaxAuthorBoxLabelWords = 4;

    /// <summary>Most words of a biography in a labelled author's box.</summary>
    private const int MaxLabelledBiographyWords = 70;

    /// <summary>
    /// Removes an author's box after the article's last paragraph when no byline named the author: a name of two to four words
    /// alone on its line, then a biography opened by a profession noun and written as a label, without a full stop ("كاتب
    /// صحفي مغربي مهتم بالتاريخ والمخطوطات"), and nothing of the article after them. A profile's last section names its
    /// subject over a paragraph of full sentences.
    /// </summary>
    private void RemoveUnnamedAuthorBox(CleaningDocument document, int first)
    {
        var last = document.LastBodyParagraph();

        var name = last <= first ? -1 : document.NextKeptLine(last);
        var bio = name < 0 ? -1 : document.NextKeptLine(name);
        if (bio < 0 || document.Lines[name].WordCount is < 2 or > 4 || document.IsBody(name) || !IsNameShaped(document.Lines[name].Text)
            || document.Lines[bio].WordCount > MaxUnnamedBiographyWords || LineShape.EndsSentence(document.Lines[bio].Text) || !OpensWithProfessionNoun(document.Lines[bio].Key)
            || document.FirstBodyParagraph(bio + 1) >= 0 || document.InIntroducedTable(name) || NamedInArticle(document, name, last))
        {
            return;
        }

        document.Remove(name, Id, "the author's box: name and biography");
        document.Remove(bio, Id, "the author's box: name and biography");
    }

    /// <summary>
    /// True when the name on line <paramref name="name"/>, title aside, is in the headline or a paragraph up to
    /// <paramref name="last"/>: the article's subject (the deceased, a winner), whom it names at its end; its writer it does not.
    /// </summary>
    private static bool NamedInArticle(CleaningDocument document, int name, int last)
    {
        var key = WithoutTitle(document.Lines[name].Key.Trim(KeyEdges));
        if (Text.ArabicNormalizer.Normalize(document.Context.Article.Title).Contains(key, StringComparison.Ordinal))
        {
            return true;
        }

        for (var j = 0; j <= last; j++)
        {
            if (document.IsKept(j) && document.IsBody(j) && document.Lines[j].Key.Contains(key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when line <paramref name="index"/> is a name (two to four words, letters only) that the page also printed on a
    /// line of its own near its top: above the first paragraph <paramref name="first"/>, or among the three lines after it (a
    /// standfirst may be taken for the first paragraph). Asked only where no byline named the author, and only of a box after
    /// the article's last paragraph whose name neither the headline nor the article speaks of (a guest, the deceased, the
    /// author of a book under review).
    /// </summary>
    private static bool PrintedInHeader(CleaningDocument document, int index, int first)
    {
        // After the article's last paragraph, and not a name the headline or the article speaks of (its subject, a guest).
        var line = document.Lines[index];
        if (line.WordCount is < 2 or > 4 || !IsNameShaped(line.Text) || document.NextNonBlank(index) is not (var bio and >= 0)
            || document.FirstBodyParagraph(bio + 1) >= 0 || NamedInArticle(document, index, index - 1))
        {
            return false;
        }

        for (var j = 0; j < index && j <= first + HeaderLinesAfterFirst; j++)
        {
            if (!document.Lines[j].IsBlank && string.Equals(document.Lines[j].Key, line.Key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many lines after the first paragraph a byline may stand (under a standfirst read as the first paragraph).</summary>
    private const int HeaderLinesAfterFirst = 3;

    /// <summary>Most words of a biography in an author's box that no byline names.</summary>
    private const int MaxUnnamedBiographyWords = 25;

    /// <summary>A line that can be a person's name: Arabic letters and spaces (a dot after a title), no digits or punctuation.</summary>
    private static bool IsNameShaped(string text) =>
        text.Trim().All(static c => c is ' ' or '.' || Text.ArabicNormalizer.IsArabicLetter(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark);

    /// <summary>
    /// Removes the author's biography printed as one line after the article, "name: biography" ("دلشاد كريم: كاتب وباحث …"):
    /// the name is an author the byline gave or a line of the page's header (an author box above the article), and what
    /// follows the colon opens with a profession. A quotation in the article names its speaker so too, but a profession does
    /// not open what the speaker says.
    /// </summary>
    private void RemoveOneLineBiography(CleaningDocument document, int first)
    {
        // The authors the byline gave and those the contribution names.
        var names = new HashSet<string>(document.Authors.Concat(document.Context.Article.Authors).Select(static a => Text.ArabicNormalizer.Normalize(a)), StringComparer.Ordinal);
        for (var i = 0; i < first; i++)
        {
            // An author's box above the article: the name, then a line opened by a profession ("كاتب وباحث في …").
            var next = document.NextNonBlank(i);
            if (!document.Lines[i].IsBlank && document.Lines[i].WordCount is >= 2 and <= 4 && next >= 0 && next < first && OpensWithProfession(document.Lines[next].Key))
            {
                names.Add(document.Lines[i].Key.Trim(KeyEdges));
            }
        }

        RemoveNamedBiography(document, first, names);

        for (var i = first + 1; i < document.Lines.Count; i++)
        {
            var key = document.Lines[i].Key;
            // The columnist's line under a column, marked as a footnote: "* أستاذ جامعي وباحث في شؤون البيئة والمياه."
            if (document.IsKept(i) && key.TrimStart().StartsWith('*') && document.Lines[i].WordCount <= 40 && OpensWithProfessionNoun(key.TrimStart(' ', '*'))
                && document.FirstBodyParagraph(i + 1) < 0 && document.PreviousNonBlank(i) is var above && (above < 0 || !document.Lines[above].Key.TrimStart().StartsWith('*')))
            {
                document.Remove(i, Id, "the author's biography after the article");
                continue;
            }

            var colon = key.IndexOf(':', StringComparison.Ordinal);
            if (!document.IsKept(i) || colon <= 0 || document.Lines[i].WordCount > 80 || !names.Contains(key[..colon].Trim())
                || document.FirstBodyParagraph(i + 1) >= 0)
            {
                continue; // a biography follows the article; "name: …" inside it is a quotation
            }

            if (OpensWithProfession(key[(colon + 1)..]))
            {
                document.Remove(i, Id, "the author's biography after the article");
            }
        }
    }

    /// <summary>
    /// Removes the author's biography written "name profession, …" with no colon as the article's last paragraph ("نادية بن
    /// سالم صحافية تونسية تغطي …", "د. خالد العتيبي أستاذ …"): the name is an author the byline gave or a byline of its own
    /// further up the page (above the first paragraph, or over a date line or a profession), and a profession noun follows
    /// it. An article's own last paragraph that opens on a person's name goes on with a verb ("نادية بن سالم تقول …"); a
    /// profile's or an obituary's names its subject in a subheading or a caption, over a paragraph.
    /// </summary>
    private void RemoveNamedBiography(CleaningDocument document, int first, HashSet<string> names)
    {
        var last = document.LastBodyParagraph();

        if (last <= first || document.Lines[last].WordCount > 60)
        {
            return;
        }

        var key = WithoutTitle(document.Lines[last].Key);
        var named = names.Any(n => OpensWithNamedProfession(key, WithoutTitle(n)));
        for (var j = 0; j < last && !named; j++)
        {
            named = !document.Lines[j].IsBlank && document.Lines[j].WordCount is >= 2 and <= 5 && !document.IsBody(j) && IsBylineLine(document, j, first)
                && OpensWithNamedProfession(key, WithoutTitle(document.Lines[j].Key.Trim(KeyEdges)));
        }

        if (named)
        {
            document.Remove(last, Id, "the author's biography after the article");
        }
    }

    /// <summary>
    /// True when line <paramref name="index"/> stands where a byline does: above the first paragraph <paramref name="first"/>,
    /// or over a date line or a profession ("نادية بن سالم" over "صحافية").
    /// </summary>
    private static bool IsBylineLine(CleaningDocument document, int index, int first)
    {
        if (index < first)
        {
            return true;
        }

        var next = document.NextNonBlank(index);
        return next >= 0 && (DateLineRule.IsDateLine(document.Lines[next].Text, out _) || document.RemovedBy(next) == CleaningRules.DateLine || OpensWithProfession(document.Lines[next].Key));
    }

    /// <summary>The folded key without a title before the name ("د. ", "الدكتور ").</summary>
    private static string WithoutTitle(string key)
    {
        foreach (var title in NameTitles)
        {
            // The title ends on its dot or is a word of its own ("الدكتور" is not "الدكتورة"'s start).
            if (key.StartsWith(title, StringComparison.Ordinal) && (title[^1] == '.' || (key.Length > title.Length && key[title.Length] == ' ')))
            {
                return key[title.Length..].TrimStart();
            }
        }

        return key;
    }

    private static readonly string[] NameTitles = Lexicon.List(["أ.د.", "د.", "أ.", "الدكتور", "الدكتورة", "المهندس", "المهندسة", "الأستاذ", "الأستاذة"]);

    /// <summary>True when the folded <paramref name="key"/> is <paramref name="name"/>, a space, then a profession noun.</summary>
    private static bool OpensWithNamedProfession(string key, string name) =>
        name.Length > 0 && key.Length > name.Length && key.StartsWith(name, StringComparison.Ordinal) && key[name.Length] == ' ' && OpensWithProfessionNoun(key[name.Length..]);

    /// <summary>
    /// True when the folded text opens with a profession that only names a person ("أستاذ جامعي …", "كاتب …"), not with a verb or
    /// a title a list item of measures opens with too ("* عمل المؤسسات …", "* رئيس الوزراء يترأس …").
    /// </summary>
    private static bool OpensWithProfessionNoun(string key) =>
        TopicWords.Tokens(key).FirstOrDefault() is { } opener && BiographyOpeners.Contains(opener) && !ListOpeners.Contains(opener);

    /// <summary>The <see cref="BiographyOpeners"/> that also open list items and news lines.</summary>
    private static readonly HashSet<string> ListOpeners = Lexicon.Set(["يعمل", "تعمل", "عمل", "عملت", "رئيس", "رئيسة", "مدير", "مديرة", "حاصل", "حاصلة", "مهتم", "مهتمة", "خبير", "خبيرة", "مستشار", "مستشارة"]);

    /// <summary>True when the folded text opens with a profession ("كاتب", "صحفية", "باحث").</summary>
    private static bool OpensWithProfession(string key) => TopicWords.Tokens(key).FirstOrDefault() is { } opener && BiographyOpeners.Contains(opener);

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
            if (line.WordCount <= 60 && ((IsNoteLabel(key) && ContainsAny(key, NoteSubjects)) || StartsWithAny(key.TrimStart(), PublicationNotes) || IsProductionNote(key.TrimStart(), line.WordCount)))
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
            else if (document.IsBody(i))
            {
                return;
            }
        }
    }

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

namespace DatasetBuilder.Cleaning.Rules;

/// <summary>
/// Removes a trailing block opened, after the article has started, by a marker such as "آخر الأخبار", "مقالات ذات صلة",
/// "الأكثر قراءة" or "الكلمات الدلالية", including a single run-on line that starts with the marker. A marker followed later
/// by paragraphs that continue the article's topic (an inline "اقرأ أيضا" link, a sidebar scraped mid-text) removes only the
/// marker and its links.
/// </summary>
internal sealed class TrailingBlockRule : CleaningRule
{
    /// <summary>Folded markers that open a list of other articles, tags or widgets: everything after them is not this article.</summary>
    private static readonly string[] ListMarkers = Lexicon.List(
    [
        "اخر الاخبار", "احدث الاخبار", "اخبار ذات صله", "اخبار متعلقه", "مقالات ذات صله", "مواضيع ذات صله", "مقالات متعلقه", "مواد ذات صله",
        "الاكثر قراءه", "الاكثر مشاهده", "الاكثر تصفحا", "الاكثر تداولا", "الاكثر شعبيه", "الاكثر قراءه اليوم", "الكلمات الدلاليه",
        "كلمات دلاليه", "كلمات داله", "الكلمات الداله", "كلمات مفاتيح", "الكلمات المفاتيح", "الكلمات المفتاحيه", "كلمات مفتاحيه", "اخترنا لكم", "قد يهمك ايضا", "قد يهمك", "قد يعجبك ايضا", "قد يعجبك",
        "المزيد من الاخبار", "المزيد من", "اقرا في هذا الملف", "زوارنا يقرءون الان", "زوارنا يقراون الان", "ننصحك بقراءه", "تابعونا علي",
        "related articles", "read more", "tags", "الوسوم", "وسوم", "كلمات البحث", "ذات صلة", "روابط ذات صلة", "مواضيع قد تهمك", "ربما يعجبك أيضا", "مواضيع مقترحة", "اقرأ المزيد من", "مواضيع مشابهة", "أخبار مشابهة", "مقالات مشابهة", "شاهد المزيد", "المزيد من الأخبار", "الأكثر قراءة", "الأكثر مشاهدة", "أخبار ذات صلة", "مقالات ذات صلة", "موضوعات ذات صلة", "زوارنا يقرؤون الآن",
        "الموضوعات المتعلقة", "المواضيع المتعلقة", "موضوعات متعلقة", "مواضيع متعلقة", "مقالات أخرى للكاتب", "مقالات أخرى للكاتبة", "مقالات أخرى", "مقالات الكاتب", "المزيد للكاتب", "المزيد للكاتبة",
        "المزيد حول هذه القصة", "المزيد حول هذا الموضوع",

        // A shop's or a review site's comparison widget after a product's report ("قارن المواصفات" over the phones' figures).
        "قارن المواصفات", "قارن الأسعار", "قارن بين الهواتف", "مقارنة المواصفات",

        // The feminine of "قد يهمك", over a grid of articles ("مقالات قد تهمك").
        // Not "قد تهمك" alone, which also opens an article's subheading ("قد تهمك هذه الأفلام أيضا").
        "مقالات قد تهمك", "أخبار قد تهمك", "مواضيع قد تعجبك", "مقالات قد تعجبك",

        // A poll's call ("شارك في الاستطلاع"); a poll headed by its label alone is told by the question under it (PollHeader).
        "شارك في الاستطلاع",
    ]);

    /// <summary>
    /// Labels of a match's statistics widget, which a report may also use as a subheading over its sentences ("إحصائيات
    /// المباراة" over "وعكست الأرقام …"): a label only over the widget's names and figures.
    /// </summary>
    private static readonly string[] StatisticsMarkers = Lexicon.List(["إحصائيات المباراة", "احصائيات المباراة", "إحصائيات اللقاء", "إحصائيات المباراة بالأرقام"]);

    /// <summary>Single-word markers that must stand alone on their line ("السابق" also starts ordinary sentences).</summary>
    private static readonly string[] StandaloneMarkers = Lexicon.List(["الوسوم", "وسوم", "التصنيفات", "مواضيع مهمة", "التالي", "السابق", "المقال التالي", "الخبر التالي", "المقال السابق", "الخبر السابق", "اقرا ايضا", "انظر ايضا", "شاهد ايضا", "اقرا المزيد", "قصص ذات صلة",

        // A feed's "load more" button: what follows it is more of the site's articles.
        "تحميل المزيد",

        // A match page's statistics widget after the report ("إحصائيات المباراة" over "الاستحواذ", "56%", …).
        .. StatisticsMarkers]);

    /// <summary>Markers of the comment section: what follows them is readers' text, on topic or not, and never the article.</summary>
    private static readonly string[] CommentMarkers = Lexicon.List(["التعليقات", "تعليقات", "تعليقات القراء", "تعليقات الزوار", "أضف تعليقك", "اترك تعليقا", "اكتب تعليقك", "شارك برأيك", "comments",
        "لا توجد تعليقات", "لا يوجد تعليقات", "لا تعليقات", "كن أول من يعلق", "كن أول من يعلّق", "no comments"]);

    /// <summary>Cues that introduce links ("اقرأ أيضا"), inside the text or after it.</summary>
    private static readonly string[] InlineCues = Lexicon.List(
    [
        "اقرا ايضا", "انظر ايضا", "شاهد ايضا", "اقرا المزيد", "طالع ايضا", "اقرا كذلك", "اقرأ أيضاً", "اقرأ/ي أيضا", "اقرأ/ي أيضاً", "اقرئي أيضا", "إقرأ أيضا", "إقرأ المزيد", "قصص مقترحة", "طالع أيضا", "قراءة المزيد", "اقرأ أكثر", "للمزيد اقرأ",

        // A collapsed related-news box is scraped as its toggle's label.
        "إظهار أخبار متعلقة", "إظهار أخبار ذات صلة",

    ]);

    /// <summary>
    /// Verbs that cue a link only with a colon after them ("طالع: «الأرصاد» تتوقع …", "اقرأ: …"); without one they open
    /// ordinary sentences ("طالع الوزير التقرير").
    /// </summary>
    private static readonly string[] ColonCues = Lexicon.List(["طالع", "اقرأ", "إقرأ", "انظر",

        // The Maghreb's sites cue their links in French too ("Lire aussi : Nador : …"); a French quotation may open on the same
        // words ("Voir aussi loin que ses lecteurs …"), never with the colon.
        "lire aussi", "à lire aussi", "a lire aussi", "lire également", "lire egalement", "voir aussi", "read also", "see also"]);

    /// <summary>Markers of suggested reading ("قد يعجبك أيضا"), a grid's label after the article or a link's cue inside it.</summary>
    private static readonly string[] SuggestionCues = Lexicon.List(["قد يهمك ايضا", "قد يهمك", "قد يعجبك ايضا", "قد يعجبك", "ربما يعجبك أيضا", "اخترنا لكم"]);

    /// <summary>
    /// True when a suggestion's marker carries its link on its own line, after a colon ("قد يعجبك أيضا: طريقة عمل معمول التمر
    /// …"): one link inside the text, as "اقرأ أيضا:" is, where the article goes on after it (running text, a line introducing
    /// what follows, or its topic; not another article's teaser after the page's last suggestion). A grid's label stands alone.
    /// </summary>
    private static bool IsSuggestionWithLink(DocumentLine line, string marker) =>
        SuggestionCues.Contains(marker, StringComparer.Ordinal) && line.Key.IndexOf(':', StringComparison.Ordinal) is var colon and > 0
        && LineShape.WordCount(line.Key[(colon + 1)..]) >= 3;

    /// <summary>True when the line after the cue at <paramref name="cue"/> ends on a colon: the article introducing what follows ("طريقة التحضير:").</summary>
    private static bool IntroducesNext(CleaningDocument document, int cue) =>
        document.NextNonBlank(cue) is var next and >= 0 && document.Lines[next].Text.TrimEnd().EndsWith(':');

    private static bool IsInlineCue(string marker) =>
        InlineCues.Contains(marker, StringComparer.Ordinal) || ColonCues.Contains(marker, StringComparer.Ordinal);

    public override string Id => CleaningRules.TrailingBlock;

    public override string Description => "a trailing block after the article opened by a marker such as \"آخر الأخبار\", \"مقالات ذات صلة\", \"الأكثر قراءة\" or \"الكلمات الدلالية\"";

    protected override void Run(CleaningDocument document)
    {
        var first = document.FirstBodyParagraph();
        if (first < 0)
        {
            return;
        }

        RemoveNextArticleTeasers(document, first);
        RemoveFaqBoxes(document, first);
        for (var i = first + 1; i < document.Lines.Count; i++)
        {
            // A marker the site template already claimed still opens its block: the template knows the label, not the
            // headlines under it, which change from page to page.
            var line = document.Lines[i];
            if (line.IsBlank || (!document.IsKept(i) && document.RemovedBy(i) != CleaningRules.SiteTemplate) || (Marker(line.Key) ?? PollHeader(document, i)) is not { } marker
                || (LineShape.ListMark().Match(line.Text).Length > 0 && document.InIntroducedTable(i)))
            {
                continue; // an item of a list the article introduces ("• تحميل المزيد" among an app's buttons) is the article's
            }

            if (IsStrayPagerWord(document, i, marker))
            {
                document.Remove(i, Id, $"a pager's word (\"{line.Text.Trim()}\") over the article's own sentence, not over a headline");
                continue;
            }

            if (LineShape.IsSentence(line.Text) && line.WordCount >= 6 && !IsInlineCue(marker))
            {
                continue; // "الأكثر قراءة بين الزوار كانت الروايات…": the words of a marker opening an ordinary sentence
            }

            if (StatisticsMarkers.Contains(marker, StringComparer.Ordinal) && document.NextNonBlank(i) is var under and >= 0 && LineShape.IsSentence(document.Lines[under].Text))
            {
                continue; // "إحصائيات المباراة" over "وعكست الأرقام …": the report's subheading, not the widget's label
            }

            if (ReferenceEquals(marker, PollMarker))
            {
                // A poll inside the text is followed by the article; at its end, by the rest of the page.
                var pollEnd = RemovePoll(document, i);
                var after = document.FirstBodyParagraph(pollEnd + 1);
                if (after >= 0 && ArticleHeaderWithin(document, pollEnd + 1, after) < 0
                    && (Continuation(document, pollEnd + 1, after) >= 0 || document.ContinuesTopic(i, after, out _) || ContinuesNumbering(document, i, pollEnd + 1)))
                {
                    i = pollEnd;
                    continue;
                }

                document.RemoveFrom(i, Id, "a poll, and nothing of this article after it");
                return;
            }

            var resume = Resume(document, i + 1);
            if (resume >= 0 && LineShape.IsHeadlineRun(document.Lines[resume].Text))
            {
                resume = -1; // the marker's own list, scraped into one line: nothing of the article follows
            }

            // The article also goes on where the first prose after the links opens as running text does ("وأهدر …", "وقال …"),
            // whatever its words: a report's next paragraph may share few with the ones before, an article's lead opens on a noun.
            var continued = resume >= 0 ? Continuation(document, i + 1, resume) : -1;
            if (resume >= 0 && continued < 0 && ArticleHeaderWithin(document, i + 1, resume) is var header and >= 0)
            {
                // Links never carry a byline or a date line of their own; a new article's header does. What follows is that
                // article, however close its topic (two match reports of one league share most of their words).
                document.RemoveFrom(i, Id, $"opened by \"{Shorten(line.Text)}\", then a new article's date or byline (\"{Shorten(document.Lines[header].Text)}\"): not this article");
                return;
            }

            if (resume >= 0 && CommentsWithin(document, i + 1, resume) is var comments and >= 0)
            {
                // The list is followed by the comment section: readers' sentences, on topic or not, are never the article.
                document.RemoveFrom(i, Id, $"opened by \"{Shorten(line.Text)}\", then the comments (\"{Shorten(document.Lines[comments].Text)}\"): not this article");
                return;
            }

            if (resume >= 0 && (IsInlineCue(marker) || (IsSuggestionWithLink(line, marker) && (continued >= 0 || IntroducesNext(document, i) || document.ContinuesTopic(i, resume, out _)))))
            {
                // "اقرأ أيضا" inside the text links to other articles and the article goes on after the links, whatever their
                // topic: only the cue and its link lines go (up to a screen-reader "end of list" label, if any).
                var end = LinksEnd(document, i, resume, marker);

                for (var j = i; j <= end; j++)
                {
                    document.Remove(j, Id, $"opened by \"{Shorten(line.Text)}\": links to other articles inside the text");
                }

                i = end;
                continue;
            }

            // A widget inside the text (a sidebar scraped mid-article) is followed by the article itself: remove the marker
            // and its links, keep the paragraphs that continue the topic.
            // The article goes on only where a sentence of it follows: related headlines that name its subject ("شبيبة القبائل:
            // الطاقم الفني …" after "مقالات ذات صلة") continue its topic, but none ends on a full stop.
            if (resume >= 0 && !CommentMarkers.Contains(marker, StringComparer.Ordinal) && (continued >= 0 || document.ContinuesTopic(i, resume, out _))
                && HasSentenceFrom(document, continued >= 0 ? continued : resume))
            {
                var stop = continued >= 0 ? continued : resume;
                for (var j = i; j < stop; j++)
                {
                    document.Remove(j, Id, $"opened by \"{Shorten(line.Text)}\": links to other articles inside the text");
                }

                i = stop;
                continue;
            }

            document.RemoveFrom(i, Id, $"opened by \"{Shorten(line.Text)}\": other headlines, tags or widgets, not this article");
            return;
        }
    }

    /// <summary>
    /// The last line of the links an inline cue at <paramref name="cue"/> opens, before the article resumes at
    /// <paramref name="resume"/>. Where the text keeps a block's lines together and parts blocks with blank lines (some
    /// lines follow each other with no blank line between), the links are the cue's block, or the next block when the cue
    /// stands alone ("اقرأ أيضا:"), and a short line after a blank line is the article's next subheading. Where every line is
    /// parted by a blank line, the blank lines say nothing and every line up to the article's next paragraph is a link.
    /// </summary>
    private static int LinksEnd(CleaningDocument document, int cue, int resume, string marker)
    {
        if (ClosingListEnd(document, cue) is var closed and >= 0)
        {
            return closed;
        }

        var end = cue;
        var bare = document.Lines[cue].WordCount <= marker.Count(static c => c == ' ') + 1;
        if (!document.HasLineBlocks)
        {
            // Once the cue has its link (on its own line or after it), the links end at a line that is the article's own: a
            // subheading of a few words ("أبرز أحداث المباراة": the headlines of links are longer), a line that opens as
            // running text or introduces what follows ("وبيّنت الوزارة أن … الخطوات التالية:"), or, after a cue that carries
            // its link, a question (an explainer's subheading, "ما أبرز أعراض المتحور الجديد؟").
            var linked = !bare;
            while (end + 1 < resume && !IsListEnd(document.Lines[end].Key))
            {
                var next = document.Lines[end + 1];
                if (!next.IsBlank && document.IsKept(end + 1))
                {
                    if (linked && (next.WordCount <= MaxSubheadingWords || IsArticleLine(next.Text) || (!bare && LineShape.EndsWithQuestion(next.Text))))
                    {
                        break;
                    }

                    linked = true;
                }

                end++;
            }

            return end;
        }

        if (bare && WholeBlockOfLinks(document, cue) is var blockEnd and >= 0)
        {
            return blockEnd;
        }

        if (bare && end + 1 < document.Lines.Count && document.Lines[end + 1].IsBlank)
        {
            // A cue alone in its block: its link is the next block.
            while (end + 1 < resume && document.Lines[end + 1].IsBlank)
            {
                end++;
            }

            if (end + 1 >= resume)
            {
                return end; // the next block is the article's own next paragraph: the cue linked to nothing we can see
            }

            end++;
        }

        // The cue's block holds its links, even one that reads as a sentence (a question headline, "ماذا يحدث إذا …؟"); a
        // paragraph of the article never shares a block with them, and ends on a full stop.
        // A line of a few words after a link is the article's subheading (where paragraphs are not parted by blank lines
        // either, "ردود فعل غاضبة" shares the links' block), unless it is a video link's duration: where the box prints each
        // duration over its headline ("02:14" opens the links of a "شاهد أيضا" box), another link follows it; where under its
        // headline, it closes that link, and the line after it is judged on its own.
        var durationsFirst = cue + 1 < document.Lines.Count && NavigationRule.IsDuration(document.Lines[cue + 1].Text);
        while (end + 1 < document.Lines.Count && !document.Lines[end + 1].IsBlank && !IsListEnd(document.Lines[end].Key)
            && (end + 1 < resume || IsLinkInBlock(document.Lines[end + 1])) && !IsArticleLine(document.Lines[end + 1].Text))
        {
            var next = document.Lines[end + 1];
            if (NavigationRule.IsDuration(next.Text) && (end > cue || !bare))
            {
                end++;
                if (!durationsFirst)
                {
                    break;
                }

                continue;
            }

            if ((end > cue || !bare) && next.WordCount <= MaxSubheadingWords && !IsListEnd(next.Key))
            {
                break;
            }

            // After a cue that carries its link, a question or a numbered line is the article's next subheading ("هل يحمي
            // لقاح هذا العام؟", "3. لا تتخلّي عن واقي الشمس"), as where every line is parted: a link's headline is neither.
            if (end == cue && !bare && (LineShape.EndsWithQuestion(next.Text) || LineShape.ListNumber(next.Text) is not null))
            {
                break;
            }

            // Nor is a short line right over the article's introduction of a list ("مواصفات Redmi Note 15 Pro+" over "وجاءت أبرز
            // مواصفات الهاتف على النحو التالي:"): a subheading. Over running text it may be a second link as well.
            if (end == cue && !bare && next.WordCount <= MaxSubheadingAfterLinkWords && !LineShape.EndsSentence(next.Text)
                && document.NextNonBlank(end + 1) is var under and >= 0 && document.Lines[under].Text.TrimEnd().EndsWith(':')
                && document.Lines[under].WordCount >= MinIntroductionWords)
            {
                break;
            }

            end++;
        }

        return end;
    }

    /// <summary>
    /// The screen-reader label that closes the links under the cue at <paramref name="cue"/> ("نهاية القائمة"), or -1: the lines
    /// up to it are the list's, counters ("قائمة 2 من 4") and headlines alike, as long as none of them is running text, a
    /// sentence ending on a full stop, a paragraph longer than a headline or another list's marker.
    /// </summary>
    private static int ClosingListEnd(CleaningDocument document, int cue)
    {
        for (var j = cue + 1; j < document.Lines.Count && j <= cue + MaxClosedListLines; j++)
        {
            var line = document.Lines[j];
            if (line.IsBlank || !document.IsKept(j))
            {
                continue;
            }

            if (IsListEnd(line.Key))
            {
                return j;
            }

            // A link's headline or counter ends on no full stop; a paragraph of the article does. Another marker opens a list of
            // its own, which its label closes.
            if (line.WordCount > MaxLinkWords || IsArticleLine(line.Text) || EndsOnStop(line.Text) || Marker(line.Key) is not null)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The most lines (blank ones too) a list closed by its screen-reader label is looked through for that label.</summary>
    private const int MaxClosedListLines = 40;

    /// <summary>
    /// The last line of the block a bare cue opens when every line of it is a link's, or -1: two or more lines, none longer
    /// than a headline or opened as running text, the last one a headline (no full stop). A link's teaser may be a sentence
    /// ("تعرّف على الأسباب التي …."); an article's paragraphs in the cue's block make it longer, or end on a full stop.
    /// </summary>
    private static int WholeBlockOfLinks(CleaningDocument document, int cue)
    {
        var (end, sentences) = (cue, 0);
        while (end + 1 < document.Lines.Count && !document.Lines[end + 1].IsBlank)
        {
            var line = document.Lines[end + 1];
            sentences += EndsOnStop(line.Text) ? 1 : 0;
            if (!document.IsKept(end + 1) || line.WordCount > MaxBlockLinkWords || IsArticleLine(line.Text) || end - cue >= MaxBlockLinks || sentences > 1)
            {
                return -1;
            }

            end++;
        }

        return end - cue >= 2 && IsLinkInBlock(document.Lines[end]) ? end : -1;
    }

    /// <summary>Most links a bare cue's block is taken to hold in all.</summary>
    private const int MaxBlockLinks = 5;

    /// <summary>True when the line ends on a full stop (after any closing quotation mark or bracket).</summary>
    private static bool EndsOnStop(string text) => LastMark(text) is '.' or '…' or '!';

    /// <summary>The line's last character after any closing quotation mark or bracket.</summary>
    private static char LastMark(string text) => text.TrimEnd().TrimEnd('"', '»', '”', '’', ')', '\'').LastOrDefault();

    /// <summary>
    /// A line no link's headline is: it opens as running text does ("وبيّنت …") or introduces what follows, however short
    /// ("وجاءت التوصيات على النحو التالي:"): no headline ends on a colon.
    /// </summary>
    private static bool IsArticleLine(string text) =>
        LineShape.OpensRunningText(text) || LineShape.ContinuesIntoNext(text) || (text.TrimEnd().EndsWith(':') && LineShape.WordCount(text) >= MinIntroductionWords)
        || HasInnerSentenceEnd(text);

    /// <summary>
    /// True when a sentence ends inside the line and a question follows it ("… بتمويل خليجي أو تركي. هل ترين في ذلك فرصة …؟"):
    /// an interviewer's question, never a link's headline.
    /// </summary>
    private static bool HasInnerSentenceEnd(string text)
    {
        // A question of two sentences: a single full stop inside ("..", the headlines' separator, is none), a question mark at
        // the end. A headline of two sentences ends on neither.
        if (!LineShape.EndsWithQuestion(text))
        {
            return false;
        }

        for (var stop = text.IndexOf(". ", StringComparison.Ordinal); stop > 0; stop = text.IndexOf(". ", stop + 1, StringComparison.Ordinal))
        {
            if (text[stop - 1] != '.' && LineShape.WordCount(text[..stop]) >= MinSentenceWords && LineShape.WordCount(text[(stop + 2)..]) >= MinSentenceWords)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Fewest words of each of the two sentences that make a line prose.</summary>
    private const int MinSentenceWords = 4;

    /// <summary>Fewest words of a line that introduces what follows with a colon, against a label ("المصدر:").</summary>
    private const int MinIntroductionWords = 3;

    /// <summary>A line in a cue's block that can be a link's headline though it reads as a sentence: no full stop, and short.</summary>
    private static bool IsLinkInBlock(DocumentLine line) =>
        line.WordCount <= MaxBlockLinkWords && LastMark(line.Text) is not ('.' or '…' or ':' or '!');

    /// <summary>The longest headline a link read as a sentence in a cue's block is taken to have.</summary>
    private const int MaxBlockLinkWords = 16;

    /// <summary>The most words of a subheading that closes the lines after an inline cue.</summary>
    private const int MaxSubheadingWords = 4;

    /// <summary>Most words of a subheading right after a cue that carries its link, over the article's introduction of a list.</summary>
    private const int MaxSubheadingAfterLinkWords = 6;

    /// <summary>The longest headline a link in a cue's block is taken to have.</summary>
    private const int MaxLinkWords = 20;

    /// <summary>
    /// True when a kept body paragraph ending on a full stop or a question mark (the resumed line's questions were vetted as no
    /// headlines' already), or long enough to be no headline, stands at or after line <paramref name="from"/>; always on a
    /// page that punctuates nothing.
    /// </summary>
    private static bool HasSentenceFrom(CleaningDocument document, int from)
    {
        if (document.Unpunctuated)
        {
            return true;
        }

        for (var j = from; j < document.Lines.Count; j++)
        {
            if (document.IsKept(j) && document.IsBody(j) && (EndsOnStop(document.Lines[j].Text) || document.Lines[j].WordCount > MaxLinkWords || LineShape.EndsWithQuestion(document.Lines[j].Text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The first body paragraph from <paramref name="from"/> on that the article can resume at, or -1. A link's headline may
    /// ask a question ("ماذا نعرف عن …؟") and so read as a sentence; a question followed by another headline rather than by
    /// prose (its answer, the article going on) is one of the links.
    /// </summary>
    private static int Resume(CleaningDocument document, int from)
    {
        var resume = document.FirstBodyParagraph(from);
        while (resume >= 0 && document.Lines[resume].WordCount <= MaxLinkWords && LineShape.EndsWithQuestion(document.Lines[resume].Text)
            && !LineShape.OpensRunningText(document.Lines[resume].Text) && !OpensOnFa(document.Lines[resume].Key)
            && (FollowedByHeadline(document, resume) || FollowedByMarker(document, resume) || BetweenListNumbers(document, resume) || UnderPollHeader(document, resume)
                || InBlockFrom(document, from, resume)))
        {
            resume = document.FirstBodyParagraph(resume + 1);
        }

        return resume;
    }

    /// <summary>
    /// True when the next kept line after <paramref name="index"/> is another link's headline: four words or more, no prose,
    /// no list item, nothing it introduces. False when nothing follows (a closing question of the article).
    /// </summary>
    private static bool FollowedByHeadline(CleaningDocument document, int index)
    {
        for (var j = index + 1; j < document.Lines.Count; j++)
        {
            if (document.IsKept(j))
            {
                var text = document.Lines[j].Text;
                return document.Lines[j].WordCount >= 4 && !document.IsProse(j) && LineShape.ListMark().Match(text).Length == 0
                    && !LineShape.ContinuesIntoNext(text) && !text.TrimEnd().EndsWith(':');
            }
        }

        return false;
    }

    /// <summary>
    /// True when line <paramref name="index"/> stands between a numbered list's numbers, each alone on its line ("1", the
    /// question, "2"): an item of a most-read list, however much it reads as a sentence.
    /// </summary>
    private static bool BetweenListNumbers(CleaningDocument document, int index)
    {
        var (before, after) = (document.PreviousNonBlank(index), document.NextNonBlank(index));
        return before >= 0 && after >= 0 && int.TryParse(document.Lines[before].Key.Trim(), out var k) && int.TryParse(document.Lines[after].Key.Trim(), out var next) && next == k + 1;
    }

    /// <summary>
    /// True when the question at <paramref name="index"/> is the last of a list of links, right before another block of links
    /// or tags ("الأكثر قراءة"): a headline's one short question, after two or more links of the list. An article's closing
    /// question after an inline link goes on from its text ("لكن هل يصمد …؟", "يبقى السؤال: …؟") or asks twice.
    /// </summary>
    private static bool FollowedByMarker(CleaningDocument document, int index)
    {
        var line = document.Lines[index];
        var next = document.NextNonBlank(index);
        if (next < 0 || !document.IsKept(next) || Marker(document.Lines[next].Key) is null || line.WordCount > MaxQuestionLinkWords
            || line.Text.Count(static c => c is '؟' or '?') != 1 || line.Text.Contains(':', StringComparison.Ordinal) || LineShape.StartsLikeSentence(line.Text))
        {
            return false;
        }

        var links = 0;
        for (var j = document.PreviousNonBlank(index); j >= 0 && links < 2 && Marker(document.Lines[j].Key) is null; j = document.PreviousNonBlank(j))
        {
            if (document.IsBody(j) || document.Lines[j].WordCount is < 3 or > MaxLinkWords)
            {
                return false;
            }

            links++;
        }

        return links >= 2;
    }

    /// <summary>Most words of a link's headline that is a question.</summary>
    private const int MaxQuestionLinkWords = 10;

    /// <summary>
    /// True when the lines from <paramref name="from"/> (right under the marker) to <paramref name="line"/> are one block, where
    /// the text parts blocks with blank lines: the marker's own list, which a paragraph of the article never joins.
    /// </summary>
    private static bool InBlockFrom(CleaningDocument document, int from, int line)
    {
        if (!document.HasLineBlocks)
        {
            return false;
        }

        for (var j = from; j <= line; j++)
        {
            if (document.Lines[j].IsBlank)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the line above <paramref name="question"/> heads a poll (<see cref="PollHeader"/>).</summary>
    private static bool UnderPollHeader(CleaningDocument document, int question)
    {
        var above = document.PreviousNonBlank(question);
        return above >= 0 && PollHeader(document, above) is not null;
    }

    /// <summary>Markers of the page's link to the next or previous article, which a teaser of that article may follow.</summary>
    private static readonly HashSet<string> NextArticleMarkers = Lexicon.Set(["المقال التالي", "الخبر التالي", "المقال السابق", "الخبر السابق", "اقرأ التالي", "التالي"]);

    /// <summary>
    /// True when most of the content words of line <paramref name="line"/> are in the article's paragraphs before
    /// <paramref name="before"/>: the article's own page two, not another article of the same beat (which shares a country or a
    /// sector, not half its words).
    /// </summary>
    private static bool RepeatsArticleWords(CleaningDocument document, int before, int line) =>
        TopicWords.Coverage(document.WordsOf(line), document.WordsBefore(before)) >= PageTwoCoverage;

    /// <summary>Share of a teaser's content words the article before it holds from which it is the article's own page two.</summary>
    private const double PageTwoCoverage = 0.5;

    /// <summary>What may surround a next-article label on its line: arrows, quotes, a colon.</summary>
    private static readonly char[] NextLabelEdges = [' ', ':', '«', '»', '›', '‹', '<', '>', '←', '→', '|'];

    /// <summary>Most words of a next article's teaser under its headline.</summary>
    private const int MaxTeaserWords = 50;

    /// <summary>Fewest paragraphs of the article before a link to the next one: at the top, the link sits over the article's lead.</summary>
    private const int MinParagraphsBeforeNext = 3;

    /// <summary>
    /// Removes the page's link to the next (or previous) article after this one: its label alone on its line ("المقال التالي"),
    /// the next article's headline right under it, and the teaser sentence under that ("في مدن الساحل السوري، يعيد الصيادون
    /// …"), which reads as a paragraph but is the other article's. Only after three paragraphs of the article: a link above
    /// the article's lead has the lead under it.
    /// </summary>
    /// <summary>Folded labels of a page's box of frequently asked questions.</summary>
    private static readonly HashSet<string> FaqLabels = Lexicon.Set(["الأسئلة الشائعة", "أسئلة شائعة", "أسئلة متكررة", "الأسئلة المتكررة", "faq", "faqs"]);

    /// <summary>Fewest question-and-answer pairs of a box of frequently asked questions.</summary>
    private const int MinFaqPairs = 2;

    /// <summary>
    /// Removes a box of frequently asked questions that restates the article ("الأسئلة الشائعة" over "ما نسبة الضريبة؟" over
    /// "5% على …"): its label alone on a line, then questions each over a one-line answer, where two answers or more, and two
    /// of three at least, restate what the article said. Left, the answers the article holds would go as pull
    /// quotes and leave their questions; a section of questions of its own, which adds what the article did not say, stays.
    /// </summary>
    private void RemoveFaqBoxes(CleaningDocument document, int first)
    {
        for (var i = first + 1; i < document.Lines.Count; i++)
        {
            if (document.Lines[i].IsBlank || document.Lines[i].WordCount > 3 || !document.IsKept(i) || !FaqLabels.Contains(document.Lines[i].Key.Trim(' ', ':')))
            {
                continue;
            }

            var (end, pairs, restated) = (i, 0, 0);
            while (document.NextNonBlank(end) is var question and >= 0 && document.IsKept(question) && LineShape.EndsWithQuestion(document.Lines[question].Text)
                && document.Lines[question].WordCount <= MaxLinkWords
                && document.NextNonBlank(question) is var answer and >= 0 && document.IsKept(answer) && !LineShape.EndsWithQuestion(document.Lines[answer].Text))
            {
                restated += IsSaidAbove(document, answer, i) ? 1 : 0;
                (end, pairs) = (answer, pairs + 1);
            }

            // Most answers restate the article (two of three): one answer it gave is how a section of its own may start.
            if (pairs >= MinFaqPairs && restated >= MinFaqPairs && restated * 3 >= pairs * 2)
            {
                for (var j = i; j <= end; j++)
                {
                    if (!document.Lines[j].IsBlank && document.IsKept(j))
                    {
                        document.Remove(j, Id, "a box of frequently asked questions restating the article");
                    }
                }

                i = end;
            }
        }
    }

    /// <summary>
    /// True when the answer at <paramref name="answer"/> restates a line kept above <paramref name="label"/>: seven in ten of
    /// its words or more are that line's ("5% على إجمالي الدخل السنوي الذي يتجاوز 42 ألف ريال" against "… بنسبة 5% على
    /// إجمالي الدخل الذي يحققه الفرد … متى تجاوز 42 ألف ريال"). A box's answers shorten what the article says.
    /// </summary>
    private static bool IsSaidAbove(CleaningDocument document, int answer, int label)
    {
        var words = TopicWords.Tokens(document.Lines[answer].Key).ToList();
        if (words.Count < 3)
        {
            return false;
        }

        for (var k = 0; k < label; k++)
        {
            if (k == answer || !document.IsKept(k) || document.Lines[k].IsBlank || document.Lines[k].WordCount < words.Count / 2)
            {
                continue;
            }

            var line = TopicWords.Tokens(document.Lines[k].Key).ToHashSet(StringComparer.Ordinal);
            if (words.Count(line.Contains) * 10 >= words.Count * 7)
            {
                return true;
            }
        }

        return false;
    }

    private void RemoveNextArticleTeasers(CleaningDocument document, int first)
    {
        var paragraphs = 0;
        for (var i = first; i < document.Lines.Count; i++)
        {
            var line = document.Lines[i];
            if (line.IsBlank || !document.IsKept(i))
            {
                continue;
            }

            if (!NextArticleMarkers.Contains(line.Key.Trim(NextLabelEdges)))
            {
                paragraphs += document.IsBody(i) ? 1 : 0;
                continue;
            }

            var headline = document.NextNonBlank(i);
            var teaser = headline < 0 ? -1 : document.NextNonBlank(headline);
            // A pager inside a long article ("التالي" over page two) goes on with its topic; the next article has its own.
            if (paragraphs < MinParagraphsBeforeNext || teaser < 0 || !document.IsKept(headline) || !document.IsKept(teaser) || document.IsBody(headline)
                || document.Lines[headline].WordCount is < 3 or > MaxLinkWords || !document.IsBody(teaser) || document.Lines[teaser].WordCount > MaxTeaserWords
                || LineShape.OpensRunningText(document.Lines[teaser].Text) || RepeatsArticleWords(document, i, teaser))
            {
                continue;
            }

            foreach (var j in new[] { i, headline, teaser })
            {
                document.Remove(j, Id, $"opened by \"{Shorten(line.Text)}\": the next article's headline and teaser");
            }

            i = teaser;
        }
    }

    /// <summary>
    /// True when a pager's word ("التالي", "السابق") is the last word of the question right above it, printed again, over a
    /// sentence that ends on a full stop ("ما مشروعك التالي؟" / "التالي" / "فيلم عن الهجرة، ما زلت أكتبه."): a stray of the
    /// page between an interview's question and its answer. A pager's teaser may end on a stop too, but the line above it is
    /// the article's last, not a question ending on the pager's word.
    /// </summary>
    private static bool IsStrayPagerWord(CleaningDocument document, int index, string marker)
    {
        if (!PagerWords.Contains(marker, StringComparer.Ordinal) || document.PreviousNonBlank(index) is not (var before and >= 0) || !document.IsKept(before)
            || !LineShape.EndsWithQuestion(document.Lines[before].Text) || document.NextKeptLine(index) is not (var next and >= 0)
            || !LineShape.IsSentence(document.Lines[next].Text) || LastMark(document.Lines[next].Text) is not ('.' or '!'))
        {
            return false;
        }

        var question = document.Lines[before].Key.AsSpan().TrimEnd(" ؟?");
        return question.EndsWith(marker, StringComparison.Ordinal) && (question.Length == marker.Length || question[^(marker.Length + 1)] == ' ');
    }

    private static readonly string[] PagerWords = Lexicon.List(["التالي", "السابق"]);

    /// <summary>A line opened by "ف" and a word ("فهل تنجح …؟"): it goes on from the text before it.</summary>
    private static bool OpensOnFa(string key) => key.Length > 3 && key[0] == 'ف' && key.IndexOf(' ', StringComparison.Ordinal) is > 3;

    /// <summary>
    /// The first kept line from <paramref name="from"/> to <paramref name="to"/> that is prose opened as running text is, by a
    /// connective ("وقال", "كما") or "و" before a verb ("وأهدر", "ويأمل"), or -1. Headlines of links do not open so.
    /// </summary>
    private static int Continuation(CleaningDocument document, int from, int to)
    {
        for (var j = from; j <= to && j < document.Lines.Count; j++)
        {
            if (document.IsKept(j) && document.IsProse(j) && LineShape.OpensRunningText(document.Lines[j].Text))
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>The first line from <paramref name="from"/> to before <paramref name="to"/> that is a date line or a byline, or -1.</summary>
    private static int ArticleHeaderWithin(CleaningDocument document, int from, int to)
    {
        for (var j = from; j < to; j++)
        {
            // A pager's "الخبر التالي" over a headline, then prose: the next article, printed whole after its link.
            var text = document.Lines[j].Text;
            if (!document.Lines[j].IsBlank && (DateLineRule.IsDateLine(text, out _) || BylineRule.Parse(text) is not null || IsNextArticleHeader(document, j)))
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>
    /// True when line <paramref name="index"/> is a pager's "الخبر التالي" over the next article's headline and its dateline
    /// ("الاحتلال يعتقل 14 مواطناً …" over "رام الله - هدف"): that article printed whole. The label over a headline alone is a
    /// sidebar's link.
    /// </summary>
    private static bool IsNextArticleHeader(CleaningDocument document, int index)
    {
        if (!NextArticleLabels.Contains(document.Lines[index].Key.Trim(' ', ':')) || document.NextNonBlank(index) is not (var headline and >= 0)
            || LineShape.IsSentence(document.Lines[headline].Text) || document.NextNonBlank(headline) is not (var dateline and >= 0))
        {
            return false;
        }

        var line = document.Lines[dateline];
        return line.WordCount <= MaxDatelineWords && !LineShape.EndsSentence(line.Text) && line.Text.Contains(" - ", StringComparison.Ordinal);
    }

    /// <summary>Most words of a dateline ("رام الله - هدف").</summary>
    private const int MaxDatelineWords = 6;

    /// <summary>Folded labels of a pager's link to the next article.</summary>
    private static readonly HashSet<string> NextArticleLabels = Lexicon.Set(["الخبر التالي", "المقال التالي", "الموضوع التالي", "التقرير التالي"]);

    /// <summary>The first line from <paramref name="from"/> to before <paramref name="to"/> that opens a comment section, or -1.</summary>
    private static int CommentsWithin(CleaningDocument document, int from, int to)
    {
        for (var j = from; j < to; j++)
        {
            if (!document.Lines[j].IsBlank && ((Marker(document.Lines[j].Key) is { } m && CommentMarkers.Contains(m, StringComparer.Ordinal)) || IsCommentCount(document, j)))
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>
    /// The comment section's heading led by its count ("7 تعليقات", "(12) تعليقات"), not a post's counters ("٣١٠ تعليقات" beside
    /// "٤٥٠ مشاركة"): no other count on the lines next to it.
    /// </summary>
    private static bool IsCommentCount(CleaningDocument document, int index)
    {
        var bare = document.Lines[index].Key.AsSpan().Trim();
        var uncounted = bare.TrimStart("0123456789٠١٢٣٤٥٦٧٨٩() ");
        if (uncounted.Length == bare.Length || !(uncounted.SequenceEqual(CommentsWord) || uncounted.SequenceEqual("comments")))
        {
            return false;
        }

        static bool Counted(CleaningDocument document, int at) => at >= 0 && document.Lines[at].WordCount <= 3 && document.Lines[at].Text.Any(char.IsDigit);
        return !Counted(document, document.PreviousNonBlank(index)) && !Counted(document, document.NextNonBlank(index));
    }

    private static readonly string CommentsWord = Text.ArabicNormalizer.Normalize("تعليقات");

    /// <summary>A screen-reader label closing a list of links ("end of list", "نهاية القائمة").</summary>
    private static bool IsListEnd(string key) => ListEnds.Contains(key.Trim(ListEndEdges));

    private static readonly char[] ListEndEdges = [' ', '.', ':'];

    private static readonly HashSet<string> ListEnds = Lexicon.Set(["end of list", "نهاية القائمة", "نهاية القائمه", "نهاية قصص مقترحة", "نهاية القصص المقترحة"]);

    /// <summary>
    /// Labels of a page's topic tags that must stand alone without a colon: "المواضيع:" heads a list of the article's own
    /// (an exam's subjects, a meeting's agenda).
    /// </summary>
    private static readonly string[] TopicLabels = Lexicon.List(["المواضيع", "الموضوعات"]);

    /// <summary>The folded marker a line is or starts with, or null.</summary>
    internal static string? Marker(string key)
    {
        foreach (var label in TopicLabels)
        {
            if (key.AsSpan().Trim().SequenceEqual(label))
            {
                return label;
            }
        }

        // On a span: this is asked of every line after the first paragraph, and trimming a string copies it.
        var bare = key.AsSpan().Trim().TrimStart("([«\"-•* ").TrimEnd(":-–—|»>. ،)]");

        foreach (var m in StandaloneMarkers)
        {
            if (bare.SequenceEqual(m))
            {
                return m;
            }
        }

        foreach (var m in CommentMarkers)
        {
            if (bare.StartsWith(m, StringComparison.Ordinal) && (bare.Length == m.Length || bare[m.Length..].StartsWith(" (", StringComparison.Ordinal)))
            {
                return m;
            }
        }

        return StartingMarker(bare, ListMarkers) ?? StartingMarker(bare, InlineCues) ?? ColonCue(bare) ?? RelatedLabel(bare);
    }

    /// <summary>
    /// A label of a few words ending in "ذات صلة" ("فتاوى ذات صلة", "فيديوهات ذات صلة"): whatever the site names its items, the
    /// label is a related list's. Null otherwise.
    /// </summary>
    private static string? RelatedLabel(ReadOnlySpan<char> bare)
    {
        if (!bare.EndsWith(RelatedEnding, StringComparison.Ordinal) || bare.Length <= RelatedEnding.Length || bare[^(RelatedEnding.Length + 1)] != ' ')
        {
            return null;
        }

        // What the site lists: its items by their kind ("فتاوى", "فيديوهات"). "الجهات ذات الصلة" and "أسئلة ذات صلة" are prose
        // or an article's subheading.
        var kind = bare[..^RelatedEnding.Length].Trim();
        return RelatedKinds.GetAlternateLookup<ReadOnlySpan<char>>().Contains(kind) ? RelatedEnding : null;
    }

    /// <summary>The folded ending of a related list's label.</summary>
    private static readonly string RelatedEnding = Text.ArabicNormalizer.Normalize("ذات صلة");

    /// <summary>Folded kinds of a site's items a related list's label names.</summary>
    private static readonly HashSet<string> RelatedKinds = Lexicon.Set(
        ["فتاوى", "فتاوي", "فيديوهات", "فيديو", "مقاطع", "صور", "ألبومات", "مواد", "مقالات", "أخبار", "مواضيع", "موضوعات", "قصص", "روابط", "تقارير", "دروس", "بحوث", "كتب", "منشورات", "مراجعات", "تدوينات", "حلقات"]);

    /// <summary>
    /// The marker of a poll headed by the site's own label ("استطلاع الجزيرة", "استطلاع", "استفتاء أنوثة"): a short line opened by "استطلاع" or "استفتاء" with
    /// a question on the next line. Null otherwise: "استطلاع" also opens sentences and subheadings of the article.
    /// </summary>
    private static string? PollHeader(CleaningDocument document, int index)
    {
        var line = document.Lines[index];
        if (line.WordCount > 3 || !(line.Key.StartsWith(PollWord, StringComparison.Ordinal) || line.Key.StartsWith(ReferendumWord, StringComparison.Ordinal)))
        {
            return null;
        }

        var next = document.NextNonBlank(index);
        if (next < 0 || document.Lines[next].WordCount > MaxLinkWords || !LineShape.EndsWithQuestion(document.Lines[next].Text))
        {
            return null;
        }

        // "استفتاء" also heads a report on a referendum, over a question subheading: a site's poll under it shows its button.
        return line.Key.StartsWith(PollWord, StringComparison.Ordinal) || HasVoteButton(document, next) ? PollMarker : null;
    }

    /// <summary>True when a vote button ("صوّت", "عرض النتائج") follows the question at <paramref name="question"/> among its answers.</summary>
    private static bool HasVoteButton(CleaningDocument document, int question)
    {
        var j = question;
        for (var seen = 0; seen <= MaxPollAnswers && (j = document.NextNonBlank(j)) >= 0; seen++)
        {
            if (document.Lines[j].WordCount > MaxPollAnswerWords)
            {
                return false;
            }

            if (VoteButtons.Contains(document.Lines[j].Key.Trim()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Most answers looked through for a poll's vote button.</summary>
    private const int MaxPollAnswers = 8;

    /// <summary>Folded labels of a poll's buttons.</summary>
    private static readonly HashSet<string> VoteButtons = Lexicon.Set(["صوت", "صوّت", "صوتي", "صوّتي", "صوتوا", "تصويت", "التصويت", "عرض النتائج", "النتائج", "vote", "voter"]);

    /// <summary>
    /// Removes a poll from its header at <paramref name="header"/>: the header, the question, then its answers and buttons
    /// (short lines that are no sentences); returns the last line removed. The article may go on after it.
    /// </summary>
    private int RemovePoll(CleaningDocument document, int header)
    {
        var end = header;
        var question = false;
        for (var j = header + 1; j < document.Lines.Count; j++)
        {
            var line = document.Lines[j];
            if (line.IsBlank)
            {
                continue;
            }

            if (!question)
            {
                question = true; // the question PollHeader saw
            }
            else if (line.WordCount > MaxPollAnswerWords || LineShape.EndsSentence(line.Text) || LineShape.OpensRunningText(line.Text)
                || ContinuesNumbering(document, header, j))
            {
                break; // the article's next numbered item ("5. اختاري غسولاً لطيفاً" after "4. …" above the poll) is no answer
            }

            end = j;
        }

        for (var j = header; j <= end; j++)
        {
            document.Remove(j, Id, "a poll: its question and answers are the site's");
        }

        return end;
    }

    /// <summary>
    /// True when the first kept line from <paramref name="from"/> on carries the number after the last numbered item above
    /// <paramref name="widget"/> ("4. …" above a poll, "5. …" under it): the article's list goes on past the widget.
    /// </summary>
    private static bool ContinuesNumbering(CleaningDocument document, int widget, int from)
    {
        var next = document.NextKeptLine(from - 1);
        if (next < 0 || LineShape.ListNumber(document.Lines[next].Text) is not { } number || number < 2)
        {
            return false;
        }

        for (var j = widget - 1; j >= 0 && j >= widget - MaxLinesToListItem; j--)
        {
            if (document.IsKept(j) && LineShape.ListNumber(document.Lines[j].Text) is { } above)
            {
                return above == number - 1;
            }
        }

        return false;
    }

    /// <summary>Most lines above a widget looked through for the article's last numbered item.</summary>
    private const int MaxLinesToListItem = 12;

    /// <summary>Most words of a poll's answer or button.</summary>
    private const int MaxPollAnswerWords = 4;

    private static readonly string PollWord = Text.ArabicNormalizer.Normalize("استطلاع");

    /// <summary>A poll's other name on some sites ("استفتاء أنوثة").</summary>
    private static readonly string ReferendumWord = Text.ArabicNormalizer.Normalize("استفتاء");

    private static readonly string PollMarker = Text.ArabicNormalizer.Normalize("استطلاع الرأي");

    /// <summary>The one of <see cref="ColonCues"/> that <paramref name="bare"/> opens with, a colon after it, or null.</summary>
    private static string? ColonCue(ReadOnlySpan<char> bare)
    {
        foreach (var m in ColonCues)
        {
            if (bare.StartsWith(m, StringComparison.Ordinal) && bare[m.Length..].TrimStart().StartsWith(":", StringComparison.Ordinal))
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>The first of <paramref name="markers"/> that <paramref name="bare"/> is or starts with as a whole word, or null.</summary>
    private static string? StartingMarker(ReadOnlySpan<char> bare, string[] markers)
    {
        foreach (var m in markers)
        {
            if (bare.StartsWith(m, StringComparison.Ordinal) && (bare.Length == m.Length || bare[m.Length] is ' ' or ':' or '-' or '–' or '|' or '.' or '،' or '…'
                || (m.EndsWith(AlsoWord, StringComparison.Ordinal) && Text.ArabicNormalizer.IsArabicLetter(bare[m.Length]) && bare[m.Length] != 'ح')))
            {
                // "اقرأ أيضاالرواية …": the cue and its link's headline run together where the page set them apart by markup alone.
                return m;
            }
        }

        return null;
    }

    /// <summary>"أيضا" folded: no word but "إيضاح" goes on from it, so other letters right after it are the next word's.</summary>
    private static readonly string AlsoWord = Text.ArabicNormalizer.Normalize("أيضا");

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}

using System.Text.RegularExpressions;

namespace DatasetBuilder.Cleaning.Rules;

/// <summary>
/// Removes photo captions and credits: lines ending in a short parenthesised credit ("… (رويترز)", "… (ألكسندر بوغدانوف/فرانس برس)")
/// and credit lines ("Фото: …", "الصورة: …", "تصوير: …"), and pull quotes (a quotation printed again between paragraphs).
/// </summary>
internal sealed partial class CaptionRule : CleaningRule
{
    public override string Id => CleaningRules.Caption;

    public override string Description => "photo captions ending in a photographer or agency credit, photo-credit lines (\"الصورة:\", \"Фото:\") and pull quotes";

    protected override void Run(CleaningDocument document)
    {
        List<string>? siteNames = null;
        foreach (var i in document.Kept())
        {
            var line = document.Lines[i];
            if (line.WordCount <= MaxSlashCaptionWords && line.Text.Contains('/', StringComparison.Ordinal) && !document.InIntroducedTable(i) && SlashCredit(line) is { } credit
                && (IsPhotoAgency(credit) || IsSiteName(credit, siteNames ??= BylineRule.SiteNames(document))))
            {
                document.Remove(i, Id, "photo caption with a credit after a slash");
            }
            else if (line.WordCount <= MaxSlashCaptionWords && DashCredit(line) is { } site && document.IsTitleSiteName(Text.ArabicNormalizer.Normalize(site)) && BetweenParagraphs(document, i))
            {
                document.Remove(i, Id, "photo caption credited to the site itself after a dash (\"… - نواعم\")");
            }
            else if (IsCreditLine(line))
            {
                document.Remove(i, Id, "photo credit");
                RemoveCaptionAbove(document, i, sentence: !IsLatinCredit(line));
            }
            else if (line.WordCount <= MaxNamedPhotoWords && NamedPhoto().IsMatch(line.Key) && !LineShape.EndsSentence(line.Text))
            {
                document.Remove(i, Id, "photo caption naming its photo");
            }
            else if (line.WordCount <= MaxViewCaptionWords && ViewOfEvent().IsMatch(line.Key) && IsViewCaption(document, i))
            {
                document.Remove(i, Id, "photo caption showing part of the event (\"جانب من …\")");
            }
            else if (LineShape.EndsWithCredit(WithoutListMark(line.Text)) && !document.InIntroducedTable(i) && !IsIntroducedListItem(document, i))
            {
                document.Remove(i, Id, "photo caption with a credit");
            }
            else if (line.Text.EndsWith(')') && LineShape.IsSentenceCaption(line.Text))
            {
                document.Remove(i, Id, "photo caption written as a sentence, with its labelled credit in brackets");
            }
        }

        // A gallery's counters ("1 / 6"), which the navigation rule may have taken as counters already.
        for (var i = 0; i < document.Lines.Count; i++)
        {
            if (!document.Lines[i].IsBlank && document.Lines[i].WordCount is 2 or 3 && GalleryCounter().IsMatch(document.Lines[i].Text))
            {
                var written = document.Lines[i].Text.Contains("من", StringComparison.Ordinal);
                if (written && !IsFirstSlideOverCredit(document, i))
                {
                    continue;
                }

                if (document.IsKept(i))
                {
                    document.Remove(i, Id, "a gallery's photo counter");
                }

                // "1 من 12" stands over its caption, not under it: the line above is the article's.
                if (!written)
                {
                    RemoveSlideCaption(document, i);
                }
            }
        }

        RemovePullQuotes(document);
    }

    /// <summary>
    /// A photo's block, its caption then its credit ("فيصل الحربي خلال حديثه لـ"الاقتصادية"." over "تصوير: …"): a short line
    /// that opens its block right over a credit line, with the article's text after them, is the caption even when it is a
    /// sentence, when it sits at the article's top (no further down than its second paragraph: the lead photo), does not open
    /// as running text ("وأصيب …"), and the paragraph after the credit opens as a lead does, not as running text ("ودعا …",
    /// which goes on from the line above the credit: then that line is the article's). The short last line of a run of
    /// paragraphs over a credit does not open its block, so it stays; the page's headline over its photo's credit is the
    /// headline rule's. Over a credit in Latin letters only a line that is no sentence (<paramref name="sentence"/> false).
    /// </summary>
    private void RemoveCaptionAbove(CleaningDocument document, int credit, bool sentence)
    {
        // In a spaced page a blank line parts caption and credit too; the line above the caption is then blank or already taken.
        var above = credit > 0 && document.Lines[credit - 1].IsBlank ? document.PreviousNonBlank(credit) : credit - 1;

        // A caption printed twice, as the photo's alternative text and under it with a few words more ("لاجئون … بالكفرة" over
        // "لاجئون … بالكفرة، 7 ديسمبر 2025"): the two are one caption, judged from the first. A paragraph that opens with the
        // words of the subheading over it is longer.
        var twin = -1;
        if (above > 0 && document.IsKept(above) && document.PreviousNonBlank(above) is var first and >= 0 && document.IsKept(first)
            && document.Lines[first].WordCount >= 3 && document.Lines[above].WordCount <= document.Lines[first].WordCount + MaxTwinCaptionExtraWords
            && document.Lines[above].Key.StartsWith(document.Lines[first].Key, StringComparison.Ordinal))
        {
            (twin, above) = (above, first);
        }

        RemoveCaption(document, credit, above, sentence);
        if (twin >= 0 && !document.IsKept(above))
        {
            document.Remove(twin, Id, "photo caption, printed twice (the line over its credit)");
        }
    }

    /// <summary>Most words a caption's second print adds to the first (a date, a place).</summary>
    private const int MaxTwinCaptionExtraWords = 5;

    /// <summary>Removes line <paramref name="above"/> when it is the caption of the credit at <paramref name="credit"/>.</summary>
    private void RemoveCaption(CleaningDocument document, int credit, int above, bool sentence)
    {
        if (above >= 0 && document.IsKept(above) && document.Lines[above].WordCount <= MaxCaptionWords && (sentence || !LineShape.EndsSentence(document.Lines[above].Text))
            && (above == 0 || document.Lines[above - 1].IsBlank || !document.IsKept(above - 1))
            && !document.RepeatsTitle(above) && !LineShape.OpensRunningText(document.Lines[above].Text)
            && document.FirstBodyParagraph(document.FirstBodyParagraph() + 1) is var second && (second < 0 || above <= second)
            && document.FirstBodyParagraph(credit + 1) is var after && after >= 0 && !LineShape.OpensRunningText(document.Lines[after].Text))
        {
            document.Remove(above, Id, "photo caption (the line over its credit)");
        }
        else if (above >= 0 && document.IsKept(above) && document.Lines[above].WordCount <= MaxCaptionWords && !LineShape.EndsSentence(document.Lines[above].Text)
            && !LineShape.ContinuesIntoNext(document.Lines[above].Text) && !LineShape.IsListItem(document.Lines[above].Text) && !document.RepeatsTitle(above)
            && document.PreviousNonBlank(above) is var before and >= 0 && document.IsKept(before) && IsBodyOrItem(document, before) && LineShape.EndsSentence(document.Lines[before].Text)
            && document.NextNonBlank(credit) is var next and >= 0 && document.IsKept(next) && IsBodyOrItem(document, next) && FramesCaption(document, before, above, next))
        {
            // A photo set between two paragraphs (a photo story's) or two marked steps of a how-to's list: its caption is no
            // sentence and stands under the paragraph's full stop, right over its credit, and a paragraph follows the credit.
            document.Remove(above, Id, "photo caption between paragraphs (the line over its credit)");
        }
    }

    /// <summary>
    /// True when line <paramref name="index"/> is a paragraph of the article, an item of a marked list, whatever its script
    /// ("3. من قسم Personal &amp; device safety اختر Theft protection."), or the article introducing what follows ("وفيما يلي
    /// برنامج الدورة كما أعلنته الهيئة:").
    /// </summary>
    private static bool IsBodyOrItem(CleaningDocument document, int index) =>
        IsProse(document, index) || (document.Lines[index].WordCount >= 3 && LineShape.ListMark().IsMatch(document.Lines[index].Text));

    /// <summary>
    /// True when the lines around a photo's block leave room for its caption at <paramref name="caption"/>: paragraphs, or,
    /// around a caption longer than a subheading ("مطالب المحتجين" over a bare credit heads what follows), a paragraph or an
    /// introduction under it, or steps numbered on without a gap ("3." over the photo, "4." under it). A line
    /// of a few words between steps may head the steps that follow ("خطوات طلب الشهادة"); a photo's caption describes it.
    /// </summary>
    private static bool FramesCaption(CleaningDocument document, int before, int caption, int next)
    {
        if (document.IsBody(before) && document.IsBody(next))
        {
            return true;
        }

        // After a list, over a paragraph; or between two steps numbered on.
        return document.Lines[caption].WordCount >= MinStepCaptionWords
            && (IsProse(document, next) || (LineShape.ListNumber(document.Lines[before].Text) is { } a && LineShape.ListNumber(document.Lines[next].Text) is { } b && b == a + 1));
    }

    /// <summary>True when line <paramref name="index"/> is a paragraph of the article or introduces what follows.</summary>
    private static bool IsProse(CleaningDocument document, int index) =>
        document.IsBody(index) || LineShape.ContinuesIntoNext(document.Lines[index].Text);

    /// <summary>Fewest words of a caption between two numbered steps: fewer make a subheading.</summary>
    private const int MinStepCaptionWords = 5;

    /// <summary>
    /// True when a credit line is written in Latin letters only ("Photo: AFP", "Photo credit: Mohammad Hannon for UNHCR",
    /// "Credit: Courtesy Wisconsin Historical Society"). Such a credit stands as often under a photo without a caption, right
    /// after a short paragraph of the article, so the line above it is taken as its caption only when it is no sentence ("من
    /// مباراة الشارقة والعين"): a caption written as a sentence over it stays, rather than a lead be lost.
    /// </summary>
    private static bool IsLatinCredit(DocumentLine line) => !line.Text.Any(Text.ArabicNormalizer.IsArabicLetter);

    /// <summary>
    /// Removes a gallery slide's caption, the line right above its counter ("حرفي يخيط بشتًا حساويًا … الملتقى." over "1 / 6"),
    /// unless it opens as running text or introduces what follows.
    /// </summary>
    private void RemoveSlideCaption(CleaningDocument document, int counter)
    {
        var above = document.PreviousNonBlank(counter);
        if (above >= 0 && document.IsKept(above) && document.Lines[above].WordCount <= MaxCaptionWords && !LineShape.OpensRunningText(document.Lines[above].Text)
            && !document.Lines[above].Text.TrimEnd().EndsWith(':') && !LineShape.IsListItem(document.Lines[above].Text))
        {
            document.Remove(above, Id, "a gallery slide's caption (the line over its counter)");
        }
    }

    /// <summary>
    /// True when line <paramref name="index"/> is an item of a list the article introduces with a colon ("ومن أبرز أعماله:"
    /// over "- "بيادر الريح" (رواية، 1981)"): the brackets after a title hold its kind and year, not a photo's credit. The
    /// introduction may be short; the items above the line are passed over to it.
    /// </summary>
    private static bool IsIntroducedListItem(CleaningDocument document, int index)
    {
        // By its mark ("-", "•", "1."): a list item's own test refuses a line ending in brackets, as a caption's credit does.
        // Brackets holding a plain credit ("(تصوير: أحمد رمضان)") make the item a photo's caption, listed or not.
        if (!LineShape.ListMark().IsMatch(document.Lines[index].Text) || LineShape.EndsWithPlainCredit(document.Lines[index].Text))
        {
            return false;
        }

        var above = document.PreviousNonBlank(index);
        while (above >= 0 && LineShape.ListMark().IsMatch(document.Lines[above].Text))
        {
            above = document.PreviousNonBlank(above);
        }

        // A list of photos ("الصور:", "وهذه أبرز الصور من الحفل:") is a list of captions.
        return above >= 0 && document.Lines[above].Text.TrimEnd().EndsWith(':') && !Lexicon.ContainsAny(document.Lines[above].Key, PhotoListWords);
    }

    /// <summary>
    /// The line without its list mark ("1. الوزير يتفقد الموقع (تصوير: علي سعد)"): the mark's full stop would read as the
    /// caption's own sentence, before which a bracket is no credit.
    /// </summary>
    private static ReadOnlySpan<char> WithoutListMark(string text) => LineShape.ListMark().Match(text) is { Success: true } mark ? text.AsSpan(mark.Length) : text;

    /// <summary>Folded words by which a line introduces photos.</summary>
    private static readonly string[] PhotoListWords = Lexicon.List(["الصور", "صور", "الصورة", "صورة", "لقطات"]);

    /// <summary>Most words of a caption with its credit after a slash.</summary>
    private const int MaxSlashCaptionWords = 20;

    /// <summary>
    /// The credit after a caption's last slash ("صفحة من المخطوط بعد ترميمها/ عربي بوست", "… / Shutterstock"), or null: one to
    /// three words after the slash, three or more before it without sentence punctuation, and no full stop at the end. Whether
    /// the credit names a photographer's agency or the site is asked by the caller.
    /// </summary>
    private static string? SlashCredit(DocumentLine line)
    {
        var text = line.Text.AsSpan().Trim();
        var slash = text.LastIndexOf('/');
        if (slash <= 0 || LineShape.EndsSentence(line.Text))
        {
            return null;
        }

        var caption = text[..slash].Trim();
        var credit = text[(slash + 1)..].Trim();
        return LineShape.WordCount(credit) is >= 1 and <= 3 && LineShape.WordCount(caption) >= 3 && caption.IndexOfAny(SentenceMarks) < 0 && !credit.ContainsAny(Digits)
            ? credit.ToString()
            : null;
    }

    private static readonly System.Buffers.SearchValues<char> SentenceMarks = System.Buffers.SearchValues.Create(".!؟?:");

    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789٠١٢٣٤٥٦٧٨٩");

    /// <summary>
    /// A photo agency or stock library as a slash credit names it ("Shutterstock", "Getty Images", "رويترز", "أ ف ب"): a
    /// translation after a slash ("التعلم العميق/ Deep Learning", "منظمة الأغذية والزراعة/ FAO") names no agency.
    /// </summary>
    private static bool IsPhotoAgency(string credit)
    {
        var key = Text.ArabicNormalizer.Normalize(credit).Trim('.', ' ');
        return PhotoAgencies.Contains(key) || BylineRule.Agencies.Contains(key, StringComparer.Ordinal);
    }

    private static readonly HashSet<string> PhotoAgencies = Lexicon.Set(
    [
        "shutterstock", "getty images", "getty", "istock", "istockphoto", "unsplash", "pixabay", "pexels", "alamy", "depositphotos", "afp", "reuters",
        "ap", "epa", "anadolu", "xinhua", "dpa", "aa", "freepik", "أرشيفية", "ارشيف", "أرشيف", "مواقع التواصل", "وسائل التواصل", "مواقع التواصل الاجتماعي", "متداولة", "إنترنت",
    ]);

    /// <summary>True when the credit is the site's whole name as its copyright line or first line gives it ("عربي بوست"), not a part of it.</summary>
    /// <summary>The words after a caption's last dash ("مقبلات باردة في مطعم ورق عنب - نواعم"): one to four, with no figure, after three or more.</summary>
    private static string? DashCredit(DocumentLine line)
    {
        var text = line.Text.AsSpan().Trim();
        var dash = text.LastIndexOf(" - ", StringComparison.Ordinal);
        if (dash <= 0 || LineShape.EndsSentence(line.Text))
        {
            return null;
        }

        var caption = text[..dash].Trim();
        var credit = text[(dash + 3)..].Trim();
        return LineShape.WordCount(credit) is >= 1 and <= MaxSiteNameWords && LineShape.WordCount(caption) >= 3 && caption.IndexOfAny(SentenceMarks) < 0 && !credit.ContainsAny(Digits)
            ? credit.ToString()
            : null;
    }

    /// <summary>Most words of a site's name at the end of its page title.</summary>
    private const int MaxSiteNameWords = 4;

    /// <summary>True when the article's paragraphs stand right above and right below line <paramref name="index"/>.</summary>
    private static bool BetweenParagraphs(CleaningDocument document, int index) =>
        document.PreviousNonBlank(index) is var above and >= 0 && document.IsBody(above)
        && document.NextNonBlank(index) is var below and >= 0 && document.IsBody(below);

    private static bool IsSiteName(string credit, List<string> siteNames)
    {
        var key = Text.ArabicNormalizer.Normalize(credit).Trim();
        return key.Length >= 4 && LineShape.WordCount(key) >= 2 && siteNames.Exists(n => (" " + n + " ").Contains(" " + key + " ", StringComparison.Ordinal));
    }

    /// <summary>
    /// True when a counter written with "من" is a gallery's first slide ("1 من 12", the one a scraped page shows) over a
    /// credited caption, outside a table the article introduces: a score ("4 من 5", "3 من 5" in a penalty tally) or a tally
    /// ("7 من 9") is written so too, under its label.
    /// </summary>
    private static bool IsFirstSlideOverCredit(CleaningDocument document, int counter) =>
        document.Lines[counter].Text.AsSpan().TrimStart() is ['1' or '١', ' ', ..] && !document.InIntroducedTable(counter)
        && document.NextNonBlank(counter) is var caption and >= 0
        && (LineShape.EndsWithCredit(document.Lines[caption].Text) || IsCreditLine(document.Lines[caption]));

    /// <summary>A gallery's counter alone on its line: "1 / 6", "٣/١٠", "1 من 12" (over its credited caption).</summary>
    [GeneratedRegex(@"^\s*[0-9٠-٩]{1,2}\s*(?:/|من)\s*[0-9٠-٩]{1,2}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex GalleryCounter();

    /// <summary>Most words of a caption told only by the credit line under it (a lead is longer).</summary>
    private const int MaxCaptionWords = 16;

    /// <summary>
    /// Removes pull quotes: a line that is only a quotation («…» or "…") of a few words which a paragraph of the article
    /// already holds word for word. The page prints it large between paragraphs; kept, the quotation would be in the text twice.
    /// </summary>
    private void RemovePullQuotes(CleaningDocument document)
    {
        for (var i = 0; i < document.Lines.Count; i++)
        {
            var line = document.Lines[i];
            if (!document.IsKept(i) || line.WordCount is < 4 or > 40)
            {
                continue;
            }

            if (QuotedInner(line.Key) is not { Length: > 0 } inner)
            {
                RemoveUnquotedPullQuote(document, i);
                continue;
            }

            // A quotation the article introduces ("وقال الوزير في كلمته:", "صار نص المادة كالتالي") is its own, though its lead
            // paraphrased it.
            if (IsIntroduced(document, i))
            {
                continue;
            }

            // A quotation that rewords the paragraph right next to it sets a second version beside the first (an amended
            // article of law, a corrected statement): a pull quote is printed away from the paragraph it repeats.
            var quoted = WordsOf(inner);
            var (before, after) = (document.PreviousNonBlank(i), document.NextNonBlank(i));
            for (var j = 0; j < document.Lines.Count; j++)
            {
                if (j != i && document.IsKept(j) && document.Lines[j].Key.Length > inner.Length + 10
                    && (document.Lines[j].Key.Contains(inner, StringComparison.Ordinal) || HoldsInOrder(WordsOf(document.Lines[j].Key), quoted, reword: j != before && j != after)))
                {
                    document.Remove(i, Id, PullQuoteReason + ": a quotation the article's own paragraph holds");
                    break;
                }
            }
        }
    }

    /// <summary>How the reasons of the pull quotes this rule takes begin.</summary>
    private const string PullQuoteReason = "a pull quote";

    /// <summary>True when line <paramref name="index"/> was taken by this rule as a pull quote.</summary>
    internal static bool IsPullQuote(CleaningDocument document, int index) =>
        document.RemovedBy(index) == CleaningRules.Caption && document.ReasonFor(index) is { } reason && reason.StartsWith(PullQuoteReason, StringComparison.Ordinal);

    /// <summary>True when the line above <paramref name="index"/> introduces it: it ends with ":" or on "كالتالي", "ما يلي".</summary>
    private static bool IsIntroduced(CleaningDocument document, int index) =>
        document.PreviousNonBlank(index) is var intro && intro >= 0 && (document.Lines[intro].Text.TrimEnd().EndsWith(':') || Introduces(document.Lines[intro].Key));

    /// <summary>True when the folded line ends on a word that announces what follows ("كالتالي", "ما يلي", "الآتي").</summary>
    private static bool Introduces(string key)
    {
        var trimmed = key.AsSpan().TrimEnd(" .،,");
        foreach (var word in IntroducingEnds)
        {
            if (trimmed.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] IntroducingEnds = Lexicon.List(["كالتالي", "كالآتي", "التالي", "الآتي", "ما يلي", "يلي", "فيما يأتي"]);

    /// <summary>Most words of the paragraph a pull quote may skip ("المشكلة إذن ليست …" quoted as "المشكلة ليست …").</summary>
    private const int MaxSkippedWords = 2;

    /// <summary>
    /// Removes a pull quote printed without quotation marks: a sentence of five to twenty-five words standing as its own
    /// paragraph between the article's paragraphs, which a longer paragraph shortly after it holds word for word with its
    /// stop ("الكتاب الورقي ما زال يقاوم رغم كل شيء." over "… إن الكتاب الورقي ما زال يقاوم رغم كل شيء. ويضيف …"), and which
    /// the article does not introduce. An article does not print one of its sentences twice.
    /// </summary>
    private void RemoveUnquotedPullQuote(CleaningDocument document, int index)
    {
        var line = document.Lines[index];
        if (line.WordCount is < MinUnquotedQuoteWords or > MaxUnquotedQuoteWords || !LineShape.EndsSentence(line.Text) || LineShape.EndsWithQuestion(line.Text))
        {
            return;
        }

        // A sentence the article introduces ("وقال:", "وختم البيان:", "على ما يلي:") is a quotation, a verse, a slogan of its own.
        if (IsIntroduced(document, index))
        {
            return;
        }

        // Between the article's paragraphs: a longer one comes before it (a summary's points above the lead do not have one).
        var opened = false;
        for (var j = index - 1; j >= 0 && !opened; j--)
        {
            opened = document.IsKept(j) && document.IsBody(j) && document.Lines[j].WordCount >= 2 * line.WordCount;
        }

        // The whole sentence, its stop included, inside a paragraph shortly after it (a summary or a standfirst above that copies
        // a sentence of the article is theirs to lose, not the sentence).
        var key = line.Key.Trim();
        for (var j = index + 1; j < document.Lines.Count && j <= index + MaxPullQuoteDistance && opened; j++)
        {
            if (j != index && document.IsKept(j) && document.Lines[j].WordCount >= 2 * line.WordCount && document.Lines[j].Key.Contains(key, StringComparison.Ordinal))
            {
                document.Remove(index, Id, PullQuoteReason + " without quotation marks: a sentence the article's own paragraph holds");
                return;
            }
        }
    }

    /// <summary>Most lines (blank ones too) from a pull quote printed without quotation marks down to the paragraph it repeats.</summary>
    private const int MaxPullQuoteDistance = 8;

    /// <summary>Fewest words of a pull quote printed without quotation marks.</summary>
    private const int MinUnquotedQuoteWords = 5;

    /// <summary>Most words of a pull quote printed without quotation marks.</summary>
    private const int MaxUnquotedQuoteWords = 25;

    /// <summary>Most words a pull quote of <see cref="MinRewordedQuoteWords"/> or more rewords ("صار" quoted as "قد يصير").</summary>
    private const int MaxRewordedWords = 2;

    /// <summary>Fewest words of a pull quote that may reword some of them: in a shorter one, two words are too much of it.</summary>
    private const int MinRewordedQuoteWords = 8;

    /// <summary>
    /// True when <paramref name="paragraph"/> holds the words of <paramref name="quote"/> in order, skipping at most
    /// <see cref="MaxSkippedWords"/> of its own between them: the page's pull quote repunctuates ("رزق. هي" as "رزق، هي") and
    /// trims a word. A quote of <see cref="MinRewordedQuoteWords"/> words or more may also reword up to
    /// <see cref="MaxRewordedWords"/> of its words ("… دولار صار مساءً …" quoted as "… دولار قد يصير مساءً …"): the words
    /// after them pick the paragraph up again; only where <paramref name="reword"/> allows it.
    /// </summary>
    private static bool HoldsInOrder(string[] paragraph, string[] quote, bool reword)
    {
        var mayReword = reword && quote.Length >= MinRewordedQuoteWords ? MaxRewordedWords : 0;
        for (var start = 0; start + quote.Length - mayReword <= paragraph.Length; start++)
        {
            if (!SameWord(paragraph[start], quote[0]))
            {
                continue;
            }

            var (matched, skipped, reworded) = (1, 0, 0);
            for (var p = start + 1; p < paragraph.Length && matched < quote.Length && skipped <= MaxSkippedWords + reworded; p++)
            {
                if (SameWord(paragraph[p], quote[matched]))
                {
                    matched++;
                    continue;
                }

                // The quote's next words reworded: the paragraph goes on with a word the quote has a little further on.
                var ahead = 1;
                while (ahead <= mayReword - reworded && matched + ahead < quote.Length && !SameWord(paragraph[p], quote[matched + ahead]))
                {
                    ahead++;
                }

                if (ahead <= mayReword - reworded && matched + ahead < quote.Length)
                {
                    reworded += ahead;
                    matched += ahead + 1;
                }
                else
                {
                    skipped++;
                }
            }

            if (matched == quote.Length && skipped <= MaxSkippedWords + reworded)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words of a folded line (<see cref="TopicWords.Tokens"/>: runs of letters and digits, punctuation left out).</summary>
    /// <summary>
    /// True when two folded words are the same but for a one-letter proclitic the quote adds or drops ("بنصف" for "نصف",
    /// "والمشكلة" for "المشكلة").
    /// </summary>
    private static bool SameWord(string a, string b) =>
        string.Equals(a, b, StringComparison.Ordinal) || WithProclitic(a, b) || WithProclitic(b, a);

    private static bool WithProclitic(string longer, string shorter) =>
        longer.Length == shorter.Length + 1 && shorter.Length >= 3 && longer[0] is 'و' or 'ف' or 'ب' or 'ل' or 'ك' && longer.AsSpan(1).SequenceEqual(shorter);

    private static string[] WordsOf(string key) => [.. TopicWords.Tokens(key)];

    /// <summary>What a line that is only a quotation quotes, trimmed, or null.</summary>
    private static string? QuotedInner(string key)
    {
        var text = key.AsSpan().Trim().TrimEnd('.');
        if (text.Length < 3)
        {
            return null;
        }

        var pair = (text[0], text[^1]);
        if (pair is not (('«', '»') or ('"', '"') or ('“', '”')))
        {
            return null;
        }

        var inner = text[1..^1].Trim();
        return inner.IndexOfAny(['«', '»', '"', '“', '”']) >= 0 ? null : inner.ToString();
    }

    /// <summary>
    /// A credit or caption line opened by its label: "Фото:", "الصورة:", "تصوير:", "صورة أرشيفية", and the labels of pages that
    /// print the photo's source and caption as text ("صدر الصورة، Getty Images", "التعليق على الصورة، …").
    /// </summary>
    internal static bool IsCreditLine(DocumentLine line) =>
        (CreditLine().IsMatch(line.Key) || BracketedCredit().IsMatch(line.Key) || (line.WordCount <= 6 && AgencyCopyrightCredit().IsMatch(line.Text))) && line.WordCount <= 25;

    /// <summary>
    /// A photo's credit written as its owner's copyright, an organisation then the photographer after a slash: "© UNHCR/Mohamed
    /// Alalem", "© WFP/Ala Kheir". No year and no rights reserved: "© 2025 أخبار ليبيا 24" is the page's copyright.
    /// </summary>
    [GeneratedRegex(@"^\s*©\s*[A-Za-z][A-Za-z .&'-]{0,30}/\s*[A-Za-z][A-Za-z .'-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex AgencyCopyrightCredit();

    /// <summary>A credit alone in brackets on its line, folded: "(تصوير عرب 48)", "(عدسة: …)".</summary>
    [GeneratedRegex(@"^\s*\(\s*(?:تصوير|عدسه|الصوره|صوره)\s*:?\s*[^()]{1,40}\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex BracketedCredit();

    /// <summary>Most words of a caption that names its photo.</summary>
    private const int MaxNamedPhotoWords = 20;

    /// <summary>
    /// True when the "جانب من …" line at <paramref name="index"/> is the lead photo's caption: one clause, no verb among its
    /// words ("جانب من الاجتماع خصص لمناقشة …" is a sentence), and above the article's first paragraph, which goes on after it.
    /// </summary>
    private static bool IsViewCaption(CleaningDocument document, int index)
    {
        var key = document.Lines[index].Key;
        if (key.AsSpan().IndexOfAny('،', ',') >= 0 || document.InIntroducedTable(index) || document.FirstBodyParagraph(index + 1) < 0)
        {
            return false;
        }

        // Above the lead: no paragraph of the article before it but, where the caption reads as a sentence, itself.
        var first = document.FirstBodyParagraph();
        if (first >= 0 && first < index)
        {
            return false;
        }

        foreach (var word in TopicWords.Tokens(key))
        {
            if (SentenceVerbs.Contains(word))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Verbs that follow "جانب من …" in a sentence ("جانب من الجلسة شهد مشادة", "جانب من الأضرار يعود إلى …").</summary>
    private static readonly HashSet<string> SentenceVerbs = Lexicon.Set(
        "شهد", "شهدت", "خصص", "خصصت", "رفع", "رفعت", "يعود", "تعود", "لم", "لا", "كان", "كانت", "تناول", "تناولت", "ركز", "ركزت", "أكد",
        "أكدت", "يرى", "ترى", "تضمن", "تضمنت", "جاء", "جاءت", "عكس", "يعكس", "يتعلق", "يرتبط", "ارتبط", "تركز", "يتركز", "يكمن", "تكمن",
        "اتسم", "اتسمت", "ظل", "ظلت", "بقي", "بقيت", "أثار", "أثارت", "عبر", "عبرت", "طالب", "طالبوا", "رفعوا", "شارك", "شاركوا", "انتقد",
        "انتقدوا", "حمل", "حملوا", "سجل", "سجلت", "تم", "يتم");

    /// <summary>Most words of a "جانب من …" caption.</summary>
    private const int MaxViewCaptionWords = 20;

    /// <summary>
    /// A caption showing part of an event: "جانب من اجتماع وزير الصحة بمديري المستشفيات …", "جانب من الأضرار". Only with an
    /// event, a gathering or a scene after "جانب من": "جانب من المشكلة يكمن في …" opens a sentence. One clause, no comma.
    /// </summary>
    [GeneratedRegex(@"^جانب من (?:ال)?(?:اجتماع|اجتماعات|لقاء|لقاءات|حفل|احتفال|احتفالات|مؤتمر|زياره|جلسه|جلسات|حضور|فعاليه|فعاليات|ورشه|معرض|اضرار|دمار|احتجاجات|مظاهره|مظاهرات|وقفه|تدريبات|تدريب|مباراه|ندوه|ملتقي|افتتاح|مشاركين|مشاركات|توقيع|مراسم|استقبال|جوله|مناورات|عرض|حريق|سيول|فيضانات|حشود)(?:\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex ViewOfEvent();

    /// <summary>A caption that names its photo: "صورة أرشيفية لصالة المغادرة في مطار …", "صورة تعبيرية لمريض …".</summary>
    [GeneratedRegex(@"^(?:صوره ارشيفيه|صوره تعبيريه|صوره توضيحيه)\s+ل", RegexOptions.CultureInvariant)]
    private static partial Regex NamedPhoto();

    [GeneratedRegex(@"^\(?\s*(?:(?:photo|image|picture)\s+(?:by|courtesy of)\s+\S|(?:фото|photo|photos|credit|photo credit|image credit|image source|crédit photo|credit photo|crédits photo|crédit|الصوره|الصور|صوره|صور|تصوير|مصدر الصوره|صدر الصوره|حقوق الصوره|الصوره من|صوره من|صوره ارشيفيه|ارشيفيه|صوره تعبيريه|صوره توضيحيه|التعليق علي الصوره|تعليق علي الصوره|شرح الصوره|تعليق الصوره)\s*(?:[:：\-–،,]|$|\))|(?:screenshot|لقطه شاشه|لقطه الشاشه)\s*[:：])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CreditLine();
}

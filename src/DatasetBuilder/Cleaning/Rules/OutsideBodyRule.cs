using System.Text.RegularExpressions;

namespace DatasetBuilder.Cleaning.Rules;

/// <summary>
/// The last rule: what is left before the first body paragraph (menus, labels, kickers) and after the last sentence
/// (site names, labels, link lists) is not article text. Lines between the first and the last sentence are never touched
/// here, which is what keeps in-article subheadings. Its id also records the lines an article's own page header repeats
/// after a teaser, which <see cref="AppendedArticleRule"/> finds and removes (page furniture outside the article's body, not
/// an appended article).
/// </summary>
internal sealed partial class OutsideBodyRule : CleaningRule
{
    public override string Id => CleaningRules.OutsideBody;

    public override string Description => "short non-sentence lines before the first paragraph or after the last sentence (menus, labels, site names), and the lines a page header repeats after a teaser";

    protected override void Run(CleaningDocument document)
    {
        var first = document.FirstBodyParagraph();
        if (first < 0)
        {
            return; // no paragraph to anchor on: leave the text as it is rather than guess
        }

        first = ExtendBackOverLead(document, first);

        // A live page's first entry opens with its heading, under its time, as every later entry does.
        if (document.PreviousNonBlank(first) is var heading and >= 0 && document.IsKept(heading) && LiveEntries.IsHeading(document, heading)
            && LiveEntries.IsLivePage(document))
        {
            first = heading;
        }

        var last = ExtendOverClosingList(document, document.LastSentence());

        // The page's question to the reader about the article ("هل كان المقال مفيداً؟" over its "نعم" and "لا") stands under it:
        // nothing after it is the article's ("هل لديك سؤال طبي؟" over the site's offer). Without its answers it is as often a
        // subheading; after a colon, the article quoting it.
        for (var i = first + 1; i < last; i++)
        {
            if (!document.Lines[i].IsBlank && NavigationRule.IsAnsweredFeedbackPrompt(document, i))
            {
                last = document.PreviousKeptLine(i);
                break;
            }
        }

        foreach (var i in document.Kept())
        {
            if (i < first)
            {
                document.Remove(i, Id, "before the first paragraph and not a sentence: a menu, label or kicker");
            }
            else if (i > last)
            {
                document.Remove(i, Id, "after the last sentence and not a sentence: a label, site name or link");
            }
        }
    }

    /// <summary>
    /// An article may end on a list ("المكونات:" or "وأوصت الوزارة بما يلي:" and numbered or bulleted items without stops,
    /// possibly in several announced sections) or, in an interview, on an answer without a stop under the last question:
    /// these belong to the article. Returns the last such line right after <paramref name="last"/>, or <paramref name="last"/>.
    /// </summary>
    private static int ExtendOverClosingList(CleaningDocument document, int last)
    {
        if (last < 0)
        {
            return last;
        }

        var next = NextKept(document, last);
        if (document.Lines[last].Text.TrimEnd().EndsWith('؟') && next >= 0 && IsAnswer(document.Lines[next].Text) && NextKept(document, next) is var after
            && (after < 0 || !LineShape.IsListItem(document.Lines[after].Text)))
        {
            return next; // "وما مشروعك القادم؟" then "فيلم وثائقي عن الموسيقى…"
        }

        // The closing formula of an obituary, a statement or a column ("إنا لله وإنا إليه راجعون", "عاشت فلسطين حرة", "والله من
        // وراء القصد") is its last line, though it has no full stop.
        var closed = IsClosingFormula(document.Lines[last]);
        while (next >= 0 && IsClosingFormula(document.Lines[next]))
        {
            (last, next, closed) = (next, NextKept(document, next), true);
        }

        // A series' "يتبع" is the very last line: nothing under it is the article's (no signatory signs an instalment).
        if (IsSeriesCloser(document.Lines[last]))
        {
            return last;
        }

        // A statement's signatory under its closing slogan ("مجلس نقابة المحامين النظاميين الفلسطينيين").
        if (closed && next >= 0 && IsSignatory(document.Lines[next]))
        {
            (last, next) = (next, NextKept(document, next));

            // And where and when it was issued ("صادر في صنعاء بتاريخ … الموافق 12 أكتوبر 2025م").
            if (next >= 0 && IsIssuance(document.Lines[next]))
            {
                (last, next) = (next, NextKept(document, next));
            }
        }

        var end = last;
        var items = 0;
        var unannounced = 0;
        var introduced = document.Lines[last].Text.TrimEnd().EndsWith(':');
        // Cells (figures, names) count only in a run right under their introduction ("التشكيلة:", "الزوراء:", then the
        // names): after a list's items, a short line is the page's ("وصفات ذات صلة").
        var cells = introduced;
        // Match results count only under an introduction that names the round's results ("نتائج باقي مباريات الجولة 14:"),
        // closing a match report: "آخر النتائج:" or "فيديوهات قد تعجبك:" over scores is the page's widget.
        var results = false;
        for (var i = next; i >= 0; i = NextKept(document, i))
        {
            var text = document.Lines[i].Text;
            if (LineShape.IsListItem(text) || (cells && IsTableRow(document, i, results)))
            {
                items++;
                unannounced += introduced || IsNumbered(text) ? 0 : 1;
                cells &= !LineShape.IsListItem(text);
                end = i;
            }
            else if (IsIntro(text))
            {
                introduced = true; // a new section of the list ("طريقة التحضير:"); counted only if items follow it
                cells = true;
                results = IsResultsIntro(document, i);
            }
            else if (cells && items == 0 && IsHeaderRow(document, i))
            {
                end = i; // the table's header row; its rows follow
            }
            else
            {
                break;
            }
        }

        // Bulleted lines after an article are as often a list of links; they count only when a line announced them.
        return items >= 2 && unannounced == 0 ? end : last;
    }

    /// <summary>Folded closing formulas of obituaries, columns and statements, as whole lines.</summary>
    private static readonly HashSet<string> ClosingFormulas = Lexicon.Set(
    [
        "إنا لله وإنا إليه راجعون", "رحمه الله", "رحمها الله", "رحمهم الله", "رحمه الله تعالى", "والله من وراء القصد", "والله ولي التوفيق",
        "والله الموفق", "والله المستعان", "والسلام عليكم ورحمة الله وبركاته", "والسلام", "حسبنا الله ونعم الوكيل",

        // A series' instalment closes on its promise of the next one (and nothing after it is the article's: IsSeriesCloser).
        "يتبع", "للحديث بقية", "وللحديث بقية", "للحديث صلة", "وللحديث صلة",
    ]);

    /// <summary>Folded first words of a statement's closing slogan ("عاشت نقابة المحامين حرة مستقلة", "المجد للشهداء").</summary>
    private static readonly HashSet<string> SloganOpeners = Lexicon.Set(["عاشت", "عاش", "المجد", "الخلود", "الرحمة", "الحرية", "النصر"]);

    /// <summary>Most words of a closing slogan.</summary>
    private const int MaxSloganWords = 8;

    /// <summary>Folded first words of a body that signs a statement ("مجلس …", "اللجنة …", "الهيئة …").</summary>
    private static readonly HashSet<string> SignatoryOpeners = Lexicon.Set(
    [
        "مجلس", "اللجنة", "لجنة", "الهيئة", "هيئة", "نقابة", "وزارة", "الوزارة", "رئاسة", "بلدية", "محافظة", "مديرية", "النقابة", "حركة", "الحركة", "الأمانة", "المكتب", "الاتحاد", "اتحاد", "جمعية",
        "الجمعية", "تجمع", "التجمع", "رابطة", "الرابطة", "الحزب", "حزب", "المجلس", "القيادة", "الجبهة", "جبهة", "التنسيقية", "تنسيقية",
    ]);

    /// <summary>A statement's signatory: two to eight words opened by the name of a body, not a sentence.</summary>
    private static bool IsSignatory(DocumentLine line) =>
        line.WordCount is >= 2 and <= MaxSloganWords && !LineShape.EndsSentence(line.Text) && TopicWords.Tokens(line.Key).FirstOrDefault() is { } opener
        && SignatoryOpeners.Contains(opener);

    /// <summary>Folded first words of a statement's issuance line ("صادر في صنعاء بتاريخ …", "صدر عن …", "حرر في …").</summary>
    private static readonly HashSet<string> IssuanceOpeners = Lexicon.Set(["صادر", "صدر", "حرر", "حُرر"]);

    /// <summary>A statement's issuance line: opened by "صادر"/"صدر"/"حرر" and holding a date.</summary>
    private static bool IsIssuance(DocumentLine line) =>
        line.WordCount <= 20 && TopicWords.Tokens(line.Key).FirstOrDefault() is { } opener && IssuanceOpeners.Contains(opener)
        && Text.ArabicDateParser.FindAll(line.Text).Count > 0;

    /// <summary>A series' closing line ("يتبع", "وللحديث بقية").</summary>
    private static bool IsSeriesCloser(DocumentLine line) =>
        line.WordCount <= 3 && SeriesClosers.Contains(line.Key.AsSpan().Trim().Trim("()[]").TrimEnd(".!،,…").Trim().ToString());

    private static readonly HashSet<string> SeriesClosers = Lexicon.Set(["يتبع", "للحديث بقية", "وللحديث بقية", "للحديث صلة", "وللحديث صلة"]);

    private static bool IsClosingFormula(DocumentLine line)
    {
        var key = line.Key.AsSpan().Trim().Trim("()[]").TrimEnd(".!،,…").Trim().ToString();
        return ClosingFormulas.Contains(key)
            || (line.WordCount is >= 2 and <= MaxSloganWords && TopicWords.Tokens(key).FirstOrDefault() is { } opener && SloganOpeners.Contains(opener) && !LineShape.IsMenu(line.Text));
    }

    /// <summary>The next non-blank line after <paramref name="index"/> if it is still kept, else -1 (a removed line ends the run).</summary>
    private static int NextKept(CleaningDocument document, int index)
    {
        for (var i = index + 1; i < document.Lines.Count; i++)
        {
            if (!document.Lines[i].IsBlank)
            {
                return document.IsKept(i) ? i : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// A row of a table the article introduces and ends on ("عمان الشرقية: 32 - 19" under "وفيما يلي درجات الحرارة …:", the
    /// players' names under "التشكيلة:"): a cell of it (<see cref="CleaningDocument.InIntroducedTable"/>) holding a figure or a
    /// name of a few words, and no credit or date.
    /// </summary>
    private static bool IsTableRow(CleaningDocument document, int index, bool results) =>
        ((document.InIntroducedTable(index) && document.Lines[index].Text.Any(char.IsDigit))
            || (document.Lines[index].WordCount <= MaxNameWords && !LineShape.EndsSentence(document.Lines[index].Text))
            || (results && document.Lines[index].WordCount <= MaxResultWords && MatchResult().IsMatch(document.Lines[index].Text))
            || (document.Lines[index].WordCount <= MaxResultWords && LabelledNames().IsMatch(document.Lines[index].Text)))
        && !LineShape.EndsWithCredit(document.Lines[index].Text) && !DateLineRule.IsDateLine(document.Lines[index].Text, out _);

    /// <summary>
    /// A table's header row right under its introduction: a cell without figures ("السوق المؤشر عند الإغلاق التغير (%)") over
    /// rows that have them.
    /// </summary>
    private static bool IsHeaderRow(CleaningDocument document, int index) =>
        document.InIntroducedTable(index) && !LineShape.EndsSentence(document.Lines[index].Text)
        && NextKept(document, index) is var row and >= 0 && document.InIntroducedTable(row) && document.Lines[row].Text.Any(char.IsDigit);

    /// <summary>
    /// Most words of a short cell without figures in a closing table or line-up ("كرار نبيل", "علي حسين كاظم", a team's
    /// name): a related link's headline is longer.
    /// </summary>
    private const int MaxNameWords = 4;

    /// <summary>
    /// True when line <paramref name="index"/> introduces the results of a round ("نتائج باقي مباريات الجولة 14:") at the end of
    /// a match report (the article speaks of "المباراة").
    /// </summary>
    private static bool IsResultsIntro(CleaningDocument document, int index) =>
        Lexicon.ContainsAny(document.Lines[index].Key, ResultsWords) && Lexicon.ContainsAny(document.Lines[index].Key, RoundWords)
        && Enumerable.Range(0, index).Any(j => document.IsKept(j) && document.IsBody(j) && Lexicon.ContainsAny(document.Lines[j].Key, MatchWords));

    private static readonly string[] ResultsWords = Lexicon.List(["نتائج", "نتيجة"]);

    private static readonly string[] RoundWords = Lexicon.List(["مباريات", "الجولة", "الجوله", "المرحلة", "الأسبوع", "باقي", "بقية"]);

    private static readonly string[] MatchWords = Lexicon.List(["المباراة", "مباراة", "اللقاء"]);

    /// <summary>Most words of a match result in a closing list ("الوداد الرياضي 2 - 0 اتحاد تواركة").</summary>
    private const int MaxResultWords = 12;

    /// <summary>
    /// A labelled row of names under its introduction, a line-up's ("الدفاع: بنعبيد، عطية الله، ميكيسي، موفق"): a label of one
    /// or two words, a colon, then names parted by commas, and no full stop.
    /// </summary>
    [GeneratedRegex(@"^\s*[^\s:.،,]+(?:\s+[^\s:.،,]+)?\s*:\s*[^:.،,]+(?:[،,]\s*[^:.،,]+){1,}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex LabelledNames();

    /// <summary>A match result: a team, the two scores parted by a dash or colon, the other team.</summary>
    [GeneratedRegex(@"^\s*[^\d\s.،:]+(?:\s+[^\d\s.،:]+){0,4}\s+\d{1,3}\s*[-–:]\s*\d{1,3}\s+[^\d\s.،:]+(?:\s+[^\d\s.،:]+){0,4}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex MatchResult();

    private static bool IsIntro(string text) =>
        text.TrimEnd().EndsWith(':') && LineShape.WordCount(text) is >= 1 and <= 12 && LineShape.ArabicShare(text) >= 0.5;

    private static bool IsNumbered(string text) => text.TrimStart() is { Length: > 0 } t && (char.IsDigit(t[0]) || char.IsLetter(t[0]));

    private static bool IsAnswer(string text) =>
        LineShape.WordCount(text) >= 2 && LineShape.ArabicShare(text) >= 0.5 && !LineShape.EndsWithCredit(text) && !LineShape.IsMenu(text);

    /// <summary>Fewest words of a line ending on a full stop that is a lead, whatever marks part its dateline.</summary>
    private const int MinLeadWords = 20;

    /// <summary>Fewest words of a lead that introduces a table above the first paragraph (a widget's title has fewer).</summary>
    private const int MinTableIntroductionWords = 12;

    /// <summary>
    /// Moves the body's start back over a lead that runs on into it: a line opening a quotation the first paragraph closes
    /// (the paragraph broken by the page), a clause ending in ":" followed by the list items it introduces, or a long sentence.
    /// </summary>
    private static int ExtendBackOverLead(CleaningDocument document, int first)
    {
        // Back from the body's first line over the kept list items and table cells, and over the opening of a speech (its
        // salutations, which run on with a comma, "السيدات والسادة أعضاء المجلس الموقر،", and the basmala), to the first kept
        // line that is none of these.
        var cells = false;
        for (var i = first - 1; i >= 0; i--)
        {
            if (!document.IsKept(i))
            {
                continue;
            }

            // A lead whose dateline the site parts with bars ("خاص || أثر برس في زقاق ضيق …") reads as a run of menu items,
            // but a line of twenty words and more ending on a full stop is prose. A table's introduction is a lead only when it is
            // a sentence's length: a widget's title ends on ":" too ("أسعار صرف العملات الأجنبية في السوق المحلية اليوم:").
            var text = document.Lines[i].Text;
            if ((LineShape.ContinuesIntoNext(text) && (!cells || document.Lines[i].WordCount >= MinTableIntroductionWords)) || (document.Lines[i].WordCount >= MinLeadWords && LineShape.EndsSentence(text)))
            {
                return i;
            }

            if (LineShape.IsListItem(text) || EndsOnComma(text) || IsBasmala(document.Lines[i].Key))
            {
                continue;
            }

            if (!document.InIntroducedTable(i))
            {
                return first;
            }

            cells = true;
        }

        return first;
    }

    private static bool EndsOnComma(string text) => text.AsSpan().TrimEnd() is [.., '،' or ','];

    private static bool IsBasmala(string key) => key.AsSpan().Trim().TrimEnd(".:") is var bare && bare.SequenceEqual(Basmala);

    private static readonly string Basmala = Text.ArabicNormalizer.Normalize("بسم الله الرحمن الرحيم");
}

using DatasetBuilder.Text;

namespace DatasetBuilder.Cleaning.Rules;

/// <summary>
/// Removes byline lines ("بقلم …", "كتب: …", "وكالات – الثورة – حرر التقرير الإخباري ريم صالح:") outside the body and moves the
/// named writers into the authors and a named agency into the agency.
/// </summary>
internal sealed class BylineRule : CleaningRule
{
    /// <summary>Folded words that introduce a writer or editor.</summary>
    private static readonly string[] Cues = Lexicon.List(["بقلم", "كتب", "كتبت", "كتبه", "اعداد", "اعدته", "اعده", "تحرير", "حرر", "حررته", "حررت", "ترجمه", "مراسل", "مراسله", "مراسلنا", "by", "إعداد", "أعدته", "ترجمة"]);

    /// <summary>
    /// Folded words that introduce an interviewer only with a colon after them ("حوار: ريم الأحمد", "حاورها: …"): without one
    /// they open a headline or a sentence ("حوار مع وزير الخارجية").
    /// </summary>
    private static readonly string[] InterviewCues = Lexicon.List(["حوار", "حاوره", "حاورها", "حاورته", "حاورهم", "حاورتها", "حاورتهم"]);

    /// <summary>
    /// Folded names of the site's staff as a whole, not a person ("بواسطة: التحرير", "كتب: المحرر"): the line is a byline,
    /// and it names no author.
    /// </summary>
    private static readonly HashSet<string> StaffNames = Lexicon.Set(["التحرير", "المحرر", "هيئة التحرير", "فريق التحرير", "أسرة التحرير", "محرر الموقع", "الإدارة", "admin", "editor", "المشرف"]);

    /// <summary>
    /// Folded words that credit a part in the story other than writing it ("مراجعة: رنا حداد", "تصوير: …"). After a spaced
    /// hyphen and with their colon they open a credit of their own: "تحرير: سامي الخطيب - مراجعة: رنا حداد" names one writer,
    /// not "سامي الخطيب - مراجعة: رنا حداد".
    /// </summary>
    private static readonly string[] OtherCredits = Lexicon.List(["مراجعة", "تدقيق", "إشراف", "تصوير", "تصميم", "مونتاج", "غرافيك", "جرافيك", "رسوم", "إخراج"]);

    /// <summary>Folded words that may sit between a cue and the names ("حرر التقرير الإخباري").</summary>
    private static readonly HashSet<string> CueFiller = Lexicon.Set(
    [
        "التقرير", "الخبر", "المقال", "الماده", "النص", "الاخباري", "الصحفي", "الكاتب", "الكاتبه", "الصحفيه", "المحرر", "وتحرير", "ومتابعه", "ومراسل", "المادة", "الإخباري", "الصحفية", "الكاتبة", "ومتابعة",
    ]);

    /// <summary>Folded names of news agencies that appear in bylines and credits.</summary>
    internal static readonly string[] Agencies = Lexicon.List(
    [
        "وكالات", "الوكالات", "رويترز", "فرانس برس", "ا ف ب", "اف ب", "اسوشيتد برس", "اسوشييتد برس", "الاناضول", "الاناضول التركيه", "سبوتنيك",
        "تاس", "نوفوستي", "ريا نوفوستي", "سانا", "واس", "قنا", "كونا", "وام", "د ب ا", "بترا", "ارنا", "شينخوا", "يونهاب", "reuters", "afp", "ap", "أ ف ب", "الأناضول", "أسوشيتد برس", "رويترز", "فرانس برس", "سبوتنيك", "وكالات",
    ]);

    // The separators and edges of Parse, one array each rather than one per call.
    private static readonly char[] SegmentSeparators = ['–', '—', '|', '/', '،', ','];
    private static readonly char[] WordEdges = [':', '-', '(', ')'];
    private static readonly char[] NameEdges = [':', ' ', '.', '-'];
    private static readonly char[] AgencyEdges = ['(', ')', ':', ' '];

    public override string Id => CleaningRules.Byline;

    public override string Description => "byline lines naming the writer, editor or agencies (\"بقلم\", \"كتب\", \"حرر\", \"وكالات – …\"), moved into authors and agency";

    protected override void Run(CleaningDocument document)
    {
        var first = document.FirstBodyParagraph();
        var last = document.LastSentence();
        List<string>? siteNames = null; // looked up once a byline names someone: most pages have no byline
        foreach (var i in document.Kept())
        {
            var text = document.Lines[i].Text;
            var inside = first >= 0 && i > first && i < last && !IsBracketedCredit(text);
            // Inside the text only an unmistakable cue heads a byline: "بقلم", or an interviewer's with its colon ("حوار: …"),
            // which a standfirst taken for the first paragraph may come before.
            if (document.Lines[i].WordCount > 14 || LineShape.EndsSentence(text)
                || (inside && !document.Lines[i].Key.StartsWith("بقلم", StringComparison.Ordinal) && !(document.Lines[i].Key.StartsWith("حاور", StringComparison.Ordinal) || document.Lines[i].Key.StartsWith("حوار", StringComparison.Ordinal)
                    ? IsInterviewCue(text.Split(' ', StringSplitOptions.RemoveEmptyEntries)) : false)))
            {
                continue;
            }

            if (Parse(text, inHeader: first < 0 || i < first) is not { } byline)
            {
                continue;
            }

            document.Remove(i, Id, "byline");
            foreach (var author in byline.Authors)
            {
                if (IsSiteName(document, author, ref siteNames))
                {
                    continue; // "بواسطة: beIN SPORTS": the site credits itself, no writer
                }

                if (!document.Authors.Contains(author, StringComparer.Ordinal))
                {
                    document.Authors.Add(author);
                }
            }

            document.Agency ??= byline.Agency;
        }

        RemoveSiteBylines(document, first);
    }

    /// <summary>
    /// Removes a dateline or byline that names the site itself ("رام الله - دنيا الوطن", "محمد عبيد - الخليج أونلاين") in the
    /// page's header, up to the second paragraph (a standfirst may come first): two short parts around a dash or bar, one of
    /// them the site's name as its copyright line or its first line gives it. The other part is a place or a person, which
    /// the line does not tell apart, so nothing goes into the authors.
    /// </summary>
    private void RemoveSiteBylines(CleaningDocument document, int first)
    {
        if (first < 0)
        {
            return;
        }

        List<string>? names = null; // looked up once a line of the right shape turns up: most pages have none
        var second = document.FirstBodyParagraph(first + 1);
        var end = second < 0 ? document.Lines.Count : second;
        for (var i = 0; i < end; i++)
        {
            var line = document.Lines[i];
            if (!document.IsKept(i) || line.WordCount > 8 || LineShape.EndsSentence(line.Text))
            {
                continue;
            }

            var parts = line.Key.Split(SiteBylineSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || !parts.All(static p => LineShape.WordCount(p) is >= 1 and <= 4))
            {
                continue;
            }

            names ??= SiteNames(document);
            if (parts.Any(p => p.Length >= 4 && names.Exists(n => n.Contains(p, StringComparison.Ordinal))))
            {
                document.Remove(i, Id, "a dateline or byline naming the site");
            }
        }
    }

    /// <summary>
    /// True when <paramref name="author"/> is the site's own name, as its first line or a copyright line writes it ("beIN
    /// SPORTS", "صونا", "عرب ٤٨"), or, for a name of a person's shape, as the holder of its copyright ("© 2024 اليوم
    /// السابع"), not a writer's.
    /// </summary>
    private static bool IsSiteName(CleaningDocument document, string author, ref List<string>? siteNames)
    {
        var key = ArabicNormalizer.Normalize(author);
        if (key.Length < 3)
        {
            return false;
        }

        if (IsPersonShaped(author))
        {
            // Many sites' names read as a person's ("اليوم السابع", "عدن الغد"), and a columnist's name may open the page or an
            // editor's stand in the copyright line: a copyright line whose holder is the name ("© 2024 اليوم السابع"), or its
            // first word ("يورونيوز عربي" under "© يورونيوز 2025"), says it is the site.
            // Where no copyright line names a holder, a page that opens on the name is the site's ("عدن الغد" over "كتب: عدن الغد").
            var holders = FooterRule.CopyrightNames(document, withFirstLine: false);
            return holders.Exists(holder => HeldBy(key, holder) || (holder.StartsWith('ل') && HeldBy(key, holder[1..])))
                || (holders.Count == 0 && document.Lines.FirstOrDefault(static l => !l.IsBlank) is { } opening && opening.Key == key);
        }

        // The page's first line is taken for the site's name when it is short; a page may open on the byline itself.
        siteNames ??= SiteNames(document).FindAll(static n => Parse(n) is null);
        foreach (var name in siteNames)
        {
            var at = name.IndexOf(key, StringComparison.Ordinal);
            if (at >= 0 && (at == 0 || !char.IsLetter(name[at - 1])) && (at + key.Length == name.Length || !char.IsLetter(name[at + key.Length])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the folded <paramref name="key"/> is the copyright <paramref name="holder"/> or opens with it as a word.</summary>
    private static bool HeldBy(string key, string holder) =>
        holder.Length >= 3 && (key == holder || key.StartsWith(holder + " ", StringComparison.Ordinal));

    /// <summary>
    /// True when <paramref name="name"/> has a person's shape, two to four words of Arabic letters ("خالد الحروب", "محمد حسن
    /// التل"): a columnist's name can open the page, and a blog's or an editor's name stands in its copyright line, so only a
    /// name of another shape ("beIN SPORTS", "عرب ٤٨", "صونا") is taken for the site's.
    /// </summary>
    private static bool IsPersonShaped(string name) =>
        LineShape.WordCount(name) is >= 2 and <= 4
        && name.All(static c => c == ' ' || ArabicNormalizer.IsArabicLetter(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark);

    /// <summary>Where the site's name is written: its copyright lines and the page's first line, folded.</summary>
    internal static List<string> SiteNames(CleaningDocument document, bool withFirstLine = true)
    {
        var names = new List<string>();
        var firstLine = withFirstLine ? document.Lines.FirstOrDefault(static l => !l.IsBlank) : null;
        if (firstLine is not null && firstLine.WordCount <= 3)
        {
            names.Add(firstLine.Key);
        }

        foreach (var line in document.Lines)
        {
            if (!line.IsBlank && line.WordCount <= 20 && (line.Text.Contains('©', StringComparison.Ordinal) || Lexicon.ContainsAny(line.Key, CopyrightWords)))
            {
                names.Add(line.Key);
            }
        }

        return names;
    }

    private static readonly string[] CopyrightWords = Lexicon.List(["جميع الحقوق محفوظة", "كل الحقوق محفوظة", "all rights reserved"]);

    private static readonly string[] SiteBylineSeparators = [" - ", " – ", " — ", " | "];

    private static string Fold(string word) => ArabicNormalizer.Normalize(word.Trim(WordEdges));

    /// <summary>
    /// True when the line is a wire's credit in brackets, which a note on the story may follow ("هذا الخبر من إنتاج وكالة
    /// رويترز …"), so that the text has not ended there: every part, parted by spaced hyphens, opens with a cue, and there are
    /// two of them (the writer and the editor: "(إعداد نادر الشامي - تحرير هالة قاسم)") or the wire's desk is named ("(إعداد
    /// نادر الشامي للنشرة العربية)"). A bracketed remark that opens with a cue word is the article's ("(ترجمة غير رسمية
    /// للرسالة)", "(تحرير الكويت 26 فبراير 1991)").
    /// </summary>
    private static bool IsBracketedCredit(string text)
    {
        if (!IsBracketed(text))
        {
            return false;
        }

        var inner = text.AsSpan().Trim()[1..^1].ToString();
        var parts = inner.Split(" - ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return Array.TrueForAll(parts, static p => Cues.Contains(Fold(p.Split(' ')[0]), StringComparer.Ordinal) && !p.AsSpan().ContainsAnyInRange('0', '9'))
            && (parts.Length >= 2 || ArabicNormalizer.Normalize(inner).Contains(WireDesk, StringComparison.Ordinal));
    }

    /// <summary>The first word of a wire's desk, folded ("للنشرة" of "للنشرة العربية"), where the writer's name ends.</summary>
    private static readonly string WireDeskWord = ArabicNormalizer.Normalize("للنشرة");

    /// <summary>
    /// A name without the bracket of the credit around it ("(إعداد نادر الشامي" → "نادر الشامي"); a place in brackets after
    /// it keeps both ("أحمد حسن (بورتسودان)").
    /// </summary>
    private static string WithoutStrayBracket(string name)
    {
        var opens = name.Count(static c => c == '(');
        var closes = name.Count(static c => c == ')');
        if (closes > opens && name.EndsWith(')'))
        {
            name = name[..^1].TrimEnd();
        }

        if (opens > closes && name.StartsWith('('))
        {
            name = name[1..].TrimStart();
        }

        return name;
    }

    /// <summary>The Arabic desk of a wire's credit, folded ("للنشرة العربية").</summary>
    private static readonly string WireDesk = ArabicNormalizer.Normalize("للنشرة العربية");

    /// <summary>True when the whole line is in round brackets.</summary>
    private static bool IsBracketed(string text)
    {
        var trimmed = text.AsSpan().Trim();
        return trimmed.Length >= 3 && trimmed[0] == '(' && trimmed[^1] == ')';
    }

    /// <summary>True when <paramref name="words"/> open with an interviewer's cue and its colon ("حوار:", "حوار :").</summary>
    private static bool IsInterviewCue(string[] words) =>
        InterviewCues.Contains(Fold(words[0]), StringComparer.Ordinal) && HasColon(words);

    /// <summary>True when the cue that opens <paramref name="words"/> has its colon ("حوار:", "بواسطة :").</summary>
    private static bool HasColon(string[] words) => words[0].EndsWith(':') || (words.Length > 1 && words[1] == ":");

    /// <summary>
    /// True when <paramref name="words"/> open with WordPress's "بواسطة:" ("by"), which names the writer in the article's meta
    /// above the lead only: after it, it names a commenter or a related post's writer. Without its colon it is a preposition
    /// ("سُجّل الهدف بواسطة …", "بواسطة النيلين"), unless a name of two or three words alone follows it ("بواسطة محمود عاطف"; a first word with the article is a noun's,
    /// "بواسطة الذكاء الاصطناعي").
    /// </summary>
    private static bool IsByCue(string[] words) =>
        string.Equals(Fold(words[0]), ByWord, StringComparison.Ordinal)
        && (HasColon(words) || (words.Length is >= 3 and <= MaxByNameWords + 1 && !Fold(words[1]).StartsWith("ال", StringComparison.Ordinal) && words.Skip(1).All(IsNameWord)));

    /// <summary>
    /// Most words of a name after a header's "بواسطة" without its colon ("بواسطة محمود عاطف"): two or more, since a preposition's
    /// object is as often one word ("بواسطة النيلين").
    /// </summary>
    private const int MaxByNameWords = 3;

    /// <summary>A word of a person's name: Arabic letters only (and the marks on them), no digit or punctuation.</summary>
    private static bool IsNameWord(string word) =>
        word.All(static c => ArabicNormalizer.IsArabicLetter(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark);

    /// <summary>
    /// <paramref name="segments"/> with each part after a spaced hyphen that opens with a cue made a segment of its own: a
    /// wire's credit in brackets names its writer and its editor so ("(إعداد نادر الشامي للنشرة العربية - تحرير هالة قاسم)"),
    /// and a dateline its writer with the cue's colon ("عمان - بترا - كتب: …"); a credit of another part, with its colon,
    /// is parted from the writer's so ("تحرير: سامي الخطيب - مراجعة: رنا حداد"). Elsewhere a cue word after a hyphen is a
    /// noun ("ثقافة - كتب جديدة …", "مصر - تحرير سعر الصرف …"), and a hyphen without a cue parts a place from a desk ("عمان -
    /// بترا"); both stay inside their segment.
    /// </summary>
    private static string[] WithCuedParts(string text, string[] segments)
    {
        if (!Array.Exists(segments, static s => s.Contains(" - ", StringComparison.Ordinal)))
        {
            return segments;
        }

        var bracketed = IsBracketed(text);

        var parts = new List<string>();
        foreach (var segment in segments)
        {
            var pieces = segment.Split(" - ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var current = pieces[0];
            foreach (var piece in pieces.Skip(1))
            {
                var cue = piece.Split(' ')[0];
                var colon = cue.EndsWith(':') || piece.AsSpan(cue.Length).TrimStart().StartsWith(":");
                if ((Cues.Contains(Fold(cue), StringComparer.Ordinal) && (bracketed || colon)) || (colon && OtherCredits.Contains(Fold(cue), StringComparer.Ordinal)))
                {
                    parts.Add(current);
                    current = piece;
                }
                else
                {
                    current += " - " + piece;
                }
            }

            parts.Add(current);
        }

        return [.. parts];
    }

    /// <summary>What follows a cue when it is a date, not a name: "بتاريخ 1 ديسمبر 2025", "في 1/12/2025".</summary>
    private static bool IsDateStamp(string rest)
    {
        if (!rest.AsSpan().ContainsAnyInRange('0', '9') && !rest.AsSpan().ContainsAnyInRange('٠', '٩'))
        {
            return false;
        }

        var words = rest.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        var date = words.Length == 2 && Fold(words[0]) is "بتاريخ" or "في" or "يوم" ? words[1] : rest;
        return DateLineRule.IsDateLine(date, out _);
    }

    /// <summary>
    /// Abbreviated titles that open a name on its own line ("د. سلام عبد الكريم الموسوي"), the longest first. A name is not a
    /// standfirst; whether it is the writer's only its box after the article tells (<see cref="AuthorBoxes"/>).
    /// </summary>
    private static readonly string[] HonorificAbbreviations = ["أ.د.", "د.", "أ.", "م.", "د ."];

    /// <summary>
    /// The name after an abbreviated title that opens <paramref name="text"/>, or null: a line of two to four name-shaped words
    /// after "د." or "أ.", with no digits or punctuation.
    /// </summary>
    internal static string? NameAfterHonorific(string text)
    {
        var trimmed = text.Trim();
        foreach (var honorific in HonorificAbbreviations)
        {
            if (trimmed.StartsWith(honorific, StringComparison.Ordinal))
            {
                var name = trimmed[honorific.Length..].Trim();
                return IsPersonShaped(name) ? name : null;
            }
        }

        return null;
    }

    /// <summary>
    /// True when <paramref name="name"/> is the site's staff rather than a person: a desk's name ("التحرير", "المحرر"), a name
    /// opened by what a desk is ("فريق تحرير البوابة", "قسم الثقافة", "المحرر الاقتصادي", "مكتب القاهرة"), or a desk "with the
    /// agencies" ("يورونيوز عربي مع وكالات"; <paramref name="withAgencies"/> is then true).
    /// </summary>
    private static bool IsDesk(string name, out bool withAgencies)
    {
        var key = ArabicNormalizer.Normalize(name);
        withAgencies = false;
        foreach (var suffix in WithAgencies)
        {
            if (key.EndsWith(suffix, StringComparison.Ordinal) && key.Length > suffix.Length && key[^(suffix.Length + 1)] == ' ')
            {
                // "يورونيوز عربي مع وكالات" is a desk's credit; "محمد الزعبي ووكالات" a writer's, with the agencies.
                withAgencies = true;
                return !IsPersonShaped(WithoutAgencies(name));
            }
        }

        var space = key.IndexOf(' ', StringComparison.Ordinal);
        return StaffNames.Contains(key) || (space > 0 && DeskWords.Contains(key[..space]));
    }

    /// <summary><paramref name="name"/> without its closing "مع وكالات" / "ووكالات", as written.</summary>
    private static string WithoutAgencies(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var keep = words.Length;
        if (keep >= 2 && Fold(words[^1]) is var last && (last == "ووكالات" || ((last == "وكالات" || last == "الوكالات") && Fold(words[^2]) is "مع" or "و")))
        {
            keep -= last == "ووكالات" ? 1 : 2;
        }

        return string.Join(' ', words[..keep]);
    }

    /// <summary>"بواسطة" folded.</summary>
    private static readonly string ByWord = ArabicNormalizer.Normalize("بواسطة");

    /// <summary>Folded names of photo agencies, which credit a picture, not the text.</summary>
    private static readonly HashSet<string> PhotoAgencies = Lexicon.Set(["Getty Images", "Getty", "Shutterstock", "iStock", "EPA", "AP Photo", "غيتي إيميجز", "غيتي", "جيتي إيميجز"]);

    /// <summary>Folded first words of a desk's name ("فريق تحرير …", "قسم الثقافة", "المحرر الاقتصادي").</summary>
    private static readonly HashSet<string> DeskWords = Lexicon.Set(["فريق", "أسرة", "هيئة", "قسم", "القسم", "مكتب", "وحدة", "محرر", "المحرر", "محررو", "محرري"]);

    /// <summary>Folded endings of a credit to a desk and the agencies ("… مع وكالات").</summary>
    private static readonly string[] WithAgencies = Lexicon.List(["مع وكالات", "مع الوكالات", "ووكالات", "و وكالات"]);

    /// <summary>The agency a credit "with the agencies" names.</summary>
    private const string AgenciesWord = "وكالات";

    /// <summary>
    /// <paramref name="name"/> without the place or outlet a credit adds after it: after a spaced hyphen ("لمى الشهري - جدة",
    /// "سعاد الزياني - أخبارنا المغربية"), after "من" ("ريم العتيبي من الرياض"), or a blog's meta line ("منذ 3 ساعات", "0 تعليق",
    /// "في أخبار اقتصادية"), when two to four words of the name are left.
    /// </summary>
    private static string WithoutPlace(string name)
    {
        var dash = name.IndexOf(" - ", StringComparison.Ordinal);
        if (dash > 0 && LineShape.WordCount(name.AsSpan(0, dash)) is >= 2 and <= 4)
        {
            return name[..dash].Trim();
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var from = Array.IndexOf(words, "من");
        if (from is >= 2 and <= 4 && words.Length - from - 1 is >= 1 and <= 2)
        {
            return string.Join(' ', words[..from]);
        }

        // A blog's meta line after the name: "سارة المصري منذ 3 ساعات", "… 0 تعليق", "… في أخبار اقتصادية".
        var meta = Array.FindIndex(words, static w => w is "منذ" or "في" || w.Any(char.IsDigit));
        return meta is >= 2 and <= 4 ? string.Join(' ', words[..meta]) : name;
    }

    /// <summary>
    /// Most words of a correspondent's credit, the cue with them: a headline about a correspondent ("مراسلة قناة الغد تروي
    /// تفاصيل اعتقالها …") is longer, and is no byline.
    /// </summary>
    private const int MaxOutletCreditWords = 6;

    /// <summary>Folded cues of a correspondent that name the outlet after them, not the writer ("مراسل موقع بانيت").</summary>
    private static readonly string[] CorrespondentCues = Lexicon.List(["مراسل", "مراسلة"]);

    /// <summary>
    /// True when <paramref name="segment"/> is a correspondent's credit naming the outlet: "مراسل" or "مراسلة" with no colon,
    /// then the outlet ("مراسل موقع بانيت وصحيفة بانوراما", "مراسلة الجزيرة"). With a colon the name follows ("مراسل: …").
    /// </summary>
    private static bool IsOutletCredit(string[] words, string segment) =>
        words.Length is > 1 and <= MaxOutletCreditWords && CorrespondentCues.Contains(Fold(words[0]), StringComparer.Ordinal) && !words[0].EndsWith(':') && words[1] != ":"
        && !segment.Contains(':', StringComparison.Ordinal);

    /// <summary>
    /// The writer's name in the segment before <paramref name="segment"/> ("من سامر خوري"), without "من" ("by"), when it is two to
    /// four words of letters; null when there is none (the credit names the outlet alone).
    /// </summary>
    private static string? PreviousName(string[] segments, string segment)
    {
        var at = Array.IndexOf(segments, segment);
        if (at <= 0)
        {
            return null;
        }

        // Only after "من" ("by"): without it, the words before the cue are as often the dateline's place ("الدار البيضاء، مراسل
        // هسبريس", "رام الله / مراسلة شبكة قدس"), which a name's shape does not tell apart.
        var words = segments[at - 1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words[0] is not ("من" or "بواسطة"))
        {
            return null;
        }

        var name = string.Join(' ', words[1..]);
        return IsPersonShaped(name) && !Cues.Contains(Fold(words[1]), StringComparer.Ordinal) ? name : null;
    }

    /// <summary>Folded second roles joined to a byline's cue ("إعداد وبحث:", "تقديم وإعداد:").</summary>
    private static readonly HashSet<string> JoinedRoles = Lexicon.Set(["وبحث", "وتحرير", "وتصوير", "وترجمة", "وتقديم", "وإعداد", "ومونتاج", "وإخراج", "وتدقيق"]);

    /// <summary>
    /// The authors and agency a byline names, or null when the line is not a byline. <paramref name="inHeader"/>: the line is
    /// above the article's lead, where "بواسطة:" is a writer's cue too.
    /// </summary>
    internal static (IReadOnlyList<string> Authors, string? Agency)? Parse(string text, bool inHeader = false)
    {
        var segments = WithCuedParts(text, text.Split(SegmentSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var authors = new List<string>();
        string? agency = null;
        var (cueSeen, stampOnly, outletOnly) = (false, false, false);
        foreach (var segment in segments)
        {
            var words = segment.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // Only a segment opened by a cue needs the rest of its words folded; most lines are not bylines.
            if (words.Length > 0 && (Cues.Contains(Fold(words[0]), StringComparer.Ordinal) || IsInterviewCue(words) || (inHeader && IsByCue(words))))
            {
                cueSeen = true;
                var folded = words.Select(Fold).ToList();
                var k = 1;
                while (k < folded.Count && (CueFiller.Contains(folded[k]) || folded[k].Length == 0))
                {
                    k++;
                }

                // The name ends where a wire's desk follows it ("إعداد نادر الشامي للنشرة العربية").
                var end = k;
                while (end < folded.Count && !string.Equals(folded[end], WireDeskWord, StringComparison.Ordinal))
                {
                    end++;
                }

                var name = WithoutStrayBracket(string.Join(' ', words.Skip(k).Take(end - k)).Trim(NameEdges));

                // A second role joined to the cue ("إعداد وبحث: يزن عبيدات"): the name is after its colon. "كتب محمد: عمان" has a
                // name before it.
                if (name.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 && JoinedRoles.Contains(ArabicNormalizer.Normalize(name[..colon].Trim())))
                {
                    name = name[(colon + 1)..].Trim(NameEdges);
                }
                if (IsOutletCredit(words, segment) && PreviousName(segments, segment) is var writer)
                {
                    // "من سامر خوري، مراسل موقع بانيت": the correspondent's outlet follows the cue; the name is before it.
                    if (writer is not null)
                    {
                        authors.Add(writer);
                    }

                    outletOnly = true;
                }
                else if (IsDateStamp(name))
                {
                    // "كتب بتاريخ 1 ديسمبر 2025": when, not who.
                    stampOnly = true;
                }
                else if (Agencies.Contains(ArabicNormalizer.Normalize(name), StringComparer.Ordinal) is var isAgency && (isAgency || PhotoAgencies.Contains(ArabicNormalizer.Normalize(name))))
                {
                    // "بواسطة: رويترز", "كتب: وكالات": the agency, not a writer; "بواسطة: Getty Images": a photo's credit.
                    agency ??= isAgency ? name : null;
                    outletOnly = true;
                }
                else if (k > 1 && DeskWords.Contains(folded[1]) && LineShape.WordCount(name) <= 1)
                {
                    outletOnly = true; // "كتب: المحرر الاقتصادي": the desk's title was taken for the cue's filler
                }
                else if (IsDesk(name, out var withAgencies))
                {
                    outletOnly = true; // "بواسطة: التحرير", "بقلم: فريق تحرير البوابة": the desk, not a writer
                    agency ??= withAgencies ? AgenciesWord : null;
                }
                else if (withAgencies)
                {
                    authors.Add(WithoutAgencies(name)); // "كتب: محمد الزعبي ووكالات"
                    agency ??= AgenciesWord;
                }
                else if (WithoutPlace(name) is { Length: > 0 } named && LineShape.WordCount(named) <= 5
                    && (LineShape.WordCount(name) <= 5 || (HasColon(words) && (name.AsSpan(named.Length).ContainsAnyInRange('0', '9') || LineShape.WordCount(named) <= 4))))
                {
                    // A longer credit is a name only after the cue's colon, when a meta line's date or count or a place follows
                    // the name ("بواسطة: سارة المصري في 18 نوفمبر 2025", "كتبت: ريم عبد الله العتيبي من الرياض"); "كتب جديدة
                    // للأطفال في معرض …" is a headline about books.
                    authors.Add(named);
                }

                continue;
            }

            var key = ArabicNormalizer.Normalize(segment.Trim(AgencyEdges));
            if (agency is null && Agencies.Contains(key, StringComparer.Ordinal))
            {
                agency = segment.Trim(AgencyEdges);
            }
        }

        if (cueSeen && (authors.Count > 0 || (stampOnly && segments.Length == 1) || outletOnly))
        {
            return (authors, agency);
        }

        // A line of agency names alone ("وكالات", "(رويترز)") credits the story without naming a writer.
        return agency is not null && segments.Length <= 3 && LineShape.WordCount(text) <= 6 ? ([], agency) : null;
    }
}

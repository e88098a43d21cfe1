namespace DatasetBuilder.Cleaning.Rules;

/// <summary>
/// Finds and removes the author's box after an article: a biography on one line under the article, a box under its label
/// ("عن الكاتب"), a name the byline gave over its biography, an unnamed box whose biography is written as a label. The
/// removals are recorded under the rule that asks (<see cref="FooterRule"/>): the box is part of the page's footer.
/// </summary>
internal sealed class AuthorBoxes(string ruleId)
{
    private readonly string _ruleId = ruleId;

    private static readonly char[] KeyEdges = FooterRule.KeyEdges;

    /// <summary>Folded first words of an author's biography in the box after an article ("صحفية بجريدة …", "كاتب وباحث …").</summary>
    private static readonly HashSet<string> BiographyOpeners = Lexicon.Set(
    [
        "صحفي", "صحفية", "صحافي", "صحافية", "كاتب", "كاتبة", "باحث", "باحثة", "أستاذ", "أستاذة", "محرر", "محررة", "مراسل", "مراسلة",
        "إعلامي", "إعلامية", "محلل", "محللة", "خبير", "خبيرة", "أكاديمي", "أكاديمية", "روائي", "روائية", "شاعر", "شاعرة", "مدير", "مديرة",
        "رئيس", "رئيسة", "حاصل", "حاصلة", "يعمل", "تعمل", "عمل", "عملت", "مهتم", "مهتمة", "journalist", "writer",
        "ناقد", "ناقدة", "مترجم", "مترجمة", "ناشط", "ناشطة", "طبيب", "طبيبة", "محام", "محامي", "محامية", "مستشار", "مستشارة", "أديب", "أديبة",
    ]);

    /// <summary>True when some line of the text is blank: the page parts its blocks, so a box's edge shows.</summary>
    private static bool HasBlankLine(CleaningDocument document)
    {
        foreach (var line in document.Lines)
        {
            if (line.IsBlank)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Removes the author's box after the article: a line that is only the name of an author the byline gave, then a
    /// biography opened by a profession ("صحفية بجريدة الصباح مختصة في الشأن التربوي."). A name alone is left to the rules of
    /// what is outside the body; a biography is a sentence, so without the name it would read as the article's last one.
    /// </summary>
    public void Remove(CleaningDocument document, int first)
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
            // The name may already be taken with the tags or share buttons above it (a run of short lines); its biography is not.
            if (document.Lines[i].IsBlank || !(document.IsKept(i) || document.RemovedBy(i) is CleaningRules.Navigation or CleaningRules.TrailingBlock)
                || !(names.Contains(document.Lines[i].Key.Trim(KeyEdges), StringComparer.Ordinal) || (names.Count == 0 && PrintedInHeader(document, i, first))))
            {
                continue;
            }

            var bio = i + 1;
            while (bio < document.Lines.Count && document.Lines[bio].IsBlank)
            {
                bio++;
            }

            // A name another rule took (a widget's) proves the box only where it opens a box of its own, the biography right
            // under it, and nothing of the article follows. A page that parts no block from the next by a blank line shows no
            // box's edge: there the name and its biography right under it, with nothing of the article after, are the box.
            if (bio < document.Lines.Count && document.IsKept(bio) && document.Lines[bio].WordCount <= 60
                && (document.IsKept(i) || (bio == i + 1 && i > 0 && (document.Lines[i - 1].IsBlank || !HasBlankLine(document)) && document.FirstBodyParagraph(bio + 1) < 0))
                && TopicWords.Tokens(document.Lines[bio].Key).FirstOrDefault() is { } opener && BiographyOpeners.Contains(opener))
            {
                if (document.IsKept(i))
                {
                    document.Remove(i, _ruleId, "the author's box: name and biography");
                }

                // A name the header printed alone and the box prints again over a biography is the writer's, whom no cue named
                // ("د. سلام عبد الكريم الموسوي" under an opinion piece's headline): the byline, without its title. Not when the
                // article speaks of anyone by one of its names ("الدكتور الشريف"): the box may present the man it quotes.
                if (names.Count == 0 && !AnyNamePartInArticle(document, i))
                {
                    document.Authors.Add(BylineRule.NameAfterHonorific(document.Lines[i].Text) ?? document.Lines[i].Text.Trim());
                }

                document.Remove(bio, _ruleId, "the author's box: name and biography");
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

            var bio = BoxBiography(document, label);
            if (bio < 0 || !IsTheWriter(document, document.NextKeptLine(label)))
            {
                return;
            }

            // A health site's box of the doctor who reviewed the article may follow the writer's ("عن المراجع الطبي").
            var boxes = new List<int> { label };
            for (var next = document.NextKeptLine(bio); next >= 0 && document.Lines[next].WordCount <= MaxAuthorBoxLabelWords
                && ReviewerBoxLabels.Contains(document.Lines[next].Key.Trim(KeyEdges)) && BoxBiography(document, next) is var nextBio and >= 0; next = document.NextKeptLine(bio))
            {
                boxes.Add(next);
                bio = nextBio;
            }

            if (document.FirstBodyParagraph(bio + 1) >= 0)
            {
                return;
            }

            foreach (var box in boxes)
            {
                var name = document.NextKeptLine(box);
                foreach (var line in (int[])[box, name, document.NextKeptLine(name)])
                {
                    document.Remove(line, _ruleId, "the author's box under its label: name and biography");
                }
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

    /// <summary>
    /// The biography of the box under the label at <paramref name="label"/>: the line after a name of two to four words on
    /// its own line, or -1 when the box has no such shape.
    /// </summary>
    private static int BoxBiography(CleaningDocument document, int label)
    {
        var name = document.NextKeptLine(label);
        var bio = name < 0 ? -1 : document.NextKeptLine(name);
        return bio < 0 || document.Lines[name].WordCount is < 2 or > 4 || document.IsBody(name) || !IsNameShaped(document.Lines[name].Text)
            || document.Lines[bio].WordCount > MaxLabelledBiographyWords ? -1 : bio;
    }

    /// <summary>Labels of a box after the writer's, of the editor or the doctor who reviewed the article.</summary>
    private static readonly HashSet<string> ReviewerBoxLabels = Lexicon.Set(
        ["عن المراجع الطبي", "عن المراجع", "عن المراجعة الطبية", "عن المدقق", "عن المدقق الطبي", "عن المحرر", "عن المحررة", "المراجع الطبي", "about the reviewer", "medically reviewed by"]);

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

        document.Remove(name, _ruleId, "the author's box: name and biography");
        document.Remove(bio, _ruleId, "the author's box: name and biography");
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
    /// True when a word of the name on line <paramref name="name"/> (three letters or more, its title aside) is a word of the
    /// headline or of a paragraph before the box.
    /// </summary>
    private static bool AnyNamePartInArticle(CleaningDocument document, int name)
    {
        var parts = WithoutTitle(document.Lines[name].Key.Trim(KeyEdges)).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(static p => p.Length >= 3).ToList();
        var title = Text.ArabicNormalizer.Normalize(document.Context.Article.Title).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Exists(p => title.Contains(p, StringComparer.Ordinal)))
        {
            return true;
        }

        for (var j = 0; j < name; j++)
        {
            if (document.IsKept(j) && document.IsBody(j)
                && document.Lines[j].Key.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => parts.Exists(p => w.EndsWith(p, StringComparison.Ordinal) && w.Length - p.Length <= 2)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when line <paramref name="index"/> is a name (two to four words, letters only) that the page also printed on a
    /// line of its own (or with its title after a dash) near its top: above the first paragraph <paramref name="first"/>, or among the three lines after it (a
    /// standfirst may be taken for the first paragraph). Asked only where no byline named the author, and only of a box after
    /// the article's last paragraph whose name neither the headline nor the article speaks of (a guest, the deceased, the
    /// author of a book under review).
    /// </summary>
    private static bool PrintedInHeader(CleaningDocument document, int index, int first)
    {
        // After the article's last paragraph, and not a name the headline or the article speaks of (its subject, a guest).
        var line = document.Lines[index];
        var words = line.WordCount - (BylineRule.NameAfterHonorific(line.Text) is null ? 0 : 1); // "د." is a title, not a name's word
        if (words is < 2 or > 4 || !IsNameShaped(line.Text) || document.NextNonBlank(index) is not (var bio and >= 0)
            || document.FirstBodyParagraph(bio + 1) >= 0 || NamedInArticle(document, index, index - 1))
        {
            return false;
        }

        for (var j = 0; j < index && j <= first + HeaderLinesAfterFirst; j++)
        {
            if (!document.Lines[j].IsBlank && (string.Equals(document.Lines[j].Key, line.Key, StringComparison.Ordinal) || NameThenTitle(document.Lines[j], line.Key)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the header line is the name and, after a dash or bar, a short title ("كارين الحلو - صحافية لبنانية"): the byline
    /// as some sites print it, which the byline rule does not read without a cue.
    /// </summary>
    private static bool NameThenTitle(DocumentLine header, string name) =>
        header.WordCount <= LineShape.WordCount(name) + MaxBylineTitleWords + 1 && header.Key.StartsWith(name, StringComparison.Ordinal)
        && header.Key.AsSpan(name.Length).TrimStart() is [('-' or '–' or '—' or '|'), ..];

    /// <summary>Most words of the title after a name in a byline ("صحافية لبنانية").</summary>
    private const int MaxBylineTitleWords = 4;

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
                document.Remove(i, _ruleId, "the author's biography after the article");
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
                document.Remove(i, _ruleId, "the author's biography after the article");
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
            document.Remove(last, _ruleId, "the author's biography after the article");
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
}

namespace DatasetBuilder.Cleaning.Rules;

/// <summary>
/// Removes footer lines after the article has started: the contributors label ("المساهمون"), copyright lines, the
/// comment-section disclaimer ("الآراء الواردة أدناه لا تعبر عن رأي …") and promotions of the site's channels
/// ("تابعوا أخبارنا على تلغرام"), the author's box (name and biography) and a news agency's sign-off ("(النهاية)", editors'
/// initials).
/// </summary>
internal sealed class FooterRule : CleaningRule
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

    private static readonly string[] DisclaimerSubjects = Lexicon.List(["موقع", "الشبكه", "شبكه", "التعليقات", "ادناه", "كاتبها", "اصحابها", "القراء", "الصحيفه", "أدناه", "أصحابها", "القرّاء"]);

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
    ]);

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
            else if (i > first && StartsWithAny(key, PromotionOpenersSpaced) && ContainsAny(key, PromotionSubjects) && Words(key, ref words) <= 20)
            {
                document.Remove(i, Id, "promotion of the site's channels");
            }
            else if (i > first && IsWireSignOff(document.Lines[i].Text))
            {
                document.Remove(i, Id, "a news agency's sign-off (its end mark or its editors' initials)");
            }
        }

        RemoveAuthorBox(document, first);
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
        if (document.Authors.Count == 0)
        {
            return;
        }

        var names = document.Authors.Select(static a => Text.ArabicNormalizer.Normalize(a)).ToList();
        for (var i = first + 1; i < document.Lines.Count; i++)
        {
            if (!document.IsKept(i) || !names.Contains(document.Lines[i].Key.Trim(KeyEdges), StringComparer.Ordinal))
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
    /// Removes the author's biography printed as one line after the article, "name: biography" ("دلشاد كريم: كاتب وباحث …"):
    /// the name is an author the byline gave or a line of the page's header (an author box above the article), and what
    /// follows the colon opens with a profession. A quotation in the article names its speaker so too, but a profession does
    /// not open what the speaker says.
    /// </summary>
    private void RemoveOneLineBiography(CleaningDocument document, int first)
    {
        var names = new HashSet<string>(document.Authors.Select(static a => Text.ArabicNormalizer.Normalize(a)), StringComparer.Ordinal);
        for (var i = 0; i < first; i++)
        {
            // An author's box above the article: the name, then a line opened by a profession ("كاتب وباحث في …").
            var next = document.NextNonBlank(i);
            if (!document.Lines[i].IsBlank && document.Lines[i].WordCount is >= 2 and <= 4 && next >= 0 && next < first && OpensWithProfession(document.Lines[next].Key))
            {
                names.Add(document.Lines[i].Key.Trim(KeyEdges));
            }
        }

        for (var i = first + 1; i < document.Lines.Count; i++)
        {
            var key = document.Lines[i].Key;
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

    /// <summary>True when the folded text opens with a profession ("كاتب", "صحفية", "باحث").</summary>
    private static bool OpensWithProfession(string key) => TopicWords.Tokens(key).FirstOrDefault() is { } opener && BiographyOpeners.Contains(opener);

    /// <summary>A line opened by a disclaimer's label and a colon or dash ("إخلاء المسؤولية: …"), not a sentence about one.</summary>
    private static bool IsDisclaimerLabel(string key)
    {
        foreach (var label in DisclaimerLabels)
        {
            if (key.StartsWith(label, StringComparison.Ordinal) && key.AsSpan(label.Length).TrimStart() is [':' or '-' or '–' or '—' or '：', ..])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Folded end marks of a wire story ("(النهاية)", "انتهى", "-- END").</summary>
    private static readonly HashSet<string> EndMarks = Lexicon.Set(["النهاية", "انتهى", "end", "ends"]);

    /// <summary>
    /// A news agency's sign-off after its story: an end mark ("(النهاية)", "انتهى"), the agency's name in brackets after
    /// dashes ("--(بترا)"), the editors' initials ("ب ع ر / م ع ح", "ر.ح") or one of these followed by the initials ("--(بترا) م ع/ ع
    /// ح"). Initials are one or two letters each, so no sentence or list item of the story is one.
    /// </summary>
    internal static bool IsWireSignOff(string text)
    {
        var rest = text.AsSpan().Trim();
        var marked = false;
        if (rest.StartsWith("--", StringComparison.Ordinal) || rest.StartsWith("—", StringComparison.Ordinal))
        {
            rest = rest.TrimStart("-—– ");
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
            marked = true;
            rest = rest[(rest.IndexOfAny(' ', '\t') is var space and >= 0 ? space : rest.Length)..];
        }

        var initials = 0;
        foreach (var token in rest.ToString().Split([' ', '/', '.', '-', '–', '\\'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.Length > 2 || !token.All(Text.ArabicNormalizer.IsArabicLetter))
            {
                return false;
            }

            initials++;
        }

        return initials <= 8 && (marked || initials >= 2);
    }

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

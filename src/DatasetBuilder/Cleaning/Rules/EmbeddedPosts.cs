using System.Text.RegularExpressions;

namespace DatasetBuilder.Cleaning.Rules;

/// <summary>
/// Finds and removes embedded social-media posts: the text above a post's signature or under its header, a post rendered as a
/// card (its author, stamps, text, buttons and counters), a card told only by its reaction bar; and knows a post's shapes (its
/// signature, header, stamp, markup and counts) for the rules that ask. The removals are recorded under the rule that asks
/// (<see cref="NavigationRule"/>).
/// </summary>
internal sealed partial class EmbeddedPosts(string ruleId)
{
    private readonly string _ruleId = ruleId;

    /// <summary>
    /// Removes the text of an embedded post above its signature at <paramref name="signature"/>: the line right above it, and
    /// the lines above that carrying the platform's markup (hashtags, a pic.twitter.com link, emoji). A post the article
    /// introduces (the line above it ends with ":", "وكتب في تغريدة:") is a quotation of the article and stays.
    /// </summary>
    public void RemoveEmbedMarkup(CleaningDocument document, int signature)
    {
        var post = new List<int>();
        var photoLink = false;
        var j = signature - 1;
        for (; j >= 0 && post.Count < MaxEmbedLines; j--)
        {
            if (document.Lines[j].IsBlank)
            {
                continue;
            }

            // The post's photo link ("pic.twitter.com/…"), which the rule took already as a label: the text above it is the
            // post's only where it carries the post's markup too (a photo-only post has no text, and the line above is the
            // article's).
            var text = document.Lines[j].Text;
            if (post.Count == 0 && document.RemovedBy(j) == _ruleId && PostMarkup().IsMatch(text))
            {
                photoLink = true;
                continue;
            }

            if (photoLink && post.Count == 0 && !HasPostMarkup(text))
            {
                break;
            }

            // The line right above the signature is the post's text whatever it holds; further up, only lines with markup are.
            if (!document.IsKept(j) || text.TrimEnd().EndsWith(':') || LineShape.OpensRunningText(text)
                || (post.Count > 0 ? !HasPostMarkup(text) || document.IsBody(j) : document.Lines[j].WordCount > MaxPostWords))
            {
                break;
            }

            post.Add(j);
        }

        // A post scraped a line per line of its text ("💙 ثلاث نقاط ثمينة …", "الشرطة 2-1 الزوراء", "#نادي_الشرطة", then the
        // signature) is one block: the plain lines between the post's markup and the block's top, which carries markup too.
        if (post.Count > 0 && j == post[^1] - 1 && PlainPostLines(document, j) is { Count: > 0 } plain && post.Count + plain.Count <= MaxEmbedLines)
        {
            post.AddRange(plain);
            j = plain[^1] - 1;
        }

        j = j >= 0 && document.Lines[j].IsBlank ? document.PreviousNonBlank(j) : j;

        // The author's or page's name the platform prints above the post, which its signature repeats ("Posted by X on …").
        if (post.Count > 0 && j >= 0 && document.IsKept(j) && document.Lines[j].WordCount is >= 2 and <= 8 && !document.IsBody(j)
            && !LineShape.EndsSentence(document.Lines[j].Text) && document.Lines[signature].Key.Contains(document.Lines[j].Key.Trim(), StringComparison.Ordinal))
        {
            post.Add(j);
            j = document.PreviousNonBlank(j);
        }

        if (NavigationRule.IntroducesList(document, j + 1))
        {
            return;
        }

        foreach (var line in post)
        {
            document.Remove(line, _ruleId, "the text of an embedded post, above its signature");
        }
    }

    /// <summary>
    /// The kept short lines from <paramref name="from"/> up to the top of its block (no blank line between them), when the top
    /// one carries a post's markup (an emoji, a hashtag) and none is a paragraph of the article; empty otherwise.
    /// </summary>
    private static List<int> PlainPostLines(CleaningDocument document, int from)
    {
        var lines = new List<int>();
        for (var j = from; j >= 0 && !document.Lines[j].IsBlank; j--)
        {
            if (!document.IsKept(j) || document.IsBody(j) || document.Lines[j].WordCount > MaxPostWords || document.Lines[j].Text.TrimEnd().EndsWith(':')
                || LineShape.OpensRunningText(document.Lines[j].Text))
            {
                return [];
            }

            lines.Add(j);
        }

        return lines.Count > 0 && HasPostMarkup(document.Lines[lines[^1]].Text) ? lines : [];
    }

    /// <summary>
    /// Removes the text of a post whose header ("name @handle · date") is at <paramref name="header"/>: the next line, when
    /// it is short and does not go on from the article ("وأشار إلى …"). A post the article introduces (the line above its
    /// header ends with ":") is a quotation of the article and stays.
    /// </summary>
    public void RemovePostBelowHeader(CleaningDocument document, int header)
    {
        if (NavigationRule.IntroducesList(document, header))
        {
            return;
        }

        var post = document.NextNonBlank(header);

        // An image-only post has no text: the line under its header is then the article's, unless it reads as a post does
        // (the platform's markup, counters after it, or no full stop).
        if (post >= 0 && document.IsKept(post) && document.Lines[post].WordCount <= MaxPostWords
            && !LineShape.OpensRunningText(document.Lines[post].Text)
            && (HasPostMarkup(document.Lines[post].Text) || !LineShape.EndsSentence(document.Lines[post].Text)
                || (document.NextNonBlank(post) is var after and >= 0 && IsCardCloser(document.Lines[after]))))
        {
            document.Remove(post, _ruleId, "the text of an embedded post, under its header");
        }
    }

    /// <summary>
    /// Removes embedded posts rendered as a card (Facebook, X, Instagram): anchored on what only a card has (a handle alone on
    /// its line, a lone "·", a time stamp ending in "·", "عرض هذا المنشور على Instagram"), the card is the author's name above
    /// the anchor, the stamps under it, the post's text and its counters ("1.2 ألف إعجاب", "218"). The text is taken only when
    /// counters or "عرض المزيد" close it or it carries the platform's markup; of a post the article introduces with ":", only
    /// the card's furniture goes and its text stays.
    /// </summary>
    public void RemovePostCards(CleaningDocument document)
    {
        for (var i = 0; i < document.Lines.Count; i++)
        {
            if (document.Lines[i].IsBlank || !IsCardAnchor(document.Lines[i]))
            {
                continue;
            }

            var card = new List<int>();
            var name = document.PreviousNonBlank(i);
            var top = i;
            if (name >= 0 && document.IsKept(name) && document.Lines[name].WordCount <= 6 && !LineShape.EndsSentence(document.Lines[name].Text)
                && !IsCardAnchor(document.Lines[name]))
            {
                card.Add(name);
                top = name;
            }

            // A post the article introduces ("وقال في منشور على صفحته:") is its quotation: its text stays, and only the card's
            // furniture around it goes (the author's name and stamp, the buttons and counters), when the introduction names a
            // post or a platform.
            var introduced = NavigationRule.IntroducesList(document, top);
            if (introduced && !Lexicon.ContainsAny(document.Lines[document.PreviousNonBlank(top)].Key, PostIntroductionWords))
            {
                continue; // an introduced list of names and handles, or of headings and times, is the article's, whole
            }

            // The anchor and the stamps, handles and signatures right under it.
            var j = i;
            for (; j >= 0 && j < document.Lines.Count; j = document.NextNonBlank(j))
            {
                var line = document.Lines[j];
                if (j != i && !IsCardAnchor(line) && !DateLineRule.IsDateLine(line.Text, out _) && !(line.Text.Length <= 200 && EmbedSignature().IsMatch(line.Text)))
                {
                    break;
                }

                card.Add(j);
            }

            // The post's text: at most two lines among the card's buttons, closed by a stamp, a "see more" or the counters,
            // or carrying markup.
            var text = new List<int>();
            for (; j >= 0 && j < document.Lines.Count && text.Count < 2; j = document.NextNonBlank(j))
            {
                var line = document.Lines[j];
                if (IsCardButton(line))
                {
                    card.Add(j);
                    continue;
                }

                if (!document.IsKept(j) || IsCardCloser(line) || line.WordCount > MaxPostWords || LineShape.OpensRunningText(line.Text))
                {
                    break;
                }

                text.Add(j);
            }

            var closed = false;
            for (; j >= 0 && j < document.Lines.Count && (IsCardCloser(document.Lines[j]) || IsCardButton(document.Lines[j])); j = document.NextNonBlank(j))
            {
                card.Add(j);
                closed = true;
            }

            // The card is sure once counters, a stamp or "see more" close it, its text carries markup, or its anchor is a handle
            // or the platform's own line; only then are the name above it and its text taken.
            // Of a post the article introduces, the name between the introduction and the stamp is the card's.
            var textIsPost = closed || text.Exists(t => HasPostMarkup(document.Lines[t].Text));
            if (!textIsPost && !introduced && !CardAnchor().IsMatch(document.Lines[i].Text))
            {
                card.Remove(name);
            }

            if (textIsPost && !introduced)
            {
                card.AddRange(text);
            }

            foreach (var line in card.Where(document.IsKept))
            {
                document.Remove(line, _ruleId, introduced ? "an embedded post the article quotes: its author, stamp and counters (its text stays)" : "an embedded post: its author, stamp, text and counters");
            }

            if (card.Contains(document.PublishedLine))
            {
                // The post's date is not the article's: the article's is the first other date line, if any.
                ResetPublished(document, card);
            }

            i = Math.Max(i, card.Max());
        }
    }

    /// <summary>
    /// Folded words by which the article introduces a post it quotes ("وقال في منشور على صفحته في فيسبوك:", "وغرّد قائلاً:"):
    /// only then is the card under the introduction a post's, its name and stamp the card's furniture.
    /// </summary>
    private static readonly string[] PostIntroductionWords = Lexicon.List(
    [
        "منشور", "تدوينة", "تغريدة", "غرد", "غرّد", "فيسبوك", "فيس بوك", "تويتر", "إكس", "منصة x", "إنستغرام", "انستغرام", "تيك توك", "حسابه", "حسابها",
        "صفحته", "صفحتها", "كتب على", "كتبت على", "facebook", "twitter", "instagram",
    ]);

    /// <summary>
    /// Removes a post card scraped without handle or stamp, told by its reaction bar ("أعجبني · تعليق · مشاركة"): in one block,
    /// the page's name, the post's date, at most two lines of its text, then the bar. A post the article introduces with ":"
    /// stays.
    /// </summary>
    public void RemoveReactionCards(CleaningDocument document)
    {
        for (var bar = 0; bar < document.Lines.Count; bar++)
        {
            if (document.Lines[bar].IsBlank || !IsReactionBar(document.Lines[bar]) || bar < 3)
            {
                continue;
            }

            // Up from the bar, inside its block (or, where every line is its own paragraph, line by line): the text, the date,
            // the name.
            var date = -1;
            var up = document.LineAboveInBlock(bar);
            for (var steps = 0; up >= 0 && steps < 3; up = document.LineAboveInBlock(up), steps++)
            {
                if (DateLineRule.IsDateLine(document.Lines[up].Text, out _))
                {
                    date = up;
                    break;
                }
            }

            // The stamp over the text ("name, date, text, bar") or under it, right over the bar ("name, text, date, bar").
            var stampUnder = date >= 0 && date == document.LineAboveInBlock(bar);
            var name = date < 0 ? -1 : stampUnder ? PostNameAbove(document, date) : document.LineAboveInBlock(date);
            if (name < 0 || document.Lines[name].WordCount > 6 || LineShape.EndsSentence(document.Lines[name].Text) || NavigationRule.IntroducesList(document, name))
            {
                continue;
            }

            // The page's label over the card ("منشور من الدفاع المدني الفلسطيني - غزة على فيسبوك"). Counts in the bar ("12 مشاركة ·
            // 5 تعليقات"), a stamp under the text or a page that sets every line apart are also an article's own shapes (a
            // statistics line, a subheading over its paragraph and its date): they need the label.
            var label = document.LineAboveInBlock(name);
            var labelled = label >= 0 && IsPostLabel(document.Lines[label]);
            if (!labelled && (stampUnder || !document.HasLineBlocks || HasCounts(document.Lines[bar])))
            {
                continue;
            }

            name = labelled ? label : name;

            // The platform's "view the post" line right under the bar belongs to the card too.
            var end = document.NextNonBlank(bar) is var view and >= 0 && (view == bar + 1 || !document.HasLineBlocks) && ViewPost().IsMatch(document.Lines[view].Key) ? view : bar;
            for (var j = name; j <= end; j++)
            {
                if (document.IsKept(j))
                {
                    document.Remove(j, _ruleId, "an embedded post: its author, stamp, text and counters");
                }
            }

            if (document.PublishedLine == date)
            {
                ResetPublished(document, [.. Enumerable.Range(name, bar - name)]);
            }
        }
    }

    /// <summary>
    /// The name over a post's text when its stamp is under the text (at <paramref name="date"/>): the short line over the one
    /// line of text above the stamp; -1 when there is none.
    /// </summary>
    private static int PostNameAbove(CleaningDocument document, int date)
    {
        // One line of text: above two, a short line may as well be the article's subheading over its paragraph.
        var text = document.LineAboveInBlock(date);
        var name = text < 0 ? -1 : document.LineAboveInBlock(text);
        return name >= 0 && document.Lines[name].WordCount <= 6 && !LineShape.EndsSentence(document.Lines[name].Text) ? name : -1;
    }

    /// <summary>A page's label over an embedded post: short, no sentence, naming a post and its platform ("منشور من … على فيسبوك").</summary>
    private static bool IsPostLabel(DocumentLine line) =>
        line.WordCount <= 12 && !LineShape.EndsSentence(line.Text) && (line.Key.StartsWith(PostWord, StringComparison.Ordinal) || line.Key.StartsWith(TweetWord, StringComparison.Ordinal))
        && Lexicon.ContainsAny(line.Key, NavigationRule.EmbedWords);

    private static readonly string PostWord = Text.ArabicNormalizer.Normalize("منشور");

    private static readonly string TweetWord = Text.ArabicNormalizer.Normalize("تغريدة");

    /// <summary>Folded words of a post's reaction bar.</summary>
    private static readonly HashSet<string> ReactionWords = Lexicon.Set(["أعجبني", "إعجاب", "تعليق", "مشاركة", "like", "comment", "share", "أحببته", "رد", "تعليقات", "مشاركات", "likes", "comments", "shares"]);

    /// <summary>The multipliers of a reaction's count ("1.2 ألف إعجاب").</summary>
    private static readonly HashSet<string> CountWords = Lexicon.Set(["ألف", "آلاف", "مليون", "k", "m"]);

    /// <summary>
    /// A post's reaction bar: two or more reactions parted by "·" ("أعجبني · تعليق · مشاركة", "Like · Comment · Share"), or
    /// their counts ("1.2 ألف إعجاب · 340 مشاركة").
    /// </summary>
    internal static bool IsReactionBar(DocumentLine line) =>
        line.WordCount is >= 2 and <= 8 && line.Text.Contains('·') && TopicWords.Tokens(line.Key).ToList() is { Count: >= 2 } words
        && words.Exists(ReactionWords.Contains) && words.TrueForAll(static w => ReactionWords.Contains(w) || CountWords.Contains(w) || IsCount(w));

    private static bool HasCounts(DocumentLine line) => line.Text.AsSpan().IndexOfAnyInRange('0', '9') >= 0 || line.Text.AsSpan().IndexOfAnyInRange('٠', '٩') >= 0;

    private static bool IsCount(string token) => token.Length > 0 && token.All(static c => char.IsDigit(c) || c is '.' or ',');

    /// <summary>Sets the publication date from the first date line not in <paramref name="card"/>, or clears it.</summary>
    private static void ResetPublished(CleaningDocument document, List<int> card)
    {
        document.Published = null;
        document.PublishedLine = int.MaxValue;
        for (var i = 0; i < document.Lines.Count; i++)
        {
            if (document.RemovedBy(i) == CleaningRules.DateLine && !card.Contains(i) && DateLineRule.IsDateLine(document.Lines[i].Text, out var date))
            {
                document.Published = date;
                document.PublishedLine = i;
                return;
            }
        }
    }

    /// <summary>What only a post card has: a handle alone, a lone "·", a stamp ending in "·", the platform's "view this post" line.</summary>
    internal static bool IsCardAnchor(DocumentLine line) =>
        line.WordCount <= 8 && line.Text.AsSpan().IndexOfAny(CardMarks) >= 0
        && (CardAnchor().IsMatch(line.Text) || (line.Text.TrimEnd().EndsWith('·') && FullStamp().IsMatch(line.Text)));

    /// <summary>A character every card anchor holds: the handle's "@", the "·", the "m" of Instagram.</summary>
    private static readonly System.Buffers.SearchValues<char> CardMarks = System.Buffers.SearchValues.Create("@·mM");

    /// <summary>
    /// A post's "see more", its counters (numbers, perhaps "ألف", perhaps what they count) or its stamp ("9:02 ص · 21 أكتوبر
    /// 2025"): what closes the post's text.
    /// </summary>
    private static bool IsCardCloser(DocumentLine line) => line.WordCount <= 8 && (CardCloser().IsMatch(line.Key) || (IsPostStamp(line) && FullStamp().IsMatch(line.Text)));

    /// <summary>A post's stamp: a time or date with the platform's "·" ("9:02 ص · 21 أكتوبر 2025", "١٦ مارس ٢٠٢٥ ·").</summary>
    internal static bool IsPostStamp(DocumentLine line) =>
        line.WordCount <= 8 && line.Text.Contains('·') && NavigationRule.DateOrTime().IsMatch(line.Text);

    /// <summary>A card's button alone on its line: "متابعة", "رد", "مشاركة", "Follow", "قراءة 143 رداً".</summary>
    private static bool IsCardButton(DocumentLine line) => line.WordCount <= 3 && CardButton().IsMatch(line.Key);

    /// <summary>Most words of a post's text taken under its header.</summary>
    private const int MaxPostWords = 60;

    /// <summary>Most lines of an embedded post's text above its signature.</summary>
    private const int MaxEmbedLines = 4;

    /// <summary>A hashtag, a pic.twitter.com or t.co link, or an emoji: what a post carries and an article's paragraph does not.</summary>
    internal static bool HasPostMarkup(string text) =>
        PostMarkup().IsMatch(text) || text.EnumerateRunes().Any(static r => r.Value is >= 0x1F300 and <= 0x1FAFF or >= 0x2600 and <= 0x27BF);

    [GeneratedRegex(@"(?:^|\s)#[\p{L}\p{N}_]{2,}|pic\.twitter\.com/|https?://t\.co/", RegexOptions.CultureInvariant)]
    private static partial Regex PostMarkup();

    /// <summary>Instagram's embed in Arabic: its "see more" link and its likes ("عرض المزيد على Instagram", "1,204 تسجيلات إعجاب").</summary>
    [GeneratedRegex(@"^\s*(?:(?:عرض المزيد على|عرض هذا المنشور على|view more on|view this post on)\s+instagram|[0-9٠-٩][0-9٠-٩.,٫٬]*\s*(?:ألف|[KkMm])?\s+تسجيلات? إعجاب)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex InstagramFurniture();

    /// <summary>Two or more counts of a post's reactions, parted by "·", "•" or "|": "1,204 إعجاب · 87 رد", "3.1K likes | 120 replies".</summary>
    [GeneratedRegex(@"^\s*[0-9٠-٩][0-9٠-٩.,٫٬]*\s*(?:ألف|مليون|[KkMm])?\s+(?:إعجاب|إعجابات|رد|ردود|ردًا|ردا|تعليق|تعليقات|تعليقًا|تعليقا|مشاركة|مشاركات|إعادة نشر|مشاهدة|مشاهدات|likes?|replies|reposts?|shares?|comments?|views?)(?:\s*[·•|]\s*[0-9٠-٩][0-9٠-٩.,٫٬]*\s*(?:ألف|مليون|[KkMm])?\s+(?:إعجاب|إعجابات|رد|ردود|ردًا|ردا|تعليق|تعليقات|تعليقًا|تعليقا|مشاركة|مشاركات|إعادة نشر|مشاهدة|مشاهدات|likes?|replies|reposts?|shares?|comments?|views?))+\s*$", RegexOptions.CultureInvariant)]
    internal static partial Regex ReactionCounts();

    /// <summary>Most words of a line of reaction counts (four counts of a number, a multiplier and a word, and their marks).</summary>
    internal const int MaxReactionCountWords = 16;

    /// <summary>
    /// The line an embedded tweet or post ends with: "— name (@handle) January 12, 2024", "A post shared by name (@handle)".
    /// The post's own text stays: it is what the article quotes.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:[—–―-]+\s*[^\s(@][^(]{0,80}\(@[A-Za-z0-9_.]{1,30}\)|(?:a post shared by|تمت مشاركة منشور بواسطة|منشور تمت مشاركته بواسطة)\s|posted by\s.{1,80}\son\s\S)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex EmbedSignature();

    [GeneratedRegex(@"^\s*(?:@[A-Za-z0-9_.]{1,30}|·|(?:عرض هذا المنشور على|view this post on)\s+instagram)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CardAnchor();

    /// <summary>A post's counters or "see more", folded: "1.2 الف اعجاب", "310 تعليقات", "218", "عرض المزيد".</summary>
    [GeneratedRegex(@"^\s*(?:عرض المزيد|see more|(?=[^\n]*\d)[\d.,٫\s]+(?:الف|k|m)?\s*(?:اعجاب|اعجابات|تعليق|تعليقات|تعليقا|مشاركه|مشاركات|likes?|comments?|shares?|views?)?)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CardCloser();

    /// <summary>A card's "view the post on …" line ("عرض المنشور على فيسبوك", "View this post on Instagram").</summary>
    [GeneratedRegex(@"^\s*(?:عرض\s+(?:هذا\s+)?المنشور\s+(?:علي|في)\s+\S+|view\s+(?:this\s+)?post\s+on\s+\S+)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ViewPost();

    [GeneratedRegex(@"^\s*(?:متابعه|رد|الرد|مشاركه|اعجاب|follow|reply|repost|share|like|قراءه\s+\d+\s+ردا?|read\s+\d+\s+replies)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CardButton();

    /// <summary>A post's stamp as the platforms print it: a clock time, or a day, a month and a year ("١٦ مارس ٢٠٢٥"); a
    /// timeline's "مارس 2011 ·" is neither.</summary>
    [GeneratedRegex(@"\d{1,2}:\d{2}|(?<!\d)\d{1,2}\s+\S+\s+\d{4}", RegexOptions.CultureInvariant)]
    private static partial Regex FullStamp();

    /// <summary>The header a post is rendered under: the author's name, the handle and the date ("وزارة الأوقاف @yemen_awqaf · ١٣ مايو ٢٠٢٤").</summary>
    [GeneratedRegex(@"^\s*[^\s@][^@]{0,80}\s@[A-Za-z0-9_.]{1,30}\s*[·•]\s*\S.{0,40}$", RegexOptions.CultureInvariant)]
    internal static partial Regex EmbedHeader();
}

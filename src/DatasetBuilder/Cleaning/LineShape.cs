using System.Text.RegularExpressions;
using DatasetBuilder.Text;

namespace DatasetBuilder.Cleaning;

/// <summary>
/// What a line looks like, independent of any site: how many words, whether it reads as a sentence (Arabic ؟ ، ؛ count as
/// punctuation), whether it ends in a credit. These shapes are what lets the rules generalise to sites never seen.
/// </summary>
public static partial class LineShape
{
    /// <summary>Words: maximal runs of letters or digits.</summary>
    public static int WordCount(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return WordCount(text.AsSpan());
    }

    /// <inheritdoc cref="WordCount(string)"/>
    internal static int WordCount(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        for (var i = 0; i < text.Length;)
        {
            // Runs of plain characters (Arabic letters and spaces) up to sixteen at a time, the others one by one.
            i += CharFacts.PlainRun(text, i, ref inWord, out _, out var starts, out var others);
            count += starts;
            for (var end = Math.Min(i + Math.Max(others, 1), text.Length); i < end; i++)
            {
                var facts = CharFacts.Of(text[i]);
                var word = (facts & CharFacts.LetterOrDigit) != 0 || (inWord && (facts & CharFacts.NonSpacingMark) != 0);
                if (word && !inWord)
                {
                    count++;
                }

                inWord = word;
            }
        }

        return count;
    }

    /// <summary>Share of letters that are Arabic script, 0 when the line has no letter.</summary>
    public static double ArabicShare(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ArabicShare(text.AsSpan());
    }

    /// <inheritdoc cref="ArabicShare(string)"/>
    internal static double ArabicShare(ReadOnlySpan<char> text)
    {
        int letters = 0, arabic = 0;
        foreach (var c in text)
        {
            var facts = CharFacts.Of(c);
            letters += facts & CharFacts.Letter;
            arabic += (facts & CharFacts.ArabicLetter) != 0 ? 1 : 0;
        }

        return letters == 0 ? 0 : (double)arabic / letters;
    }

    /// <summary>
    /// True when the line ends as a sentence does: a full stop, "!", "?" or "؟", possibly followed by closing quotes or brackets.
    /// An ellipsis ends a sentence only in a longer line: short lines ending in "..." are teaser headlines.
    /// </summary>
    public static bool EndsSentence(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return EndsSentence(text.AsSpan());
    }

    /// <summary>True when the line ends on "?" or "؟", possibly followed by closing quotes or brackets: a question.</summary>
    public static bool EndsWithQuestion(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var end = text.Length - 1;
        while (end >= 0 && (char.IsWhiteSpace(text[end]) || IsClosing(text[end])))
        {
            end--;
        }

        return end >= 0 && text[end] is '?' or '؟';
    }

    /// <inheritdoc cref="EndsSentence(string)"/>
    internal static bool EndsSentence(ReadOnlySpan<char> text)
    {
        var end = FootnoteMarksStart(text) - 1;
        var quoted = false;
        while (end >= 0 && (char.IsWhiteSpace(text[end]) || IsClosing(text[end])))
        {
            quoted |= text[end] is '"' or '”' or '»';
            end--;
        }

        if (end < 0)
        {
            return false;
        }

        var c = text[end];
        if (quoted && char.IsLetterOrDigit(c) && WordCount(text) >= 10)
        {
            return true; // a paragraph that ends on quoted speech often drops the full stop after the closing quote
        }

        if (c is '!' or '?' or '؟')
        {
            return true;
        }

        var ellipsis = c == '…' || (c == '.' && end > 0 && text[end - 1] == '.');
        if (ellipsis)
        {
            return WordCount(text) >= 15;
        }

        return c is '.' or '۔';
    }

    /// <summary>
    /// Where the footnote marks a paragraph ends on begin ("… تباع بالصهاريج.[1]", "….[2][3]", "….(4)", "….¹"), or its
    /// length: the sentence's own end is before them. A number in brackets after a word ("المادة (1)") ends no sentence still.
    /// </summary>
    private static int FootnoteMarksStart(ReadOnlySpan<char> text)
    {
        var end = text.TrimEnd().Length;
        while (end > 2)
        {
            // Superscript digits ("….¹²"), or a number in brackets ("….[1]", "….(2)").
            if (IsSuperscriptDigit(text[end - 1]))
            {
                end--;
                continue;
            }

            var opener = text[end - 1] switch { ']' => '[', ')' => '(', _ => '\0' };
            var open = opener == '\0' ? -1 : text[..(end - 1)].LastIndexOf(opener);
            if (open < 0 || end - 1 - open is < 2 or > 4 || !IsAllDigits(text[(open + 1)..(end - 1)]))
            {
                break;
            }

            end = open;
        }

        return end;
    }

    private static bool IsSuperscriptDigit(char c) => c is '¹' or '²' or '³' or (>= '\u2070' and <= '\u2079');

    private static bool IsAllDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A list item of running text: numbered ("1.", "2-", "٣)"), ordinal ("أولاً:", "ثانيا -") or bulleted ("•", "-"), with at
    /// least three mostly Arabic words after the mark.
    /// </summary>
    public static bool IsListItem(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = ListMark().Match(text);
        if (!match.Success)
        {
            var first = TopicWords.Tokens(ArabicNormalizer.Normalize(text)).FirstOrDefault();
            if (first is null || !Ordinals.Contains(first))
            {
                return false;
            }
        }

        var rest = match.Success ? text[match.Length..] : text;
        return WordCount(rest) >= 3 && ArabicShare(rest) >= 0.5 && !EndsWithCredit(rest) && !IsMenu(rest);
    }

    private static readonly HashSet<string> Ordinals = Lexicon.Set(["أولا", "ثانيا", "ثالثا", "رابعا", "خامسا", "سادسا", "سابعا", "ثامنا", "تاسعا", "عاشرا", "أولاً", "ثانياً", "ثالثاً", "رابعاً", "خامساً"]);

    /// <summary>The number that opens a numbered item or step ("3. افتح …", "٤- …"), or null.</summary>
    public static int? ListNumber(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var mark = ListMark().Match(text);
        if (!mark.Success)
        {
            return null;
        }

        var number = 0;
        var digits = 0;
        foreach (var c in mark.ValueSpan)
        {
            if (c is >= '0' and <= '9' or >= '٠' and <= '٩')
            {
                number = (number * 10) + (c >= '٠' ? c - '٠' : c - '0');
                digits++;
            }
        }

        return digits > 0 ? number : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:[0-9٠-٩]{1,2}\s*[.\-–)]|[•\-–*▪●])\s*", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    internal static partial System.Text.RegularExpressions.Regex ListMark();

    /// <summary>True when the line carries clause punctuation (Arabic or Latin comma, semicolon).</summary>
    public static bool HasClausePunctuation(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return HasClausePunctuation(text.AsSpan());
    }

    /// <inheritdoc cref="HasClausePunctuation(string)"/>
    internal static bool HasClausePunctuation(ReadOnlySpan<char> text) => text.IndexOfAny("،,؛;") >= 0;

    /// <summary>
    /// A sentence: at least two words of mostly Arabic text that end as a sentence does, and not a caption.
    /// Short closing sentences ("والتحقيق مستمر.") are sentences; headlines and labels are not.
    /// </summary>
    public static bool IsSentence(string text) =>
        WordCount(text) >= 2 && ArabicShare(text) >= 0.5 && EndsSentence(text) && !EndsWithCredit(text) && !IsMenu(text);

    /// <summary>A menu line: items separated by two or more "|" ("شروط الخدمة | بيان الخصوصية | من نحن؟").</summary>
    public static bool IsMenu(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IsMenu(text.AsSpan());
    }

    /// <inheritdoc cref="IsMenu(string)"/>
    internal static bool IsMenu(ReadOnlySpan<char> text)
    {
        var marks = 0;
        foreach (var c in text)
        {
            if (c is '|' or '•' or '·' && ++marks >= 2)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A body paragraph: a sentence of at least six words, or a long line (25+ words) with clause punctuation even without a
    /// final stop. A long line with no punctuation at all
    /// is a run-on list of headlines, not a paragraph.
    /// </summary>
    public static bool IsBodyParagraph(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IsBodyParagraph(text.AsSpan());
    }

    /// <inheritdoc cref="IsBodyParagraph(string)"/>
    internal static bool IsBodyParagraph(ReadOnlySpan<char> text)
    {
        // Equal to "!IsRunOn && ((words >= 6 && IsSentence) || (words >= 25 && mostly Arabic && clause punctuation && no credit,
        // no menu))", with the word count (as WordCount), the letters (as ArabicShare), the menu marks (as IsMenu) and the
        // clause punctuation taken in one walk of the line: every line of every article is asked, in the cleaner and the
        // template counter, and each of those was a walk of its own.
        int words = 0, letters = 0, arabic = 0, marks = 0;
        var (inWord, clause) = (false, false);
        for (var i = 0; i < text.Length;)
        {
            // Runs of plain characters (Arabic letters and spaces: no digit, mark, menu mark or clause punctuation) up to
            // sixteen at a time, the others one by one.
            i += CharFacts.PlainRun(text, i, ref inWord, out var plainLetters, out var starts, out var others);
            letters += plainLetters;
            arabic += plainLetters;
            words += starts;
            for (var end = Math.Min(i + Math.Max(others, 1), text.Length); i < end; i++)
            {
                bool word;
                var c = text[i];
                var facts = CharFacts.Of(c);
                if ((facts & CharFacts.Letter) != 0)
                {
                    letters++;
                    arabic += (facts & CharFacts.ArabicLetter) != 0 ? 1 : 0;
                    word = true;
                }
                else
                {
                    word = (facts & CharFacts.Digit) != 0 || (inWord && (facts & CharFacts.NonSpacingMark) != 0);
                    marks += c is '|' or '•' or '·' ? 1 : 0;
                    clause |= c is '،' or ',' or '؛' or ';';
                }

                words += word && !inWord ? 1 : 0;
                inWord = word;
            }
        }

        if ((words > 120 && !clause) || words < 6)
        {
            return false;
        }

        if (letters == 0 || (double)arabic / letters < 0.5 || !(EndsSentence(text) || (words >= 25 && clause)))
        {
            return false;
        }

        return marks < 2 && !EndsWithCredit(text);
    }

    /// <summary>
    /// A run of concatenated headlines: thirty or more words without a single full stop. Headlines carry commas but never
    /// stops, and a real paragraph that long has ended a sentence somewhere. Only asked of the line right under a list marker.
    /// </summary>
    public static bool IsHeadlineRun(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return WordCount(text) >= 30 && text.AsSpan().IndexOfAny(".!?؟…") < 0;
    }

    /// <summary>
    /// A paragraph for a site that does not punctuate its paragraphs: twelve or more mostly Arabic words, not a caption and
    /// not a run-on list. Used only when a text has no body paragraph at all.
    /// </summary>
    public static bool IsUnpunctuatedParagraph(string text) =>
        WordCount(text) >= 12 && ArabicShare(text) >= 0.5 && !EndsWithCredit(text) && !IsRunOn(text) && !IsMenu(text);

    /// <summary>A run-on line: over 120 words without a single comma, as when a list of headlines is scraped into one line.</summary>
    public static bool IsRunOn(string text) => WordCount(text) > 120 && !HasClausePunctuation(text);

    /// <summary>
    /// Prose the article may end on: a sentence, a body paragraph, twelve or more Arabic words with clause punctuation, or a
    /// line of five or more words opened as Arabic news sentences are and headlines are not ("وتأتي هذه الخطوة …",
    /// "يذكر أن …"): sites that drop final stops still close on such a sentence.
    /// </summary>
    public static bool IsProse(string text) =>
        IsSentence(text) || IsBodyParagraph(text)
        || (WordCount(text) >= 12 && ArabicShare(text) >= 0.5 && HasClausePunctuation(text) && !EndsWithCredit(text) && !IsMenu(text))
        || (WordCount(text) >= 5 && ArabicShare(text) >= 0.5 && StartsLikeSentence(text) && !EndsWithCredit(text) && !IsMenu(text));

    /// <summary>Folded first words that open a sentence of running text (connective plus verb or particle) and not a headline.</summary>
    private static readonly HashSet<string> SentenceOpeners = Lexicon.Set(
    [
        "وقال", "وقالت", "واضاف", "واضافت", "واكد", "واكدت", "واوضح", "واوضحت", "واشار", "واشارت", "وتابع", "وتابعت", "وختم", "واختتم",
        "ويختم", "ويختتم", "وكان", "وكانت", "وتاتي", "وياتي", "ومن", "وفي", "وهو", "وهي", "وقد", "ولم", "ولا", "ولن", "وذلك", "وهذا",
        "وهذه", "وتعد", "ويعد", "وتشير", "ويشير", "وتجدر", "يذكر", "ويذكر", "يشار", "ويشار", "تجدر", "ومن", "كما", "وكما", "فيما",
        "بينما", "وبينما", "واعتبر", "ويري", "وتري", "ومع", "وبذلك", "وبهذا", "ولفت", "ولفتت", "وشدد", "وشددت", "ودعا", "ودعت",
        "وأضاف", "وأكد", "وأوضح", "وأشار", "وتأتي", "ويأتي", "وأضافت", "وأكدت", "وأعرب", "وأعربت", "وأعلن", "وأعلنت", "وذكر", "وذكرت",
        "وأفاد", "وأفادت", "ونقل", "ونقلت", "وبحسب", "ووفق", "ووفقا", "وطالب", "وطالبت", "وأشاد", "وكشف", "وكشفت", "وجاء", "وتم",
        "ويتوقع", "وتوقع", "وتوقعت", "ونوه", "ونوهت", "بدوره", "بدورها", "وبدوره", "وبدورها",

        // The closing remark of Maghreb and Levantine reports ("للإشارة، فإن …", "للتذكير …", "للعلم …").
        "للإشارة", "وللإشارة", "للتذكير", "وللتذكير", "للعلم", "وللعلم",
        "وبهذه", "وبعد", "وبعدما", "وبين", "وبلغ", "وبلغت",
    ]);

    /// <summary>True when the line's first word is a sentence opener (<see cref="SentenceOpeners"/>, or "و" and an imperfect verb).</summary>
    public static bool StartsLikeSentence(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = TopicWords.Tokens(ArabicNormalizer.Normalize(text)).FirstOrDefault();
        // "و" before an imperfect verb ("ويأمل", "وتتضمن") opens running text; headlines open on a noun or a bare verb.
        return first is not null && (SentenceOpeners.Contains(first) || (first.Length >= 5 && first[0] == 'و' && first[1] is 'ي' or 'ت'));
    }

    /// <summary>
    /// True when the line opens as running text and not as a headline or an article's lead: a sentence opener
    /// (<see cref="StartsLikeSentence"/>) or "و" before a verb's prefix ("وأهدر", "وإن", "ويأمل", "وتتضمن", "ونفى").
    /// </summary>
    public static bool OpensRunningText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (StartsLikeSentence(text))
        {
            return true;
        }

        var first = TopicWords.Tokens(ArabicNormalizer.Normalize(text)).FirstOrDefault();
        return first is { Length: >= 4 } && first[0] == 'و' && first[1] is 'ا' or 'ي' or 'ت' or 'ن' && !ConjunctionLookalikes.Contains(first);
    }

    /// <summary>
    /// True when the paragraph opens with a dateline, the place (and agency) a story was filed from, before its first
    /// sentence: a dash within its first words ("عمّان- في بلدة …", "أبوظبي - سكاي نيوز عربية أغلقت …", "وطنية - صيدا - …"), an
    /// agency between slashes ("الدوحة في 15 يونيو /قنا/ …") or a colon on the place or after a bracketed source ("دبي: …",
    /// "عدن (عدن الغد) خاص: …"). A sentence does not open so; it opens on its verb or its subject.
    /// </summary>
    public static bool OpensWithDateline(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = text.Split(' ', MaxDatelineTokens + 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var bracketed = false;
        for (var i = 0; i < Math.Min(tokens.Length - 1, MaxDatelineTokens); i++)
        {
            var token = tokens[i];
            if (token is "-" or "–" or "—" or "|" or "||" || token[^1] is '-' or '–' or '—' || (token.Length > 2 && token[0] == '/' && token[^1] == '/')
                || (token[^1] == ':' && (i == 0 || bracketed)))
            {
                return true;
            }

            bracketed |= token.Contains(')', StringComparison.Ordinal);
        }

        return false;
    }

    /// <summary>Most words a dateline takes before its mark ("الدوحة في 15 يونيو /قنا/").</summary>
    private const int MaxDatelineTokens = 5;

    /// <summary>Folded words that open with "و" and a verb's prefix but are nouns or names (and open leads).</summary>
    private static readonly HashSet<string> ConjunctionLookalikes = Lexicon.Set(
    [
        "واشنطن", "وادي", "والي", "والده", "والدة", "واحة", "واحد", "واحدة", "واقع", "واقعة", "وائل", "واصل", "واصلت", "واجه", "واجهت",
        "وافق", "وافقت", "وارد", "واردات", "ونيس", "ويلز", "ويليام", "ويكيليكس", "وتر", "وتيرة",
    ]);

    /// <summary>
    /// True when the line runs on into the next one: it opens a quotation it does not close, or it is a clause of six or more
    /// words ending in ":" that introduces what follows (a list, a quotation). Such a line is the start of the body, never a
    /// headline, standfirst or kicker; short labels ending in ":" ("المصدر:", "اقرأ أيضا:") are too short to qualify.
    /// </summary>
    public static bool ContinuesIntoNext(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return OpensUnclosedQuote(text) || (text.TrimEnd().EndsWith(':') && WordCount(text) >= 6 && ArabicShare(text) >= 0.5);
    }

    /// <summary>
    /// True when the line opens a quotation it does not close (an odd number of '"', or more '«' than '»', or more '“' than
    /// '”'): a paragraph the page broke across lines mid-quote, so the line continues into the next one and is body text,
    /// never a headline or a standfirst.
    /// </summary>
    public static bool OpensUnclosedQuote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Count(static c => c == '"') % 2 == 1
            || text.Count(static c => c == '«') > text.Count(static c => c == '»')
            || text.Count(static c => c == '“') > text.Count(static c => c == '”');
    }

    /// <summary>
    /// True when the line ends in a short parenthesised credit ("(رويترز)", "(ألكسندر بوغدانوف/فرانس برس)") and has no
    /// sentence punctuation before it: the shape of a photo caption.
    /// </summary>
    public static bool EndsWithCredit(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return EndsWithCredit(text.AsSpan());
    }

    /// <inheritdoc cref="EndsWithCredit(string)"/>
    internal static bool EndsWithCredit(ReadOnlySpan<char> text)
    {
        var trimmed = text.TrimEnd().TrimEnd('.').TrimEnd();
        if (trimmed.Length < 3)
        {
            return false;
        }

        if (trimmed[^1] != ')')
        {
            // A credit after a dash with no colon ends on no stop: "… — عدسة واسعة الزاوية وحامل ثلاثي خفيف." is a sentence.
            return EndsWithLabelledCredit(trimmed, unlabelledAllowed: trimmed.Length == text.TrimEnd().Length) || EndsWithCreditSentence(trimmed);
        }

        var open = trimmed.LastIndexOf('(');
        if (open <= 0)
        {
            return false;
        }

        var credit = trimmed[(open + 1)..^1];
        var before = trimmed[..open].TrimEnd();
        var creditWords = WordCount(credit);
        if (creditWords is < 1 or > 5 || credit.Length > 60 || before.Length == 0 || WordCount(before) > 30 || before.IndexOfAny(".!؟?") >= 0)
        {
            return false;
        }

        // "… في العاشر من مايو (أيار)." and "… منظمة الأمم المتحدة للطفولة (يونيسف)." are sentences: a month is never a
        // credit, and after a full stop the parentheses must name a credit plainly (an agency, "photographer/agency",
        // Latin letters, "أرشيفية").
        var key = ArabicNormalizer.Normalize(credit);
        if (CreditMonths.Contains(key) || IsUnit(key) || (!IsLabelledCredit(credit) && HasAsideWord(key)))
        {
            return false;
        }

        return !text.TrimEnd().EndsWith('.') || LooksLikeCredit(credit, key);
    }

    /// <summary>
    /// A caption written as one short sentence with its stop, then its labelled credit in brackets: "طوابير أمام نقطة مياه
    /// عمومية في حي والية. (صورة: الوحدة إنفو)". The sentence has at most <see cref="MaxSentenceCaptionWords"/> words and does
    /// not go on from the paragraph before ("وتظهر الصورة المرفقة …. (الصورة: …)" is the article pointing at its photo).
    /// Not part of <see cref="EndsWithCredit(string)"/>: a subheading over such a line is not a new page's header.
    /// </summary>
    public static bool IsSentenceCaption(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.AsSpan().Trim();
        if (trimmed.Length < 3 || trimmed[^1] != ')' || trimmed.LastIndexOf('(') is var open && open <= 0)
        {
            return false;
        }

        var credit = trimmed[(open + 1)..^1];
        var sentence = trimmed[..open].TrimEnd();
        if (sentence.Length < 2 || sentence[^1] != '.' || !IsLabelledCredit(credit))
        {
            return false;
        }

        sentence = sentence[..^1];
        return sentence.IndexOfAny(".!؟?") < 0 && WordCount(sentence) is >= 3 and <= MaxSentenceCaptionWords && !OpensRunningText(sentence.ToString());
    }

    /// <summary>Most words of a caption written as a sentence before its bracketed credit.</summary>
    private const int MaxSentenceCaptionWords = 20;

    /// <summary>A photo's source with no colon, a picture agency's name of one to three words: "الصورة من Shutterstock", "صورة من غيتي".</summary>
    private static bool IsPhotoFromCredit(ReadOnlySpan<char> credit)
    {
        foreach (var opener in PhotoFromOpeners)
        {
            // A picture agency (Latin, or an agency's or archive's word): "الصورة من جزيرة المحرق" says where it was taken.
            if (!credit.StartsWith(opener, StringComparison.Ordinal))
            {
                continue;
            }

            var source = credit[opener.Length..];
            if (WordCount(source) is >= 1 and <= 3 && credit.IndexOfAny(".،,:؛") < 0
                && (source.ContainsAnyInRange('A', 'Z') || source.ContainsAnyInRange('a', 'z') || IsAgencyCredit(source)))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] PhotoFromOpeners = ["الصورة من ", "صورة من ", "الصورة عن ", "الصورة لـ", "الصور من "];

    /// <summary>True when <paramref name="source"/> names an agency or an archive ("غيتي", "الفرنسية", "أرشيف"), folded.</summary>
    private static bool IsAgencyCredit(ReadOnlySpan<char> source)
    {
        return IsAgencyKey(ArabicNormalizer.Normalize(source.ToString()).Trim());
    }

    /// <summary>True when the folded <paramref name="key"/> is an agency's name or holds a credit's word ("ارشيف", "غيتي").</summary>
    private static bool IsAgencyKey(string key) =>
        Rules.BylineRule.Agencies.Contains(key, StringComparer.Ordinal) || Array.Exists(CreditWords, w => key.Contains(w, StringComparison.Ordinal));

    /// <summary>A photo credit's label, its colon and a name of one to four words: "صورة: الوحدة إنفو", "تصوير: رويترز".</summary>
    private static bool IsLabelledCredit(ReadOnlySpan<char> credit)
    {
        var colon = credit.IndexOfAny(':', '：');
        return colon > 0 && CreditLabels.Contains(credit[..colon].Trim().ToString()) && WordCount(credit[(colon + 1)..]) is >= 1 and <= 4;
    }

    /// <summary>
    /// A caption whose credit follows a dash or bar with its label: "جانب من العرض - تصوير: روني عمر", "… | عدسة: …". The
    /// caption before it has no sentence punctuation.
    /// </summary>
    private static bool EndsWithLabelledCredit(ReadOnlySpan<char> text, bool unlabelledAllowed)
    {
        var separator = text.LastIndexOfAny(CreditSeparators);
        if (separator <= 0)
        {
            return false;
        }

        var credit = text[(separator + 1)..].Trim();
        var colon = credit.IndexOfAny(':', '：');
        if (colon <= 0)
        {
            // Or the photographer's label and name with no colon ("… بصفاقس، أوت 2025 — تصوير ياسين الجلاصي لإنكفاضة").
            return (IsArchiveMark(credit) || IsPhotoFromCredit(credit) || (unlabelledAllowed && IsPhotographerCredit(credit))) && WordCount(text[..separator]) is >= 3 and <= 30 && text[..separator].IndexOfAny(".!؟?") < 0;
        }

        var label = credit[..colon].Trim().ToString();
        var weak = SourceLabels.Contains(label);
        if (!weak && !CreditLabels.Contains(label))
        {
            return false;
        }

        // "المصدر:" also closes a paragraph of figures ("… 1200 حالة – المصدر: وزارة الصحة"): after it, only a caption's few
        // words without figures, not opening on a connective, make a caption.
        var before = text[..separator].TrimEnd();
        var words = WordCount(before);
        return WordCount(credit[(colon + 1)..]) is >= 1 and <= 4 && words >= 2 && words <= (weak ? 8 : 30) && before.IndexOfAny(".!؟?") < 0
            && (!weak || (before.IndexOfAnyInRange('0', '9') < 0 && before.IndexOfAnyInRange('٠', '٩') < 0 && before[0] is not ('و' or 'ف')));
    }

    /// <summary>
    /// "تصوير" or "عدسة" and a name of two to five words (perhaps "لـ" and the site), with no sentence mark or comma: a credit
    /// after a dash. The name does not open on "ال" ("- تصوير المشاهد الخارجية …", "- عدسة الكاميرا لا تكذب" are the sentence's).
    /// </summary>
    private static readonly System.Buffers.SearchValues<char> CreditStops = System.Buffers.SearchValues.Create(".!؟?:،,");

    private static bool IsPhotographerCredit(ReadOnlySpan<char> credit)
    {
        var space = credit.IndexOf(' ');
        if (space <= 0 || credit[..space] is not ("تصوير" or "عدسة") || credit.IndexOfAny(CreditStops) >= 0)
        {
            return false;
        }

        var name = credit[(space + 1)..].Trim();
        return WordCount(name) is >= 2 and <= 5 && !name.StartsWith("ال", StringComparison.Ordinal);
    }

    /// <summary>
    /// A caption whose credit is its last sentence, opened by the photographer's label without a colon: "طلاب في ساحة مدرسة
    /// مستأجرة في الزرقاء. تصوير مؤمن ملكاوي" (the final stop already trimmed). The credit is a name: one to four words, the
    /// first without the article ("تصوير الفيلم بدأ أمس" is a sentence), after "تصوير" or "عدسة" ("الصورة قاتمة" is the
    /// situation, not a photo). The caption before it is one short sentence.
    /// </summary>
    private static bool EndsWithCreditSentence(ReadOnlySpan<char> text)
    {
        var stop = text.LastIndexOf('.');
        if (stop <= 0)
        {
            return false;
        }

        var credit = text[(stop + 1)..].Trim();
        var space = credit.IndexOf(' ');
        if (space <= 0 || credit[..space] is not ("تصوير" or "عدسة") || credit.IndexOfAny("،,:؛") >= 0 || WordCount(credit[(space + 1)..]) is < 1 or > 4
            || credit[(space + 1)..].TrimStart().StartsWith("ال", StringComparison.Ordinal))
        {
            return false;
        }

        var caption = text[..stop];
        return WordCount(caption) is >= 3 and <= 20 && caption.IndexOfAny(".!؟?") < 0;
    }

    /// <summary>
    /// A photo's archive or illustration mark after a caption's dash ("… - أرشيفية", "… – صورة تعبيرية", "… - أرشيف 964"): one to
    /// three words, the first of them the mark.
    /// </summary>
    private static bool IsArchiveMark(ReadOnlySpan<char> credit)
    {
        if (WordCount(credit) is < 1 or > 3)
        {
            return false;
        }

        var key = ArabicNormalizer.Normalize(credit.ToString());
        var first = TopicWords.Tokens(key).FirstOrDefault();
        return first is not null && (ArchiveMarks.Contains(first) || (first == Photo && TopicWords.Tokens(key).Skip(1).FirstOrDefault() is { } second && ArchiveMarks.Contains(second)));
    }

    private static readonly HashSet<string> ArchiveMarks = Lexicon.Set(["أرشيفية", "أرشيف", "ارشيفية", "تعبيرية", "توضيحية", "متداولة"]);

    private static readonly string Photo = ArabicNormalizer.Normalize("صورة");

    private static readonly System.Buffers.SearchValues<char> CreditSeparators = System.Buffers.SearchValues.Create("-–—|");

    /// <summary>The labels of a credit after a caption, as written (the line is not folded here).</summary>
    private static readonly HashSet<string> CreditLabels = new(["تصوير", "عدسة", "الصورة", "صورة", "مصدر الصورة", "photo", "Photo", "Credit", "credit"], StringComparer.Ordinal);

    /// <summary>Labels that name a caption's source, and also a paragraph's: a caption only after a few words (EndsWithLabelledCredit).</summary>
    private static readonly HashSet<string> SourceLabels = new(["المصدر", "Source", "source"], StringComparer.Ordinal);

    /// <summary>
    /// A unit in parentheses ("جنيه/طن", "كم/ساعة"): two single words around a slash, neither an agency nor a credit word. A
    /// table's header cell ends so, and a caption's "photographer/agency" names an agency.
    /// </summary>
    /// <summary>
    /// True when the brackets hold a writer's aside, not a name: an alternative or a hint ("(يفضّل السكري أو المجدول)",
    /// "(اختياري)", "(تقريبا)"). No credit offers a choice; a labelled one ("(تصوير: …)") is a credit whatever its name.
    /// </summary>
    private static bool HasAsideWord(string key)
    {
        if (key.StartsWith("حسب ", StringComparison.Ordinal) && AsideMeasures.Contains(key[4..].Trim()))
        {
            return true; // "(حسب الرغبة)": "حسب" alone also opens a name ("حسب الله")
        }

        foreach (var word in TopicWords.Tokens(key))
        {
            if (AsideWords.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What "حسب" measures in an aside ("(حسب الرغبة)", "(حسب الذوق)").</summary>
    private static readonly HashSet<string> AsideMeasures = Lexicon.Set(["الرغبة", "الذوق", "الحاجة", "الحجم", "الطلب"]);

    /// <summary>Folded words of an aside in brackets, which no photo's credit has.</summary>
    private static readonly HashSet<string> AsideWords = Lexicon.Set(["أو", "اختياري", "اختيارية", "يفضل", "تقريبا", "مثلا"]);

    private static bool IsUnit(string key)
    {
        var parts = key.Split('/');
        return parts.Length == 2 && Array.TrueForAll(parts, static p => p.Length > 0 && !p.Contains(' ', StringComparison.Ordinal) && !IsAgencyKey(p));
    }

    /// <summary>
    /// True when the brackets that end <paramref name="text"/> hold what reads plainly as a photo's credit: a label and a name
    /// ("(تصوير: أحمد رمضان)"), a slash, Latin letters, an agency or a credit's word; not a title's kind and year ("(رواية، 1981)").
    /// </summary>
    internal static bool EndsWithPlainCredit(string text)
    {
        var trimmed = text.AsSpan().TrimEnd().TrimEnd('.').TrimEnd();
        if (trimmed is not [.., ')'] || trimmed.LastIndexOf('(') is var open && open < 0)
        {
            return false;
        }

        var credit = trimmed[(open + 1)..^1];
        return IsLabelledCredit(credit) || LooksLikeCredit(credit, ArabicNormalizer.Normalize(credit));
    }

    private static bool LooksLikeCredit(ReadOnlySpan<char> credit, string key) =>
        credit.Contains('/') || credit.ContainsAnyInRange('a', 'z') || credit.ContainsAnyInRange('A', 'Z')
        || Rules.BylineRule.Agencies.Contains(key, StringComparer.Ordinal) || Array.Exists(CreditWords, w => key.Contains(w, StringComparison.Ordinal));

    private static readonly string[] CreditWords = Lexicon.List(["ارشيف", "أرشيفية", "تصوير", "صورة", "خاص", "متداولة", "مواقع التواصل", "غيتي", "الفرنسية", "الأوروبية", "وكالة"]);

    private static readonly HashSet<string> CreditMonths = Lexicon.Set(
    [
        "يناير", "فبراير", "مارس", "أبريل", "ابريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
        "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول",
        "جانفي", "فيفري", "أفريل", "ماي", "جوان", "جويلية", "أوت",
    ]);

    private static bool IsClosing(char c) => c is '"' or '\'' or '”' or '’' or '»' or ')' or ']' or '›' or '״';

    /// <summary>True when <paramref name="text"/> holds a clock time ("09:30", "18:05").</summary>
    internal static bool HasClockTime(string text) => ClockTime().IsMatch(text);

    [GeneratedRegex(@"(?<!\d)\d{1,2}:\d{2}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex ClockTime();
}

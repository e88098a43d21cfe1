using DatasetBuilder.Model;
using DatasetBuilder.Text;

namespace DatasetBuilder.Cleaning;

/// <summary>
/// The working state of one article while the rules run: its lines, which of them each rule removed and why, and the
/// metadata found on the way. Rules only remove lines still kept, so the first rule to claim a line is the one recorded.
/// </summary>
public sealed partial class CleaningDocument
{
    private readonly string?[] _removedBy;
    private readonly string?[] _reasons;
    private readonly bool?[] _isBody;
    private readonly bool?[] _bodyParagraph;
    private readonly bool?[] _repeatsTitle;
    private readonly HashSet<int> _tokenHashes = [];
    private readonly HashSet<string>?[] _words;
    private readonly (int Distinct, int Shared)?[] _titleCounts;
    private TokenScratch _tokenScratch;
    private readonly HashSet<string> _titleTokens;

    public CleaningDocument(CleaningContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Context = context;
        Lines = Split(context.Article.Text);
        _removedBy = new string?[Lines.Count];
        _reasons = new string?[Lines.Count];
        _isBody = new bool?[Lines.Count];
        _repeatsTitle = new bool?[Lines.Count];
        _words = new HashSet<string>?[Lines.Count];
        _titleCounts = new (int, int)?[Lines.Count];
        TitleWords = TopicWords.Of(context.Article.Title);
        _titleTokens = TopicWords.TokenSet(context.Article.Title);
        var headline = HeadlineOf(context.Article.Title);
        _headlineKey = ReferenceEquals(headline, context.Article.Title) ? null : Text.ArabicNormalizer.Normalize(headline).Trim();
        _bodyParagraph = new bool?[Lines.Count];
        Unpunctuated = true;
        for (var i = 0; i < Lines.Count && Unpunctuated; i++)
        {
            Unpunctuated = Lines[i].IsBlank || !IsBodyParagraph(i);
        }
    }

    /// <summary>
    /// True when no line of the text reads as a punctuated paragraph: some sites drop final stops, so body paragraphs are then
    /// recognised by length alone (<see cref="LineShape.IsUnpunctuatedParagraph"/>).
    /// </summary>
    public bool Unpunctuated { get; }

    public CleaningContext Context { get; }

    /// <summary>
    /// True when some two lines with text follow each other with no blank line between: the text then keeps a block's lines
    /// together (a list, a widget) and parts blocks with blank lines, so a blank line is a boundary. False when every line is
    /// parted from the next by a blank line, as some scrapers write every text: a blank line then says nothing.
    /// </summary>
    /// <summary>
    /// The title without the site's name a page title ends with after a bar ("طريق التنمية.. لماذا تراهن أنقرة …؟ | يني شفق
    /// العربية"): a bar parts a headline from its site, and a name of four words or fewer; the headline keeps three or more.
    /// </summary>
    internal static string HeadlineOf(string title)
    {
        var bar = title.LastIndexOf(" | ", StringComparison.Ordinal);
        return bar > 0 && LineShape.WordCount(title[(bar + 3)..]) <= MaxSiteNameWords && LineShape.WordCount(title[..bar]) >= 3 ? title[..bar] : title;
    }

    /// <summary>Most words of a site's name after the bar that ends a page title.</summary>
    private const int MaxSiteNameWords = 4;

    /// <summary>
    /// True when <paramref name="key"/> (folded) is the site's name as the page title ends with it, after a bar or a dash
    /// ("… | نواعم", "… - الإذاعة الوطنية"): four words at most.
    /// </summary>
    internal bool IsTitleSiteName(string key)
    {
        _titleSiteNames ??= [.. TitleSiteSeparators.Select(s => Context.Article.Title.LastIndexOf(s, StringComparison.Ordinal) is var at and > 0
                ? Text.ArabicNormalizer.Normalize(Context.Article.Title.AsSpan(at + s.Length).ToString()).Trim() : string.Empty)
            .Where(static n => n.Length > 0 && LineShape.WordCount(n) <= MaxSiteNameWords)];
        return _titleSiteNames.Contains(key.Trim(), StringComparer.Ordinal);
    }

    private string[]? _titleSiteNames;

    private static readonly string[] TitleSiteSeparators = [" | ", " - ", " – "];

    public bool HasLineBlocks => _hasLineBlocks ??= HasAdjacentLines();

    private bool? _hasLineBlocks;

    private bool HasAdjacentLines()
    {
        for (var i = 1; i < Lines.Count; i++)
        {
            if (!Lines[i].IsBlank && !Lines[i - 1].IsBlank)
            {
                return true;
            }
        }

        return false;
    }

    public IReadOnlyList<DocumentLine> Lines { get; }

    /// <summary>Content words of the article's title.</summary>
    public IReadOnlySet<string> TitleWords { get; }

    /// <summary>The site profile, or null when there is none or profiles are switched off.</summary>
    public SourceProfile? Profile => Context.UseProfiles ? Context.Profile : null;

    public PartialDate? Published { get; set; }

    /// <summary>The line the published date was taken from, to prefer a date line of the header over one further down.</summary>
    public int PublishedLine { get; set; } = int.MaxValue;

    public List<string> Authors { get; } = [];

    public string? Agency { get; set; }

    public string? Subtitle { get; set; }

    public bool IsKept(int index) => !Lines[index].IsBlank && _removedBy[index] is null;

    public string? RemovedBy(int index) => _removedBy[index];

    public string? ReasonFor(int index) => _reasons[index];

    /// <summary>Indices of the non-blank lines no rule has removed yet, in text order (read live, see <see cref="KeptLines"/>).</summary>
    public KeptLines Kept() => new(this);

    /// <summary>Removes line <paramref name="index"/> unless it is blank or already removed.</summary>
    public void Remove(int index, string ruleId, string reason)
    {
        if (IsKept(index))
        {
            _removedBy[index] = ruleId;
            _reasons[index] = reason;
        }
    }

    /// <summary>Puts a removed line back (the cleaner's guard against emptying an article that has a body).</summary>
    public void Restore(int index)
    {
        _removedBy[index] = null;
        _reasons[index] = null;
    }

    /// <summary>Removes every kept line from <paramref name="from"/> to the end.</summary>
    public void RemoveFrom(int from, string ruleId, string reason)
    {
        for (var i = from; i < Lines.Count; i++)
        {
            Remove(i, ruleId, reason);
        }
    }

    /// <summary>
    /// True when line <paramref name="index"/> is a body paragraph of this text. A line that repeats the title never is, even
    /// when the headline is a question that ends in "؟", nor is a cookie banner: the rules that look for where the article
    /// starts must not anchor on them.
    /// </summary>
    public bool IsBody(int index) =>
        _isBody[index] ??= !Lines[index].IsBlank && !RepeatsTitle(index) && !ConsentNotice.IsNotice(Lines[index])
            && (Unpunctuated ? LineShape.IsUnpunctuatedParagraph(Lines[index].Text) : IsBodyParagraph(index));

    /// <summary><see cref="LineShape.IsBodyParagraph(string)"/> of line <paramref name="index"/>, kept: <see cref="Unpunctuated"/> asks it first.</summary>
    private bool IsBodyParagraph(int index) => _bodyParagraph[index] ??= LineShape.IsBodyParagraph(Lines[index].Text);

    /// <summary>
    /// True when line <paramref name="index"/> is a cell of a table (or an item of a list) the article introduces: after a
    /// line of the article that ends with ":" and runs on into what follows ("وجاءت أبرز المؤشرات على النحو التالي:"), the
    /// short lines up to the next paragraph. A cell may look like a counter ("17", "+6%") or a caption ("صافي الربح (مليار
    /// ريال)"); the rules that take those leave it alone.
    /// </summary>
    public bool InIntroducedTable(int index) => (_tableCells ??= FindIntroducedTables())[index];

    private bool[]? _tableCells;

    /// <summary>
    /// True when the page parts line <paramref name="index"/> into two or more cells with tabs, as a table's row (its display
    /// text has them as spaces): each cell a few words, and the row not ending a sentence. A tab that only indents a paragraph
    /// parts nothing.
    /// </summary>
    /// <summary>True when line <paramref name="index"/> is a row of a table the article introduces, its cells parted by tabs.</summary>
    public bool IsTabbedTableRow(int index) => InIntroducedTable(index) && HasTabbedCells(index);

    private bool HasTabbedCells(int index)
    {
        var raw = Context.Article.Text.AsSpan(Lines[index].Start, Lines[index].Length).Trim();
        if (raw.IndexOf('\t') < 0 || LineShape.EndsSentence(Lines[index].Text))
        {
            return false;
        }

        // Every cell but the last is a few words; the last may describe ("الرياضيات (الرياضيات، العلوم التجريبية، …)").
        var cellCount = 0;
        var lastStart = raw.LastIndexOf('\t') + 1;
        foreach (var range in raw.Split('\t'))
        {
            var cell = raw[range].Trim();
            if (cell.Length > 0)
            {
                if (LineShape.WordCount(cell) > (range.Start.Value == lastStart ? MaxLastCellWords : MaxCellWords))
                {
                    return false;
                }

                cellCount++;
            }
        }

        return cellCount >= 2;
    }

    /// <summary>Most words of one cell of a tabbed row ("معدل سعر البرميل (دولار)").</summary>
    private const int MaxCellWords = 6;

    /// <summary>Most words of a tabbed row's last cell, which may describe the row.</summary>
    private const int MaxLastCellWords = 20;

    /// <summary>
    /// True when line <paramref name="index"/> is a table's header row parted by tabs: each cell a label of a few words, no
    /// figure ("المواصفة\tالتفاصيل"). A widget's rows ("الدولار\t48.52\t48.62") and a caption with its credit after a tab
    /// ("ولي العهد يصافح الرئيس الفرنسي\t(واس)") are none.
    /// </summary>
    private bool IsTabbedHeaderRow(int index)
    {
        if (!HasTabbedCells(index))
        {
            return false;
        }

        var raw = Context.Article.Text.AsSpan(Lines[index].Start, Lines[index].Length).Trim();
        foreach (var range in raw.Split('\t'))
        {
            var cell = raw[range].Trim();
            if (cell.Length > 0 && (LineShape.WordCount(cell) > MaxHeaderCellWords || cell.IndexOfAny(FigureOrBracket) >= 0))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>What no header row's cell holds: a figure, or a bracket (a unit, a credit).</summary>
    private static readonly System.Buffers.SearchValues<char> FigureOrBracket = System.Buffers.SearchValues.Create("0123456789٠١٢٣٤٥٦٧٨٩()");

    /// <summary>Most words of a header row's cell.</summary>
    private const int MaxHeaderCellWords = 3;

    /// <summary>Fewest words of a short introduction over a tabbed table.</summary>
    private const int MinTableIntroductionWords = 3;

    /// <summary>Most lines after its introduction a table is looked for in.</summary>
    private const int MaxTableLines = 120;

    private bool[] FindIntroducedTables()
    {
        var cells = new bool[Lines.Count];
        for (var i = 0; i < Lines.Count; i++)
        {
            // A short introduction counts over a header row the page parts into cells ("إليكم أبرز مواصفات الهاتف:" over
            // "المواصفة\tالتفاصيل"); a label's colon ("المصدر:") has no table under it.
            var text = Lines[i].Text;
            if (text.AsSpan().TrimEnd() is not [.., ':']
                || !(LineShape.ContinuesIntoNext(text) || (Lines[i].WordCount >= MinTableIntroductionWords && NextNonBlank(i) is var first and >= 0 && IsTabbedHeaderRow(first))))
            {
                continue;
            }

            var tabbed = false;
            for (var j = i + 1; j < Lines.Count && j <= i + MaxTableLines; j++)
            {
                if (Lines[j].IsBlank)
                {
                    continue;
                }

                // A row whose cells the page parts with tabs may be longer: a header row names its units ("الإيرادات (مليار دولار)").
                // Such a table ends at its first line without cells (a caption, a date under it).
                var row = HasTabbedCells(j);
                if ((tabbed && !row) || (Lines[j].WordCount > 8 && !row) || IsBody(j))
                {
                    break;
                }

                tabbed |= row;
                cells[j] = true;
            }
        }

        MarkUnintroducedTables(cells);
        return cells;
    }

    /// <summary>
    /// Marks the cells of a table the article sets between its paragraphs without a ":" to introduce it (under a question,
    /// "كم مدرسة مستأجرة في كل محافظة؟"): a run of short lines with a body paragraph both before and after it, in which a
    /// header row comes first and then a number stands alone every second or third line, three times or more ("المحافظة",
    /// "عدد المدارس", "العاصمة", "148", "الزرقاء", "97", …). A widget's counters have no header row.
    /// </summary>
    private void MarkUnintroducedTables(bool[] cells)
    {
        var run = new List<int>();
        for (var i = 0; i < Lines.Count; i++)
        {
            if (Lines[i].IsBlank)
            {
                continue;
            }

            if (Lines[i].WordCount <= 8 && !IsBody(i))
            {
                run.Add(i);
                continue;
            }

            if (run.Count >= MinTableRun && IsBody(i) && run[0] > 0 && PreviousNonBlank(run[0]) is var before and >= 0 && IsBody(before))
            {
                MarkColumns(run, cells);
            }

            run.Clear();
        }
    }

    /// <summary>Marks <paramref name="run"/> when its lone numbers fall every second or third line, three times or more.</summary>
    private void MarkColumns(List<int> run, bool[] cells)
    {
        var numbers = new List<int>();
        for (var k = 0; k < run.Count; k++)
        {
            if (LoneNumber().IsMatch(Lines[run[k]].Text))
            {
                numbers.Add(k);
            }
        }

        // A header row first, as many labels as the table has columns: a widget's counters ("فيسبوك", "124", …) and a most-read
        // list's views start on their first label's number.
        var stride = numbers.Count < 3 ? 0 : numbers[1] - numbers[0];
        if (stride is not (2 or 3) || numbers[0] < stride)
        {
            return;
        }

        for (var k = 2; k < numbers.Count; k++)
        {
            if (numbers[k] - numbers[k - 1] != stride)
            {
                return;
            }
        }

        foreach (var line in run)
        {
            cells[line] = true;
        }
    }

    /// <summary>Fewest lines of a table set between paragraphs without an introduction (a header and three rows of two).</summary>
    private const int MinTableRun = 6;

    /// <summary>A number alone on its line, as a table's cell holds it: "148", "12.5%", "1,200", "٣٤".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*[+\-−]?[0-9٠-٩][0-9٠-٩.,٫٬]*\s*%?\s*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex LoneNumber();

    /// <summary>True when line <paramref name="index"/> says nearly what the title says (<see cref="SameHeadline"/> of the words).</summary>
    // The line's key is the normalised text, so its tokens come from the key; the answer is kept (several rules ask it).
    public bool RepeatsTitle(int index) =>
        _repeatsTitle[index] ??= (!HasTooManyTokens(Lines[index].Key) && TitleCounts(index) is var (distinct, shared) && Overlap(shared, distinct, _titleTokens.Count) >= SameHeadline)
            || IsHeadlineWithoutSite(index);

    /// <summary>True when line <paramref name="index"/> is the title without the site's name after its bar, word for word.</summary>
    public bool IsHeadlineWithoutSite(int index) => _headlineKey is not null && string.Equals(Lines[index].Key.Trim(), _headlineKey, StringComparison.Ordinal);

    /// <summary>
    /// The folded title without the site's name after its bar (<see cref="HeadlineOf"/>), or null: a line equal to it is the
    /// headline printed again, though the name's words make the whole title's overlap fall short.
    /// </summary>
    private readonly string? _headlineKey;

    /// <summary>
    /// How many distinct folded tokens line <paramref name="index"/> has (<see cref="TopicWords.TokenSet"/>), and how many of
    /// them the title has (<see cref="TitleTokens"/>); computed once.
    /// </summary>
    /// <remarks>Each token is looked for among the distinct ones before it, so ask it of headline-sized lines.</remarks>
    public (int Distinct, int Shared) TitleCounts(int index) =>
        _titleCounts[index] ??= TopicWords.CountTokens(Lines[index].Key, _titleTokens, ref _tokenScratch);

    /// <summary>How many distinct folded tokens line <paramref name="index"/> has, and how many of them <paramref name="reference"/> has.</summary>
    public (int Distinct, int Shared) TokenCounts(int index, HashSet<string> reference) =>
        TopicWords.CountTokens(Lines[index].Key, reference, ref _tokenScratch);

    /// <summary><see cref="TopicWords.Overlap"/> from the counts: shared tokens over the larger of the two sets; 0 for an empty one.</summary>
    public static double Overlap(int shared, int distinct, int referenceCount) =>
        distinct == 0 || referenceCount == 0 ? 0 : (double)shared / Math.Max(distinct, referenceCount);

    /// <summary>The distinct folded tokens of the article's title (<see cref="TopicWords.TokenSet"/>).</summary>
    public HashSet<string> TitleTokens => _titleTokens;

    /// <summary>
    /// True when the key surely has too many distinct tokens to repeat the title: the overlap is at most title tokens / line
    /// tokens, so once that is below <see cref="SameHeadline"/> the answer is no. Distinct token hashes are a lower bound of the
    /// distinct tokens (a collision only undercounts), so the answer is exact; body paragraphs stop after a few words instead
    /// of building their token set.
    /// </summary>
    private bool HasTooManyTokens(string key)
    {
        if (_titleTokens.Count == 0)
        {
            return true; // no overlap with an empty title
        }

        _tokenHashes.Clear();
        var position = 0;
        while (TopicWords.NextToken(key, ref position, out var range))
        {
            if (_tokenHashes.Add(string.GetHashCode(key.AsSpan()[range])) && (double)_titleTokens.Count / _tokenHashes.Count < SameHeadline)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Word overlap (of the longer of the two) from which a line is the same headline.</summary>
    public const double SameHeadline = 0.75;

    /// <summary>Content words of line <paramref name="index"/> (computed once: the topic checks ask for them repeatedly).</summary>
    public IReadOnlySet<string> WordsOf(int index) => _words[index] ??= TopicWords.OfKey(Lines[index].Key);

    /// <summary>True when line <paramref name="index"/> is prose the article may end on.</summary>
    public bool IsProse(int index) => IsBody(index) || (!RepeatsTitle(index) && LineShape.IsProse(Lines[index].Text));

    /// <summary>
    /// True when the text from the body paragraph <paramref name="paragraph"/> on continues the article before
    /// <paramref name="before"/>: enough of its first paragraph's, or of all following paragraphs', content words already
    /// occur in the title and the paragraphs before.
    /// </summary>
    public bool ContinuesTopic(int before, int paragraph, out double restCoverage) =>
        ContinuesTopic(before, paragraph, SameTopicCoverage, RestTopicCoverage, out restCoverage);

    /// <summary>
    /// <see cref="ContinuesTopic(int, int, out double)"/> with the shares asked of the first paragraph
    /// (<paramref name="firstMinimum"/>) and of all following ones (<paramref name="restMinimum"/>).
    /// </summary>
    public bool ContinuesTopic(int before, int paragraph, double firstMinimum, double restMinimum, out double restCoverage)
    {
        var topic = new HashSet<string>(TitleWords, StringComparer.Ordinal);
        var rest = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Lines.Count; i++)
        {
            if (!IsKept(i) || !IsBody(i))
            {
                continue;
            }

            if (i < before)
            {
                topic.UnionWith(WordsOf(i));
            }
            else if (i >= paragraph)
            {
                rest.UnionWith(WordsOf(i));
            }
        }

        restCoverage = TopicWords.Coverage(rest, topic);
        var first = TopicWords.Coverage(WordsOf(paragraph), topic);
        // A share of a handful of words says nothing: the rest counts only when it has some substance.
        return first >= firstMinimum || (rest.Count >= 10 && restCoverage >= restMinimum);
    }

    /// <summary>Share of a paragraph's content words already in the article from which it continues the article.</summary>
    public const double SameTopicCoverage = 0.25;

    /// <summary>Share of all following paragraphs' content words already in the article from which they continue it.</summary>
    public const double RestTopicCoverage = 0.2;

    /// <summary>The nearest line after <paramref name="index"/> that is not blank, or -1.</summary>
    public int NextNonBlank(int index)
    {
        for (var j = index + 1; j < Lines.Count; j++)
        {
            if (!Lines[j].IsBlank)
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>The nearest line before <paramref name="index"/> that is not blank, or -1.</summary>
    public int PreviousNonBlank(int index)
    {
        for (var j = Math.Min(index, Lines.Count) - 1; j >= 0; j--)
        {
            if (!Lines[j].IsBlank)
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>The first kept line that is a body paragraph, or -1.</summary>
    public int FirstBodyParagraph(int from = 0)
    {
        for (var i = Math.Max(0, from); i < Lines.Count; i++)
        {
            if (IsKept(i) && IsBody(i))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The content words of the title and of the kept body paragraphs before line <paramref name="before"/>.</summary>
    public HashSet<string> WordsBefore(int before)
    {
        var words = new HashSet<string>(TitleWords, StringComparer.Ordinal);
        for (var j = 0; j < before && j < Lines.Count; j++)
        {
            if (IsKept(j) && IsBody(j))
            {
                words.UnionWith(WordsOf(j));
            }
        }

        return words;
    }

    /// <summary>The last kept line that is a body paragraph, or -1.</summary>
    public int LastBodyParagraph()
    {
        for (var i = Lines.Count - 1; i >= 0; i--)
        {
            if (IsKept(i) && IsBody(i))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The line above <paramref name="index"/> in its block, or -1 at the block's top; where the page sets every line apart
    /// (no lines in blocks), the previous line that is not blank. For widgets read line by line whatever the layout.
    /// </summary>
    public int LineAboveInBlock(int index) =>
        HasLineBlocks ? (index > 0 && !Lines[index - 1].IsBlank ? index - 1 : -1) : PreviousNonBlank(index);

    /// <summary>The line below <paramref name="index"/> in its block, or -1 at its end; the next line that is not blank where every line is its own paragraph.</summary>
    public int LineBelowInBlock(int index) =>
        HasLineBlocks ? (index + 1 < Lines.Count && !Lines[index + 1].IsBlank ? index + 1 : -1) : NextNonBlank(index);

    /// <summary>The last kept line before <paramref name="index"/> that is not blank (removed lines passed over), or -1.</summary>
    public int PreviousKeptLine(int index)
    {
        for (var i = Math.Min(index, Lines.Count) - 1; i >= 0; i--)
        {
            if (IsKept(i))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The first kept line after <paramref name="index"/> that is not blank (removed lines passed over), or -1.</summary>
    public int NextKeptLine(int index)
    {
        for (var i = index + 1; i < Lines.Count; i++)
        {
            if (IsKept(i) && !Lines[i].IsBlank)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The last kept line that reads as a sentence, or -1.</summary>
    public int LastSentence()
    {
        for (var i = Lines.Count - 1; i >= 0; i--)
        {
            if (IsKept(i) && IsProse(i))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The spans removed by rule <paramref name="ruleId"/>.</summary>
    public IReadOnlyList<Removal> Removals(string ruleId) => [.. Removals().Where(r => string.Equals(r.RuleId, ruleId, StringComparison.Ordinal))];

    /// <summary>The removed spans, adjacent lines removed by one rule for one reason merged into one span.</summary>
    public IReadOnlyList<Removal> Removals()
    {
        var removals = new List<Removal>();
        int? blockStart = null;
        var blockEnd = 0;
        string? rule = null, reason = null;
        for (var i = 0; i < Lines.Count; i++)
        {
            var line = Lines[i];
            if (line.IsBlank)
            {
                continue;
            }

            var by = _removedBy[i];
            if (blockStart is not null && (by is null || !string.Equals(by, rule, StringComparison.Ordinal) || !string.Equals(_reasons[i], reason, StringComparison.Ordinal)))
            {
                removals.Add(new Removal(rule!, blockStart.Value, blockEnd - blockStart.Value, reason!));
                blockStart = null;
            }

            if (by is not null)
            {
                if (blockStart is null)
                {
                    blockStart = line.Start;
                    rule = by;
                    reason = _reasons[i];
                }

                blockEnd = line.Start + line.Length;
            }
        }

        if (blockStart is not null)
        {
            removals.Add(new Removal(rule!, blockStart.Value, blockEnd - blockStart.Value, reason!));
        }

        return removals;
    }

    private static List<DocumentLine> Split(string text)
    {
        var lines = new List<DocumentLine>();
        var start = 0;
        while (true)
        {
            // The next line break found vectorised, not by testing each character: the same lines, a fraction of the cost.
            var found = text.AsSpan(start).IndexOfAny(LineBreaks);
            var i = found < 0 ? text.Length : start + found;
            var display = ParagraphNormalizer.NormalizeLine(text.AsSpan(start, i - start));
            lines.Add(new DocumentLine(lines.Count, start, i - start, display, ArabicNormalizer.Normalize(display)));
            if (i >= text.Length)
            {
                return lines;
            }

            if (i < text.Length - 1 && text[i] == '\r' && text[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }
    }

    /// <summary>What ends a line: the Unicode line and paragraph separators besides CR and LF.</summary>
    internal static readonly System.Buffers.SearchValues<char> LineBreaks = System.Buffers.SearchValues.Create("\n\r\u2028\u2029\u0085");
}

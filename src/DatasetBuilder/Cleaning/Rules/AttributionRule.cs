using System.Text.RegularExpressions;

namespace DatasetBuilder.Cleaning.Rules;

/// <summary>Removes attribution lines ("المصدر: تاس", "نقلا عن …", "Source: …") and moves the named origin into the agency.</summary>
internal sealed partial class AttributionRule : CleaningRule
{
    public override string Id => CleaningRules.Attribution;

    public override string Description => "attribution lines (\"المصدر: …\", \"نقلا عن …\", \"هذا الخبر منقول من …\"), moved into the agency, and feed footers (\"ظهرت المقالة … أولاً على …\")";

    protected override void Run(CleaningDocument document)
    {
        foreach (var i in document.Kept())
        {
            var text = document.Lines[i].Text;
            if (document.Lines[i].WordCount <= 40 && FeedFooter().Match(document.Lines[i].Key) is { Success: true } feed && !(feed.Groups["copied"].Success && IsVerdict(document, i)))
            {
                // "ظهرت المقالة … أولاً على …" (a feed's republishing footer), "هذا الخبر منقول من …" and "تمّ نقل هذا الخبر آليا من
                // موقع …" (an aggregator's).
                document.Remove(i, Id, "republishing footer naming where the article first appeared");
                if (feed.Groups["copied"].Success)
                {
                    document.Agency ??= CopiedFrom(text);
                }

                continue;
            }

            if (document.Lines[i].WordCount > 10 || LineShape.EndsSentence(text))
            {
                continue;
            }

            // A sources label also heads a section of the article's own ("المصادر" over "تقول الباحثة إن أصعب ما واجه الفريق …
            // المصادر التي يحيل إليها"): it goes with the titles under it, or alone where no paragraph of the article follows it.
            if (IsSourcesLabel(document.Lines[i].Key) && i > document.FirstBodyParagraph())
            {
                if (RemoveSourceList(document, i) > 0 || (IsSourceWord(document.Lines[i].Key) && !(document.NextNonBlank(i) is var after && after >= 0 && document.IsKept(after) && document.IsBody(after))))
                {
                    document.Remove(i, Id, "the label of the article's list of sources");
                }

                continue;
            }

            var match = Attribution().Match(text);
            if (!match.Success)
            {
                // Without its colon, "المصدر" names a source only when an agency follows ("المصدر رويترز"); "المصدر أونلاين" is a site.
                match = UncolonedSource().Match(text);
                if (!match.Success || !BylineRule.Agencies.Contains(Text.ArabicNormalizer.Normalize(match.Groups["origin"].Value.Trim(OriginEdges)), StringComparer.Ordinal))
                {
                    continue;
                }
            }

            var origin = match.Groups["origin"].Value.Trim(OriginEdges);
            document.Remove(i, Id, "attribution line");
            // The site's own story under its name ("صيدا أون لاين - خاص") names no agency either.
            if (origin.Length > 0 && !NoOrigin.Contains(Text.ArabicNormalizer.Normalize(origin))
                && !NoOrigin.Contains(Text.ArabicNormalizer.Normalize(origin.Split(OriginParts, StringSplitOptions.TrimEntries)[^1])))
            {
                document.Agency ??= origin;
            }
        }
    }

    /// <summary>
    /// Removes the titles a bare "المصادر" label heads after the article (the reports and pages it drew on, often in English)
    /// and returns how many: the lines of the label's block or, where every line is its own paragraph, the lines after it
    /// that are no paragraph. A title ends on no full stop; a line that does, or opens as running text does ("وقال …"), is
    /// the article's own and ends the list.
    /// </summary>
    private int RemoveSourceList(CleaningDocument document, int label)
    {
        var titles = new List<int>();
        for (var j = document.LineBelowInBlock(label); j >= 0 && titles.Count < MaxSourceTitles; j = document.LineBelowInBlock(j))
        {
            var line = document.Lines[j];
            var note = OpensWithNoteMark(line.Text) && IsReference(line.Text);
            if (!document.IsKept(j) || line.WordCount > MaxSourceTitleWords || LineShape.OpensRunningText(line.Text) || LineShape.ContinuesIntoNext(line.Text)
                || (LineShape.EndsSentence(line.Text) && !LineShape.EndsWithQuestion(line.Text) && !note) || (!document.HasLineBlocks && document.IsBody(j) && !note))
            {
                break;
            }

            titles.Add(j);
        }

        // A list the article goes on after (in the same block, or at all where every line is its own paragraph) is a section
        // of its own: its titles are the article's words.
        var end = titles.Count > 0 ? titles[^1] : label;
        if (document.HasLineBlocks
            ? end + 1 < document.Lines.Count && !document.Lines[end + 1].IsBlank && document.IsKept(end + 1) && document.IsBody(end + 1)
            : document.FirstBodyParagraph(end + 1) >= 0)
        {
            return 0;
        }

        foreach (var j in titles)
        {
            document.Remove(j, Id, "a source the article lists under its sources label");
        }

        return titles.Count;
    }

    /// <summary>
    /// True when a footnote reads as a reference: it names a year or a page ("…، آذار 2025.", "…، ص 18."), where an article's
    /// numbered points ("(1) لا يمكن الحديث عن إصلاح حقيقي …") do not.
    /// </summary>
    private static bool IsReference(string text) => ReferenceMarks().IsMatch(text);

    [GeneratedRegex(@"(?:^|[\s،,(])(?:19|20)[0-9]{2}(?:$|[\s،,.)–-])|(?:^|\s)ص\.?\s*[0-9٠-٩]+", RegexOptions.CultureInvariant)]
    private static partial Regex ReferenceMarks();

    /// <summary>True when the line opens with a footnote's mark ("[1] وزارة المياه والري، …، ص 18."), which ends on a stop as a title does not.</summary>
    private static bool OpensWithNoteMark(string text) => NoteMark().IsMatch(text);

    [GeneratedRegex(@"^\s*[\[(]\s*[0-9٠-٩]{1,3}\s*[\])]", RegexOptions.CultureInvariant)]
    private static partial Regex NoteMark();

    /// <summary>Most titles a list of sources is taken to hold.</summary>
    private const int MaxSourceTitles = 12;

    /// <summary>Most words of a title in a list of sources.</summary>
    private const int MaxSourceTitleWords = 30;

    /// <summary>A bare label naming sources ("المصادر", "Source:"), not references or notes ("المراجع", "الهوامش").</summary>
    private static bool IsSourceWord(string key) => SourceWords.Contains(key.Trim().TrimEnd(':', '：', '-', '–').Trim());

    private static readonly HashSet<string> SourceWords = Lexicon.Set(["المصدر", "المصادر", "مصدر الخبر", "source", "sources"]);

    /// <summary>A bare label heading a list of sources ("المصادر", "المراجع:", "Sources").</summary>
    private static bool IsSourcesLabel(string key) => SourcesLabels.Contains(key.Trim().TrimEnd(':', '：', '-', '–').Trim());

    private static readonly HashSet<string> SourcesLabels = Lexicon.Set(["المصادر", "المراجع", "مصادر", "مراجع", "المصادر والمراجع", "sources", "references", "الهوامش", "هوامش", "الحواشي", "footnotes", "notes"]);

    /// <summary>True when the line is a short attribution line ("المصدر: تاس").</summary>
    internal static bool IsAttribution(string text) => LineShape.WordCount(text) <= 10 && !LineShape.EndsSentence(text) && Attribution().IsMatch(text);

    private static readonly char[] OriginEdges = [' ', '.', ':', '-'];

    /// <summary>
    /// Folded words a source line may give that name no origin: the site's own story ("المصدر: خاص"), a digest of others'
    /// ("متابعات"), the internet at large ("مواقع التواصل").
    /// </summary>
    private static readonly HashSet<string> NoOrigin = Lexicon.Set(["خاص", "حصري", "متابعات", "متابعة", "مواقع", "مواقع التواصل", "مواقع التواصل الاجتماعي", "مواقع إلكترونية", "الإنترنت", "انترنت", "منصات التواصل"]);

    /// <summary>What parts a source line's origin: the site and "خاص" ("صيدا أون لاين - خاص").</summary>
    private static readonly string[] OriginParts = [" - ", " – ", " — ", " / ", " | "];

    private static readonly char[] CopiedFromEdges = [' ', '.', ':'];

    private static readonly char[] ClauseBreaks = ['،', ',', '؛'];

    /// <summary>The site after "منقول من/عن" as written, or null.</summary>
    private static string? CopiedFrom(string text)
    {
        var at = text.IndexOf("منقول", StringComparison.Ordinal);
        var words = at < 0 ? [] : text[(at + "منقول".Length)..].Trim(CopiedFromEdges).Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        // The site's name ends at the note's next clause ("… من موقع اليوم السابع، ولا يتحمل موقعنا أي مسؤولية …").
        return words.Length == 2 ? words[1].Split(ClauseBreaks, 2)[0].Trim(CopiedFromEdges) : null;
    }

    /// <summary>
    /// True when a "الخبر منقول عن …" line goes on past the place it names into a clause of its own ("… عن صفحة ساخرة على
    /// فيسبوك، ولا أساس له من الصحة.") and the article goes on after it: a fact-check's verdict, not an aggregator's note of
    /// where it copied the article from, whose clause disclaims ("… من موقع اليوم السابع، ولا يتحمل موقعنا أي مسؤولية").
    /// </summary>
    private static bool IsVerdict(CleaningDocument document, int index)
    {
        var text = document.Lines[index].Text;
        var copied = text.IndexOf("منقول", StringComparison.Ordinal);
        return copied >= 0 && text.AsSpan(copied).IndexOfAny('،', ',', '؛') >= 0 && !Lexicon.ContainsAny(document.Lines[index].Key, CopyNoteWords)
            && document.NextKeptLine(index) is var next && next >= 0 && document.IsBody(next);
    }

    /// <summary>What an aggregator's copy note says in its clause and a verdict does not: its disclaimer, its link.</summary>
    private static readonly string[] CopyNoteWords = Lexicon.List(["مسؤولية", "مسئولية", "يتحمل", "رابط", "المصدر"]);

    /// <summary>Republishing footers, matched on the matching key.</summary>
    [GeneratedRegex(@"^(?:ظهرت المقاله\s.+\sاولا علي\s.+|the post\s.+\sappeared first on\s.+|(?<copied>(?:هذا\s+)?(?:الخبر|المقال|الموضوع|المحتوي)\s+منقول\s+(?:من|عن)\s.+)|[*\s]*(?:ملاحظه\s*:\s*)?(?:(?:تم\s+)?نقل\s+هذا\s+(?:الخبر|المقال|الموضوع|المحتوي)|هذا\s+(?:الخبر|المقال|الموضوع|المحتوي)\s+تم\s+نقله)\s+(?:(?:اليا|تلقائيا)\s+(?:من|عن)\s.+|(?:من|عن)\s+موقع\s.+))$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex FeedFooter();

    // Matched on the stored text: hamza and diacritic variants of the cue words are spelled out.
    [GeneratedRegex(@"^\s*(?:المصدر|مصدر\s+الخبر)\s+(?<origin>.+)$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex UncolonedSource();

    // "المصدر" and "source" need their colon or dash: "المصدر أونلاين" is a Yemeni site's name, not a source line.
    [GeneratedRegex(@"^\s*(?:(?:المصدر|مصدر\s+الخبر|المصادر|source)\s*[:：\-–]|(?:نقلا\s+عن|نقلاً\s+عن|نقلًا\s+عن|via)\s*[:：\-–]?)\s*(?<origin>.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex Attribution();
}

using System.Text.RegularExpressions;

namespace DatasetBuilder.Cleaning;

/// <summary>
/// The entries of a live page ("مباشر: عاصفة ثلجية …"), each opened by its time alone on a line ("16:20"), then its heading,
/// then its text. The entries' topics differ as the day's events do, so an entry's heading is no new article's header, and the
/// first entry's heading is no kicker above the lead. A list of other headlines with their times ("10:58 ص" over a headline,
/// then the next time) is no live page: no paragraph follows its headlines.
/// </summary>
internal static partial class LiveEntries
{
    /// <summary>Fewest entries, each a time, a heading and a paragraph, that make a page live.</summary>
    private const int MinEntries = 2;

    /// <summary>Fewest entries that make the first line under a time the first entry's heading.</summary>
    private const int MinPageEntries = 3;

    /// <summary>Most words of an entry's heading.</summary>
    private const int MaxHeadingWords = 20;

    /// <summary>True when <paramref name="line"/> is only a time of day ("16:20", "10:15 ص", "الساعة 14:05 GMT").</summary>
    public static bool IsStamp(DocumentLine line) =>
        line.WordCount <= 4 && line.Key.Contains(':', StringComparison.Ordinal) && Stamp().IsMatch(line.Key);

    /// <summary>
    /// True when line <paramref name="index"/> is an entry's heading: a short line that is no paragraph, with a time alone on
    /// the line above it and a paragraph of the article under it.
    /// </summary>
    public static bool IsHeading(CleaningDocument document, int index) =>
        !document.Lines[index].IsBlank && document.Lines[index].WordCount <= MaxHeadingWords && !document.IsBody(index)
        && document.PreviousNonBlank(index) is var stamp and >= 0 && IsStamp(document.Lines[stamp])
        && document.NextNonBlank(index) is var text and >= 0 && document.IsBody(text);

    /// <summary>
    /// True when the entry whose time is line <paramref name="stamp"/> is one of a live page's: another entry before it and
    /// one after it, or two before it. A page's last block under a time with only one entry before it (a time over a kicker
    /// above the lead, a video's duration over its title) is as often a glued article, which the entries' test cannot tell;
    /// the glued article's own test decides then. Entries removed already (as a glued article) do not count.
    /// </summary>
    public static bool IsAmongEntries(CleaningDocument document, int stamp)
    {
        var (before, after) = (0, 0);
        foreach (var entry in EntryStamps(document))
        {
            if (entry != stamp)
            {
                _ = entry < stamp ? before++ : after++;
            }
        }

        return (before >= 1 && after >= 1) || before >= MinEntries;
    }

    /// <summary>
    /// True when the page holds at least <see cref="MinPageEntries"/> entries with a time and a heading over their text, not
    /// removed already (as a glued article). Two are not enough to call the first line under a time an entry's heading: a
    /// time over the standfirst and a glued article under its own time read the same.
    /// </summary>
    public static bool IsLivePage(CleaningDocument document) => EntryStamps(document).Take(MinPageEntries).Count() >= MinPageEntries;

    /// <summary>The lines of the page's entries' times, in order: each over a kept heading with a paragraph under it.</summary>
    private static IEnumerable<int> EntryStamps(CleaningDocument document)
    {
        for (var i = 1; i < document.Lines.Count; i++)
        {
            if (IsStamp(document.Lines[i - 1]) && IsHeading(document, i) && document.IsKept(i))
            {
                yield return i - 1;
            }
        }
    }

    /// <summary>A time of day, folded, with its half of the day or its zone.</summary>
    [GeneratedRegex(@"^(?:الساعه\s*)?\d{1,2}:\d{2}(?:\s*(?:ص|م|صباحا|مساء|am|pm|gmt|utc|بتوقيت\s+\S+))?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Stamp();
}

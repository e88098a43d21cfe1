using System.Text.RegularExpressions;

namespace DatasetBuilder.Cleaning.Rules;

/// <summary>
/// Removes an episode's chapter list under its label ("فصول الحلقة" over "00:00 مقدمة", "01:48 …"). The removals are recorded
/// under the rule that asks (<see cref="NavigationRule"/>).
/// </summary>
internal sealed partial class ChapterLists(string ruleId)
{
    private readonly string _ruleId = ruleId;

    /// <summary>Fewest entries of an episode's chapter list.</summary>
    private const int MinChapters = 3;

    /// <summary>
    /// Removes an episode's chapter list: under its label ("فصول الحلقة"), lines that each open with the time a chapter
    /// starts, the first at "00:00" ("00:00 مقدمة", "01:48 أم خالد والخزان على السطح"), three or more. A live page's entries
    /// open on the clock's time of day, and have no such label.
    /// </summary>
    public void RemoveChapterLists(CleaningDocument document)
    {
        for (var i = 0; i < document.Lines.Count; i++)
        {
            if (document.Lines[i].IsBlank || !document.IsKept(i) || !ChapterStart().IsMatch(document.Lines[i].Text))
            {
                continue;
            }

            var chapters = new List<int> { i };
            for (var j = document.NextNonBlank(i); j >= 0 && document.IsKept(j) && ChapterEntry().IsMatch(document.Lines[j].Text); j = document.NextNonBlank(j))
            {
                chapters.Add(j);
            }

            // Under its label ("فصول الحلقة", "محاور الحلقة"): a live page that opens at midnight ("00:00 بدء الاحتفالات") has none.
            if (chapters.Count < MinChapters || document.PreviousNonBlank(i) is not (var label and >= 0) || document.Lines[label].WordCount > 3
                || !IsChapterLabel(document.Lines[label].Key))
            {
                continue;
            }

            if (document.IsKept(label))
            {
                document.Remove(label, _ruleId, "an episode's chapter list (its label)");
            }

            foreach (var chapter in chapters)
            {
                document.Remove(chapter, _ruleId, "an episode's chapter list (each chapter's start time and title)");
            }

            i = chapters[^1];
        }
    }

    /// <summary>
    /// True when the label names an episode's chapters: "فصول الحلقة", "Chapters", or "محاور"/"توقيتات" with the episode named
    /// ("محاور الحلقة"). "توقيتات الإطلاق" over a launch's timeline and "محاور الاحتفال" over a programme are the article's.
    /// </summary>
    private static bool IsChapterLabel(string key)
    {
        var words = TopicWords.Tokens(key).ToList();
        return words.Exists(ChapterWords.Contains) || (words.Exists(SectionWords.Contains) && words.Exists(EpisodeWords.Contains));
    }

    private static readonly HashSet<string> ChapterWords = Lexicon.Set(["فصول", "الفصول", "chapters", "timestamps"]);

    private static readonly HashSet<string> SectionWords = Lexicon.Set(["محاور", "المحاور", "توقيتات", "التوقيتات"]);

    private static readonly HashSet<string> EpisodeWords = Lexicon.Set(["الحلقة", "حلقة", "الحلقات", "البودكاست", "episode", "podcast"]);

    /// <summary>An episode's first chapter: "00:00" and its title.</summary>
    [GeneratedRegex(@"^\s*(?:00:)?0?0:00\s+\S", RegexOptions.CultureInvariant)]
    private static partial Regex ChapterStart();

    /// <summary>A chapter: its start time ("01:48", "1:02:10") and its title.</summary>
    [GeneratedRegex(@"^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}\s+\S", RegexOptions.CultureInvariant)]
    private static partial Regex ChapterEntry();
}

using System.Text.RegularExpressions;
using DatasetBuilder.Text;

namespace DatasetBuilder.Importing;

/// <summary>
/// Reads a byline line such as "وكالات – الثورة – حرر التقرير الإخباري ريم صالح:" or "بقلم: أحمد علي": segments separated
/// by dashes or bars, each an agency, an author cue with a name, or a short site name. A line with any long unclassified
/// segment is a sentence, not a byline.
/// </summary>
public static partial class BylineParser
{
    private const int MaxLineLength = 160;
    private const int MaxSiteNameWords = 3;
    private const int MaxNameWords = 5;

    public static bool TryParse(string line, out Byline byline)
    {
        ArgumentNullException.ThrowIfNull(line);
        byline = new Byline([], null);
        var trimmed = line.Trim();
        if (trimmed.Length == 0 || trimmed.Length > MaxLineLength)
        {
            return false;
        }

        var authors = new List<string>();
        string? agency = null;
        var pendingCue = false;
        foreach (var raw in Separator().Split(trimmed))
        {
            var segment = raw.Trim().TrimEnd(':', '：', '.').Trim();
            if (segment.Length == 0)
            {
                continue;
            }

            if (CueAlone().IsMatch(segment))
            {
                pendingCue = true; // "كتب - محمود حسن": the names are the next segment
                continue;
            }

            var cue = AuthorCue().Match(pendingCue ? "بقلم " + segment : segment);
            pendingCue = false;
            if (cue.Success)
            {
                var names = NameSeparator().Split(cue.Groups["names"].Value).Select(static n => n.Trim()).Where(static n => n.Length > 0).ToList();
                if (names.Count == 0 || names.Any(static n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxNameWords))
                {
                    return false;
                }

                foreach (var name in names.Where(n => !authors.Contains(n, StringComparer.Ordinal)).ToList())
                {
                    authors.Add(name);
                }
            }
            else if (AgencyNames.IsAgency(segment))
            {
                agency ??= segment;
            }
            else if (ArabicNormalizer.Normalize(segment).Split(' ').Length > MaxSiteNameWords)
            {
                return false;
            }
        }

        if (authors.Count == 0 && agency is null)
        {
            return false;
        }

        byline = new Byline(authors, agency);
        return true;
    }

    [GeneratedRegex(@"\s+[–—\-|]\s+|^[–—\-|]\s*|\s*[–—\-|]$", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    [GeneratedRegex(@"^(?:حرر(?:ت)?\s+التقرير(?:\s+الإخباري|\s+الاخباري)?|بقلم|كتابة|كتبت|كتبه|كتب|حررت|حرره|حرر|تحرير|إعداد|اعداد|تقرير|by)\s*[:：]?\s+(?<names>\S.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AuthorCue();

    [GeneratedRegex(@"^(?:حرر(?:ت)?\s+التقرير(?:\s+الإخباري|\s+الاخباري)?|بقلم|كتابة|كتبت|كتبه|كتب|حررت|حرره|حرر|تحرير|إعداد|اعداد|تقرير|by)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CueAlone();

    [GeneratedRegex(@"\s*[،,]\s*|\s+و\s+|\s+and\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NameSeparator();
}

using System.Text.RegularExpressions;
using DatasetBuilder.Model;
using DatasetBuilder.Text;

namespace DatasetBuilder.Importing;

/// <summary>
/// Infers a raw scraped text's metadata from where news pages put it: the headline is the first line that reads like
/// one (navigation tokens such as "Ru En" are skipped); the lines between it and the first body paragraph may hold a
/// subtitle (directly under the headline), a date line and a byline (a date line may also sit above the headline); a
/// wire dateline may open the body; the last lines may hold a "source:" credit.
/// Only those places are read, so a date or agency mentioned in the body or in an appended headline list is never taken.
/// </summary>
public static partial class RawTextMetadataInferrer
{
    /// <summary>How many lines after the headline may still be header (date, byline, subtitle, captions, widgets).</summary>
    private const int HeaderLines = 10;

    /// <summary>A line this long (in words) is body text, which ends the header.</summary>
    private const int BodyWords = 20;

    private const int MinHeadlineWords = 3;
    private const int MaxHeadlineLength = 300;
    private const int TrailerLines = 6;

    /// <summary>A "source:" credit longer than this is a sentence, not a name.</summary>
    private const int MaxCreditWords = 4;

    public static InferredMetadata Infer(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n').Select(static l => l.Trim()).Where(static l => l.Length > 0 && !IsBlank(l)).ToList();
        var titleIndex = lines.FindIndex(IsHeadline);
        if (titleIndex < 0)
        {
            return new InferredMetadata { Agency = FindSourceCredit(lines) };
        }

        var title = lines[titleIndex];
        string? subtitle = null;
        PartialDate? published = null;
        var authors = new List<string>();
        string? agency = null;
        for (var i = titleIndex + 1; i < lines.Count && i <= titleIndex + HeaderLines; i++)
        {
            var line = lines[i];
            if (WordCount(line) >= BodyWords)
            {
                agency ??= WireDatelineAgency(line);
                break;
            }

            if (PublicationDateLine.IsDateLine(line, out _))
            {
                published ??= PublicationDateLine.TryRead(line, out var date) ? date : null;
            }
            else if (BylineParser.TryParse(line, out var byline))
            {
                authors.AddRange(byline.Authors.Where(a => !authors.Contains(a, StringComparer.Ordinal)).ToList());
                agency ??= byline.Agency;
            }
            else if (i == titleIndex + 1 && IsSubtitle(line, title))
            {
                subtitle = line;
            }
        }

        // Some pages put the date line above the headline, among the navigation.
        for (var i = 0; i < titleIndex && published is null; i++)
        {
            published = PublicationDateLine.TryRead(lines[i], out var date) ? date : null;
        }

        return new InferredMetadata
        {
            Title = title,
            Subtitle = subtitle,
            Published = published,
            Authors = authors,
            Agency = agency ?? FindSourceCredit(lines),
        };
    }

    /// <summary>A headline: a few words of letters, not a date, not a whole paragraph.</summary>
    private static bool IsHeadline(string line) =>
        line.Length <= MaxHeadlineLength && LetterWordCount(line) >= MinHeadlineWords && WordCount(line) < BodyWords
        && !PublicationDateLine.IsDateLine(line, out _);

    /// <summary>A second headline directly under the first: headline-shaped, not a sentence ending in "." or ":", not the headline again.</summary>
    private static bool IsSubtitle(string line, string title) =>
        IsHeadline(line) && !line.EndsWith('.') && !line.EndsWith(':')
        && !string.Equals(ArabicNormalizer.Normalize(line), ArabicNormalizer.Normalize(title), StringComparison.Ordinal);

    /// <summary>"المصدر: تاس" among the last lines credits the originating agency.</summary>
    private static string? FindSourceCredit(List<string> lines)
    {
        for (var i = lines.Count - 1; i >= 0 && i >= lines.Count - TrailerLines; i--)
        {
            var m = SourceCredit().Match(lines[i]);
            if (!m.Success)
            {
                continue;
            }

            // The line says outright who the story comes from; any short name there is the credit, not only known agencies.
            var credit = m.Groups["agency"].Value.Trim();
            if (AgencyNames.IsAgency(credit) || (WordCount(credit) <= MaxCreditWords && !credit.Contains("://", StringComparison.Ordinal) && !credit.Contains("www.", StringComparison.OrdinalIgnoreCase)))
            {
                return credit;
            }
        }

        return null;
    }

    /// <summary>The agency of a wire dateline opening the first paragraph: "موسكو (رويترز) - قال …"; only a known agency counts.</summary>
    private static string? WireDatelineAgency(string firstParagraph)
    {
        var m = WireDateline().Match(firstParagraph);
        return m.Success && AgencyNames.IsAgency(m.Groups["agency"].Value) ? m.Groups["agency"].Value.Trim() : null;
    }

    private static bool IsBlank(string line) => line.All(static c => char.IsWhiteSpace(c) || InvisibleCharacters.IsNoBreakSpace(c) || InvisibleCharacters.IsInvisibleFormatting(c));

    private static int WordCount(string line) => line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static int LetterWordCount(string line) =>
        line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(static w => w.Count(char.IsLetter) >= 2);

    [GeneratedRegex(@"^(?:المصدر|المصادر|مصدر الخبر|source)\s*[:：]\s*(?<agency>.+)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SourceCredit();

    [GeneratedRegex(@"^[^()\n]{1,40}\((?<agency>[^()]{2,30})\)\s*[-–—:]", RegexOptions.CultureInvariant)]
    private static partial Regex WireDateline();
}

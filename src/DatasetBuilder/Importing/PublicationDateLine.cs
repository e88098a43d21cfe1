using System.Text.RegularExpressions;
using DatasetBuilder.Model;
using DatasetBuilder.Text;

namespace DatasetBuilder.Importing;

/// <summary>
/// Reads a publication date from a line that is just a date: an Arabic date line (see <see cref="ArabicDateParser.IsDateLine"/>)
/// or an ISO 8601 date or date-time as CMS templates print them (<c>2022-01-08</c>, <c>2022-01-08T10:00:00Z</c>; the
/// calendar date as written, in the publisher's offset, as <see cref="PublishedDateParser"/> reads metadata). A line that
/// only gives the last update ("آخر تحديث: …") is not a publication date: the article may be older, and a guessed date is
/// worse than none. A line giving both ("نشر في: … | آخر تحديث: …") gives the first, the publication.
/// </summary>
public static partial class PublicationDateLine
{
    private static readonly string[] UpdateMarkers = ["تحديث", "محدث", "updated", "update"];
    private static readonly string[] PublicationMarkers = ["نشر", "published"];

    /// <summary>True for a line that is just a date, whether it gives the publication or only the last update.</summary>
    public static bool IsDateLine(string line, out PartialDate date)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (ArabicDateParser.IsDateLine(line, out date))
        {
            return true;
        }

        var iso = IsoDateLine().Match(line.Trim());
        if (iso.Success && PartialDate.TryParse(iso.Groups["date"].Value, out var day))
        {
            date = day.Value;
            return true;
        }

        return false;
    }

    public static bool TryRead(string line, out PartialDate date)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (!IsDateLine(line, out date))
        {
            return false;
        }

        var key = ArabicNormalizer.Normalize(line);
        var updateOnly = UpdateMarkers.Any(m => key.Contains(m, StringComparison.Ordinal)) && !PublicationMarkers.Any(m => key.Contains(m, StringComparison.Ordinal));
        return !updateOnly;
    }

    /// <summary>A whole line holding one ISO 8601 day, optionally with a time and an offset; never a bare year or month (too ambiguous on a line of its own).</summary>
    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDateLine();
}

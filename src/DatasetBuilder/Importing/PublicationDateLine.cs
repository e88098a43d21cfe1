using DatasetBuilder.Model;
using DatasetBuilder.Text;

namespace DatasetBuilder.Importing;

/// <summary>
/// Reads a publication date from a line that is just a date (see <see cref="ArabicDateParser.IsDateLine"/>). A line that
/// only gives the last update ("آخر تحديث: …") is not a publication date: the article may be older, and a guessed date is
/// worse than none. A line giving both ("نشر في: … | آخر تحديث: …") gives the first, the publication.
/// </summary>
public static class PublicationDateLine
{
    private static readonly string[] UpdateMarkers = ["تحديث", "محدث", "updated", "update"];
    private static readonly string[] PublicationMarkers = ["نشر", "published"];

    public static bool TryRead(string line, out PartialDate date)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (!ArabicDateParser.IsDateLine(line, out date))
        {
            return false;
        }

        var key = ArabicNormalizer.Normalize(line);
        var updateOnly = UpdateMarkers.Any(m => key.Contains(m, StringComparison.Ordinal)) && !PublicationMarkers.Any(m => key.Contains(m, StringComparison.Ordinal));
        return !updateOnly;
    }
}

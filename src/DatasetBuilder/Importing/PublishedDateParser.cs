using System.Text.RegularExpressions;
using DatasetBuilder.Model;
using DatasetBuilder.Text;

namespace DatasetBuilder.Importing;

/// <summary>
/// Reads a publication date from a metadata value: ISO 8601 (<c>2022-01-08</c>, <c>2022-01-08T10:00:00+06:00</c>,
/// <c>2022-01</c>) or an Arabic date expression. The calendar date is taken as written, in the publisher's own offset:
/// converting to UTC would move late-evening articles to the next day.
/// </summary>
public static partial class PublishedDateParser
{
    public static PartialDate? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var iso = IsoPrefix().Match(value.Trim());
        if (iso.Success && PartialDate.TryParse(iso.Groups["date"].Value, out var date))
        {
            return date;
        }

        var found = ArabicDateParser.FindAll(value);
        return found.Count > 0 ? found[0].Date : null;
    }

    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}(?:-\d{2})?)(?:$|[T\s])", RegexOptions.CultureInvariant)]
    private static partial Regex IsoPrefix();
}

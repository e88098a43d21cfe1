using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace DatasetBuilder.Model;

/// <summary>
/// A publication date that may be known only to the year or month (<c>YYYY</c>, <c>YYYY-MM</c>, <c>YYYY-MM-DD</c>).
/// Unknown parts are never invented: a month-precision date is not "the first of the month".
/// </summary>
public readonly record struct PartialDate
{
    private PartialDate(int year, int? month, int? day)
    {
        Year = year;
        Month = month;
        Day = day;
    }

    public int Year { get; }

    public int? Month { get; }

    public int? Day { get; }

    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>The earliest calendar day the date can denote; what the Parquet DATE column stores.</summary>
    public DateOnly EarliestDay => new(Year, Month ?? 1, Day ?? 1);

    public static PartialDate FromDay(DateOnly day) => new(day.Year, day.Month, day.Day);

    public static PartialDate FromMonth(int year, int month) =>
        month is < 1 or > 12 ? throw new ArgumentOutOfRangeException(nameof(month)) : new(year, month, null);

    public static PartialDate FromYear(int year) =>
        year is < 1 or > 9999 ? throw new ArgumentOutOfRangeException(nameof(year)) : new(year, null, null);

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>; false for anything else, including impossible days.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out PartialDate? date)
    {
        date = null;
        if (text is null)
        {
            return false;
        }

        switch (text.Length)
        {
            case 4 when TryNumber(text, 0, 4, out var y) && y >= 1:
                date = new PartialDate(y, null, null);
                return true;
            case 7 when text[4] == '-' && TryNumber(text, 0, 4, out var y) && y >= 1 && TryNumber(text, 5, 2, out var m) && m is >= 1 and <= 12:
                date = new PartialDate(y, m, null);
                return true;
            case 10 when DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d):
                date = FromDay(d);
                return true;
            default:
                return false;
        }
    }

    public override string ToString() => Precision switch
    {
        DatePrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
    };

    private static bool TryNumber(string text, int start, int length, out int value)
    {
        value = 0;
        for (var i = start; i < start + length; i++)
        {
            var c = text[i];
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}

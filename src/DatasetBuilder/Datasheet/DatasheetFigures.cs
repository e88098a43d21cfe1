using DatasetBuilder.Writing;

namespace DatasetBuilder.Datasheet;

/// <summary>The figures the card computes from the released rows (never typed by hand). Every grouping is ordered ordinally.</summary>
public sealed record DatasheetFigures
{
    public required int Rows { get; init; }

    /// <summary>The uncompressed size of the rows (<see cref="SplitSize"/>): the card's <c>num_bytes</c> and <c>dataset_size</c>.</summary>
    public long SplitBytes { get; init; }

    /// <summary>Articles per source id, ordered by id.</summary>
    public required IReadOnlyList<(string Source, string? Name, int Articles)> BySource { get; init; }

    /// <summary>Articles per publication month (<c>yyyy-MM</c>), ordered; dates known only to the year or not at all are counted apart.</summary>
    public required IReadOnlyList<(string Month, int Articles)> ByMonth { get; init; }

    public required int YearOnly { get; init; }

    public required int Undated { get; init; }

    public DateOnly? Earliest { get; init; }

    public DateOnly? Latest { get; init; }

    public required LengthSummary Characters { get; init; }

    public required LengthSummary Words { get; init; }

    /// <summary>Word-count histogram: lower bound of each bin (bins of equal width) and its count.</summary>
    public required IReadOnlyList<(int From, int To, int Articles)> WordHistogram { get; init; }

    /// <summary>How many rows lack each piece of metadata, in a fixed order.</summary>
    public required IReadOnlyList<(string Field, int Missing)> Missing { get; init; }

    /// <summary>The distinct languages of the rows, ordered ordinally.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    public static DatasheetFigures Compute(IReadOnlyList<DatasetRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var tally = new DatasheetTally();
        foreach (var row in rows)
        {
            tally.Add(row);
        }

        return tally.Figures();
    }

    /// <summary>About ten bins of a round width (1, 2 or 5 times a power of ten) starting at 0.</summary>
    internal static List<(int From, int To, int Articles)> Histogram(int[] values)
    {
        if (values.Length == 0)
        {
            return [];
        }

        var width = NiceWidth(Math.Max(values.Max(), 1) / 10.0);
        var bins = (values.Max() / width) + 1;
        var counts = new int[bins];
        foreach (var v in values)
        {
            counts[v / width]++;
        }

        return [.. counts.Select((c, i) => (i * width, ((i + 1) * width) - 1, c))];
    }

    private static int NiceWidth(double raw)
    {
        var step = 1;
        while (true)
        {
            foreach (var m in new[] { 1, 2, 5 })
            {
                if (step * m >= raw)
                {
                    return step * m;
                }
            }

            step *= 10;
        }
    }
}

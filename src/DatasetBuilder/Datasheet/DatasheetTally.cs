using System.Globalization;
using DatasetBuilder.Writing;

namespace DatasetBuilder.Datasheet;

/// <summary>
/// Computes <see cref="DatasheetFigures"/> row by row as the rows are written, keeping only counters and the two length
/// columns (4 bytes per row each, for the quantiles), so the card's figures do not need the rows in memory.
/// Rows must be added in release order (by id): a source's name is the first one its rows give.
/// </summary>
public sealed class DatasheetTally
{
    private readonly SortedDictionary<string, (string? Name, int Articles)> _bySource = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _byMonth = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _languages = new(StringComparer.Ordinal);
    private readonly List<int> _characters = [];
    private readonly List<int> _words = [];
    private int _rows;
    private long _splitBytes;
    private int _yearOnly;
    private int _dated;
    private DateOnly? _earliest;
    private DateOnly? _latest;
    private int _noUrl;
    private int _notToTheDay;
    private int _noSourceName;
    private int _noAuthors;
    private int _noAgency;
    private int _noSubtitle;

    public void Add(DatasetRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        Add(row, SplitSize.Bytes(row));
    }

    /// <summary>
    /// Adds a row whose share of the split's size is already known: a streaming build's row carries its body apart
    /// (<see cref="ShardRow"/>), so its <see cref="DatasetRow.Text"/> is empty and the size comes from the row as written.
    /// </summary>
    internal void Add(DatasetRow row, long splitBytes)
    {
        _rows++;
        _splitBytes += splitBytes;
        var (name, articles) = _bySource.GetValueOrDefault(row.Source);
        _bySource[row.Source] = (name ?? row.SourceName, articles + 1);
        _languages.Add(row.Language);
        if (row.PublishedDate is { } date)
        {
            _dated++;
            _earliest = _earliest is { } e && e <= date ? e : date;
            _latest = _latest is { } l && l >= date ? l : date;
            if (row.PublishedPrecision is "day" or "month")
            {
                var month = date.ToString("yyyy-MM", CultureInfo.InvariantCulture);
                _byMonth[month] = _byMonth.GetValueOrDefault(month) + 1;
            }
            else if (row.PublishedPrecision is "year")
            {
                _yearOnly++;
            }
        }

        _characters.Add(row.CharCount);
        _words.Add(row.WordCount);
        _noUrl += row.Url is null ? 1 : 0;
        _notToTheDay += row.PublishedPrecision is not "day" ? 1 : 0;
        _noSourceName += row.SourceName is null ? 1 : 0;
        _noAuthors += row.Authors.Count == 0 ? 1 : 0;
        _noAgency += row.Agency is null ? 1 : 0;
        _noSubtitle += row.Subtitle is null ? 1 : 0;
    }

    public DatasheetFigures Figures() => new()
    {
        Rows = _rows,
        SplitBytes = _splitBytes,
        BySource = [.. _bySource.Select(static s => (s.Key, s.Value.Name, s.Value.Articles))],
        ByMonth = [.. _byMonth.Select(static m => (m.Key, m.Value))],
        YearOnly = _yearOnly,
        Undated = _rows - _dated,
        Earliest = _earliest,
        Latest = _latest,
        Characters = LengthSummary.Of(_characters),
        Words = LengthSummary.Of(_words),
        WordHistogram = DatasheetFigures.Histogram([.. _words]),
        Missing =
        [
            ("url", _noUrl),
            ("published_date", _rows - _dated),
            ("published_date to the day", _notToTheDay),
            ("source (site not identified)", _noSourceName),
            ("authors", _noAuthors),
            ("agency", _noAgency),
            ("subtitle", _noSubtitle),
        ],
        Languages = [.. _languages],
    };
}

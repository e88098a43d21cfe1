using System.Globalization;

namespace DatasetBuilder.Datasheet;

/// <summary>The card's three charts (articles per source, per month, word-count histogram), under <c>charts/</c> in the release.</summary>
public static class DatasheetCharts
{
    public const string Folder = "charts";

    public static IReadOnlyList<DatasheetChart> Render(DatasheetFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return
        [
            new(Folder + "/articles-per-source.svg", "Bar chart of the number of articles per source",
                ChartRenderer.Bars("Articles per source", "articles", [.. figures.BySource.Select(static s => (s.Source, (double)s.Articles))])),
            new(Folder + "/articles-per-month.svg", "Bar chart of the number of articles per publication month",
                ChartRenderer.Bars("Articles per publication month", "articles", [.. figures.ByMonth.Select(static m => (m.Month, (double)m.Articles))])),
            new(Folder + "/length-histogram.svg", "Histogram of article length in words",
                ChartRenderer.Bars("Article length (words)", "articles",
                    [.. figures.WordHistogram.Select(static b => (string.Create(CultureInfo.InvariantCulture, $"{b.From}-{b.To}"), (double)b.Articles))])),
        ];
    }
}

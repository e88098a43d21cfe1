using System.Globalization;
using System.Text.RegularExpressions;
using ScottPlot;

namespace DatasetBuilder.Datasheet;

/// <summary>
/// Draws the card's bar charts as SVG with ScottPlot. Labels are ASCII (source ids, months, ranges) so the drawing does not depend on
/// which Arabic fonts a machine has; the same figures give the same bytes.
/// </summary>
public static partial class ChartRenderer
{
    private const int Width = 800;
    private const int Height = 400;

    public static string Bars(string title, string yLabel, IReadOnlyList<(string Label, double Value)> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var plot = new Plot();
        try
        {
            var values = bars.Select(static b => b.Value).ToArray();
            if (values.Length > 0)
            {
                plot.Add.Bars(values);
            }

            var positions = Enumerable.Range(0, bars.Count).Select(static i => (double)i).ToArray();
            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(positions, [.. bars.Select(static b => b.Label)]);
            plot.Axes.Bottom.TickLabelStyle.Rotation = bars.Count > 6 ? 45 : 0;
            plot.Axes.Bottom.TickLabelStyle.Alignment = bars.Count > 6 ? Alignment.MiddleLeft : Alignment.UpperCenter;
            plot.Axes.Margins(bottom: 0);
            plot.Axes.SetLimitsX(-0.6, Math.Max(bars.Count - 0.4, 0.6));
            plot.Axes.SetLimitsY(0, Math.Max(values.DefaultIfEmpty(0).Max() * 1.15, 1));
            plot.Title(title);
            plot.YLabel(yLabel);
            var svg = plot.GetSvgXml(Width, Height);
            return RenumberIds(svg.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n");
        }
        finally
        {
            plot.Dispose();
        }
    }

    /// <summary>
    /// ScottPlot numbers clip paths from a process-wide counter, so the same chart drawn second in a process gets other ids;
    /// renumbering them in order of appearance makes the bytes depend on the chart alone.
    /// </summary>
    internal static string RenumberIds(string svg)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        return ClipId().Replace(svg, m =>
        {
            var old = m.Groups["id"].Value;
            if (!map.TryGetValue(old, out var renamed))
            {
                renamed = string.Create(CultureInfo.InvariantCulture, $"clip{map.Count + 1}");
                map[old] = renamed;
            }

            return m.Groups["before"].Value + renamed;
        });
    }

    [GeneratedRegex(@"(?<before>id=""|url\(#|href=""#)(?<id>cl_[0-9A-Za-z]+)")]
    private static partial Regex ClipId();

    internal static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}

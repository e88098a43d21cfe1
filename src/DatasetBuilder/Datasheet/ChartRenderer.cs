using System.Globalization;
using System.Text.RegularExpressions;
using ScottPlot;

namespace DatasetBuilder.Datasheet;

/// <summary>
/// Draws the card's bar charts as SVG with ScottPlot, in the font the library carries (<see cref="ChartFont"/>). Labels are ASCII
/// (source ids, months, ranges), all of which that font has; the same figures give the same bytes on any machine.
/// </summary>
public static partial class ChartRenderer
{
    private const int Width = 800;
    private const int Height = 400;

    /// <summary>Above this many bars the bottom labels are turned so they do not overlap.</summary>
    private const int MaxUpright = 6;

    /// <summary>Width of one label character at ScottPlot's 12 px default, generous for any font (DejaVu's widest ASCII digit is about 7.6 px).</summary>
    private const double CharWidth = 8;

    /// <summary>Draws one bar per entry; the values are counts, so the y axis has whole-number ticks only.</summary>
    public static string Bars(string title, string yLabel, IReadOnlyList<(string Label, double Value)> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        ChartFont.EnsureRegistered();
        var plot = new Plot();
        try
        {
            UseChartFont(plot);
            var values = bars.Select(static b => b.Value).ToArray();
            if (values.Length > 0)
            {
                plot.Add.Bars(values);
            }

            var positions = Enumerable.Range(0, bars.Count).Select(static i => (double)i).ToArray();
            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(positions, [.. bars.Select(static b => b.Label)]);
            if (bars.Count > MaxUpright)
            {
                // Turned labels end at their tick and run down-left; the axis panel is made tall enough for the longest one,
                // because ScottPlot sizes the panel for unturned text and cut the ends off ("100-1").
                var longest = bars.Max(static b => b.Label.Length);
                plot.Axes.Bottom.TickLabelStyle.Rotation = -45;
                plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
                plot.Axes.Bottom.MinimumSize = (float)Math.Ceiling((longest * CharWidth * Math.Sin(Math.PI / 4)) + 24);
            }
            else
            {
                plot.Axes.Bottom.TickLabelStyle.Rotation = 0;
                plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.UpperCenter;
            }

            var top = Math.Max(values.DefaultIfEmpty(0).Max() * 1.15, 1);
            var ticks = CountTicks(top);
            plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks, [.. ticks.Select(Format)]);
            plot.Axes.Margins(bottom: 0);
            plot.Axes.SetLimitsX(-0.6, Math.Max(bars.Count - 0.4, 0.6));
            plot.Axes.SetLimitsY(0, Math.Max(top, ticks[^1]));
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
    /// Names the embedded font on every label the chart draws. (ScottPlot's <c>Font.Set</c> would also make the bold title regular, and
    /// disposes the typeface it looked up, which ScottPlot keeps in a process-wide cache.)
    /// </summary>
    private static void UseChartFont(Plot plot)
    {
        plot.Axes.Title.Label.FontName = ChartFont.Family;
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.Label.FontName = ChartFont.Family;
            axis.TickLabelStyle.FontName = ChartFont.Family;
        }
    }

    /// <summary>
    /// Whole-number tick positions from 0 to at least <paramref name="top"/>, about five of them, with a step of 1, 2 or 5 times a
    /// power of ten: counts of articles have no halves.
    /// </summary>
    internal static double[] CountTicks(double top)
    {
        var step = 1L;
        for (var magnitude = 1L; step * 5 < top; magnitude *= 10)
        {
            step = new[] { magnitude, 2 * magnitude, 5 * magnitude }.FirstOrDefault(s => s * 5 >= top, 10 * magnitude);
        }

        var count = (long)Math.Ceiling(top / step);
        return [.. Enumerable.Range(0, (int)count + 1).Select(i => (double)(i * step))];
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

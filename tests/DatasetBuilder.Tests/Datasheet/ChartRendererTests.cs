using System.Globalization;
using System.Text.RegularExpressions;
using DatasetBuilder.Datasheet;

namespace DatasetBuilder.Tests.Datasheet;

public sealed class ChartRendererTests
{
    private static readonly (string, double)[] Bars = [("2022-01", 2), ("2022-02", 5), ("2022-03", 1)];

    [Fact]
    public void Bars_SameFiguresDrawnTwiceInOneProcess_SameBytes()
    {
        var first = ChartRenderer.Bars("Articles per publication month", "articles", Bars);
        for (var i = 0; i < 11; i++)
        {
            // Advance ScottPlot's process-wide id counter past a hexadecimal digit.
            ChartRenderer.Bars("other", "articles", Bars);
        }

        var second = ChartRenderer.Bars("Articles per publication month", "articles", Bars);
        if (Environment.GetEnvironmentVariable("DSB_DUMP") is { } dump)
        {
            File.WriteAllText(dump + ".1.svg", first);
            File.WriteAllText(dump + ".2.svg", second);
        }

        second.ShouldBe(first);
    }

    [Fact]
    public void RenumberIds_ProcessCounterIds_AreRenumberedInOrderOfAppearance()
    {
        var svg = "<clipPath id=\"cl_1f\"/><g clip-path=\"url(#cl_1f)\"/><clipPath id=\"cl_a\"/><use href=\"#cl_a\"/>";
        ChartRenderer.RenumberIds(svg).ShouldBe("<clipPath id=\"clip1\"/><g clip-path=\"url(#clip1)\"/><clipPath id=\"clip2\"/><use href=\"#clip2\"/>");
    }

    [Fact]
    public void Bars_Figures_IsSvgWithTheLabels()
    {
        var svg = ChartRenderer.Bars("Articles per source", "articles", Bars);
        svg.ShouldStartWith("<?xml");
        svg.ShouldContain("<svg");
        svg.ShouldNotContain("cl_");
    }

    /// <summary>Twelve histogram bins with labels as long as the card's longest ("1100-1199"): enough to turn the labels.</summary>
    private static readonly (string, double)[] ManyBins =
        [.. Enumerable.Range(0, 12).Select(static i => (string.Create(CultureInfo.InvariantCulture, $"{i * 100}-{(i * 100) + 99}"), (double)((i * 7) % 5)))];

    [Theory]
    [InlineData(3)]
    [InlineData(12)]
    public void Bars_Counts_YAxisHasWholeNumberTicksOnly(int bins)
    {
        var svg = ChartRenderer.Bars("Article length (words)", "articles", ManyBins[..bins]);
        DumpIfAsked(svg, $"counts-{bins}");

        var labels = TickTexts(svg).Where(static t => !t.Contains('-', StringComparison.Ordinal) && !t.Any(char.IsLetter)).ToList();

        labels.ShouldNotBeEmpty();
        labels.ShouldAllBe(static t => t.All(char.IsAsciiDigit));
        labels.ShouldContain("0");
    }

    [Fact]
    public void Bars_ManyLongLabels_LeaveRoomBelowThePlotForTheTurnedLabels()
    {
        var svg = ChartRenderer.Bars("Article length (words)", "articles", ManyBins);
        DumpIfAsked(svg, "many-bins");

        var clip = Regex.Match(svg, @"<clipPath id=""clip1"">\s*<rect x=""[0-9.]+"" y=""(?<y>[0-9.]+)"" width=""[0-9.]+"" height=""(?<h>[0-9.]+)""");
        clip.Success.ShouldBeTrue();
        var plotBottom = double.Parse(clip.Groups["y"].Value, CultureInfo.InvariantCulture) + double.Parse(clip.Groups["h"].Value, CultureInfo.InvariantCulture);

        // "1100-1199" turned by 45 degrees needs about 9 characters x 7.6 px x sin 45 = 48 px below the axis, plus the tick.
        (400 - plotBottom).ShouldBeGreaterThan(55);
        TickTexts(svg).ShouldContain("1100-1199");
    }

    /// <summary>
    /// The drawings checked in under TestData/Datasheet/Charts were made with the embedded font. ScottPlot writes each glyph's
    /// position into the SVG, so with a machine's own default font (DejaVu Serif on these machines, something else elsewhere) the
    /// bytes differ. Set DSB_CHART_DUMP to write the current drawings next to the test output to compare or refresh them.
    /// </summary>
    [Theory]
    [InlineData("months", 3)]
    [InlineData("length", 12)]
    public void Bars_SameFigures_SameBytesAsTheCheckedInDrawing(string name, int bins)
    {
        var svg = bins == 3
            ? ChartRenderer.Bars("Articles per publication month", "articles", Bars)
            : ChartRenderer.Bars("Article length (words)", "articles", ManyBins);
        DumpIfAsked(svg, name);

        var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "Datasheet", "Charts", name + ".svg"));

        svg.ShouldBe(expected);
    }

    [Fact]
    public void Bars_EveryText_NamesTheEmbeddedFontAndTheTitleIsBold()
    {
        var svg = ChartRenderer.Bars("Articles per source", "articles", Bars);

        var texts = Regex.Matches(svg, @"<text [^>]*>").Select(static m => m.Value).ToList();
        texts.Count.ShouldBeGreaterThan(4);
        texts.ShouldAllBe(static t => t.Contains(@"font-family=""DejaVu Sans""", StringComparison.Ordinal));
        texts.Count(static t => t.Contains("font-weight", StringComparison.Ordinal)).ShouldBe(2);
    }

    [Fact]
    public void CountTicks_Top_AreWholeStepsOfOneTwoOrFiveCoveringTheTop()
    {
        ChartRenderer.CountTicks(3.45).ShouldBe([0, 1, 2, 3, 4]);
        ChartRenderer.CountTicks(1).ShouldBe([0, 1]);
        ChartRenderer.CountTicks(12).ShouldBe([0, 5, 10, 15]);
        ChartRenderer.CountTicks(1000).ShouldBe([0, 200, 400, 600, 800, 1000]);
    }

    /// <summary>The text of every &lt;text&gt; element (ScottPlot writes the label on its own line inside the element).</summary>
    private static List<string> TickTexts(string svg) =>
        [.. Regex.Matches(svg, @"<text[^>]*>\s*(?<t>[^<]*?)\s*</text>").Select(static m => m.Groups["t"].Value)];

    /// <summary>Set DSB_CHART_DUMP to a folder to look at the charts (for example rendered with rsvg-convert).</summary>
    private static void DumpIfAsked(string svg, string name)
    {
        if (Environment.GetEnvironmentVariable("DSB_CHART_DUMP") is { } folder)
        {
            File.WriteAllText(Path.Combine(folder, name + ".svg"), svg);
        }
    }
}

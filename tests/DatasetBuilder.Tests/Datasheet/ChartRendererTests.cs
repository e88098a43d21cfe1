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
}

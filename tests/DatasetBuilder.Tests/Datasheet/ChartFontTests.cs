using DatasetBuilder.Datasheet;
using ScottPlot;

namespace DatasetBuilder.Tests.Datasheet;

public sealed class ChartFontTests
{
    [Fact]
    public void GetTypeface_EmbeddedFamily_ComesFromTheLibraryInBothWeights()
    {
        ChartFont.EnsureRegistered();

        var regular = Fonts.GetTypeface(ChartFont.Family, FontWeight.Normal, FontSlant.Upright, FontSpacing.Normal);
        var bold = Fonts.GetTypeface(ChartFont.Family, FontWeight.Bold, FontSlant.Upright, FontSpacing.Normal);

        regular.FamilyName.ShouldBe("DejaVu Sans");
        regular.IsBold.ShouldBeFalse();
        bold.FamilyName.ShouldBe("DejaVu Sans");
        bold.IsBold.ShouldBeTrue();

        // The embedded font has every glyph the charts' ASCII labels need.
        regular.ContainsGlyphs("0123456789-() abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ").ShouldBeTrue();
    }

    [Fact]
    public void EnsureRegistered_Twice_PutsTheResolverFirstOnce()
    {
        ChartFont.EnsureRegistered();
        ChartFont.EnsureRegistered();

        Fonts.FontResolvers[0].ShouldBeOfType<ChartFont>();
        Fonts.FontResolvers.Count(static r => r is ChartFont).ShouldBe(1);
    }

    [Fact]
    public void GetTypeface_OtherFamily_IsLeftToTheSystemResolver()
    {
        ChartFont.EnsureRegistered();
        var font = (IFontResolver)Fonts.FontResolvers[0];

        font.CreateTypeface("Some Other Family", bold: false, italic: false).ShouldBeNull();
    }

    [Fact]
    public void Assembly_CarriesTheFontLicenceWithTheFont()
    {
        using var stream = typeof(ChartFont).Assembly.GetManifestResourceStream("fonts/LICENSE").ShouldNotBeNull();
        using var reader = new StreamReader(stream);

        reader.ReadToEnd().ShouldContain("Bitstream Vera");
    }
}

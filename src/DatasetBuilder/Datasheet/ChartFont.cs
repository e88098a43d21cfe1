using ScottPlot;
using SkiaSharp;

namespace DatasetBuilder.Datasheet;

/// <summary>
/// The one font the charts are drawn with: DejaVu Sans, regular and bold, embedded in this library (<c>Datasheet/Fonts</c>).
/// ScottPlot writes every glyph's position into the SVG, measured with whatever font the machine offers by default (DejaVu Serif
/// here, Segoe UI or Helvetica elsewhere, nothing at all in a slim container), so without it the same figures gave different
/// chart bytes, and a different <c>SHA256SUMS</c>, from one machine to the next. The font's licence travels in the assembly with it
/// (resource <c>fonts/LICENSE</c>), as the Bitstream Vera licence asks of every copy.
/// </summary>
internal sealed class ChartFont : IFontResolver
{
    /// <summary>The family name the charts ask for; it is also what the SVG names, so a viewer with DejaVu Sans shows the same glyphs.</summary>
    public const string Family = "DejaVu Sans";

    private static readonly Lazy<ChartFont> Registered = new(Register, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly SKData _regular;
    private readonly SKData _bold;

    private ChartFont(SKData regular, SKData bold)
    {
        _regular = regular;
        _bold = bold;
    }

    /// <summary>Puts the embedded font ahead of the system's in ScottPlot's process-wide resolvers, once.</summary>
    public static void EnsureRegistered() => _ = Registered.Value;

    /// <summary>
    /// A new typeface (ScottPlot owns and may dispose what it is given) of the embedded font: bold for bold, regular otherwise; the font
    /// has no italic, and the charts draw none. Any other family is left to the next resolver.
    /// </summary>
    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        string.Equals(fontName, Family, StringComparison.Ordinal) ? SKTypeface.FromData(bold ? _bold : _regular) : null;

    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing width) =>
        CreateTypeface(fontName, (int)weight >= (int)FontWeight.SemiBold, slant != FontSlant.Upright);

    private static ChartFont Register()
    {
        var font = new ChartFont(Load("DejaVuSans.ttf"), Load("DejaVuSans-Bold.ttf"));
        Fonts.FontResolvers.Insert(0, font);
        return font;
    }

    private static SKData Load(string file)
    {
        var name = "fonts/" + file;
        using var stream = typeof(ChartFont).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the embedded chart font {name} is missing from {typeof(ChartFont).Assembly.GetName().Name}");
        return SKData.Create(stream)
            ?? throw new InvalidOperationException($"the embedded chart font {name} could not be read");
    }
}

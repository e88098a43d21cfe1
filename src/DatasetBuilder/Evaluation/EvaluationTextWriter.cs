using System.Globalization;

namespace DatasetBuilder.Evaluation;

/// <summary>The evaluation as text for people: the overall figures, one line per article, then the worst cases in full.</summary>
public static class EvaluationTextWriter
{
    /// <summary>Paragraphs of the worst cases are shortened to this many characters.</summary>
    private const int ShownLength = 160;

    public static void Write(EvaluationReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var o = report.Overall;
        var options = report.Options;
        output.WriteLine(Invariant($"cleaning evaluation: {report.Articles.Count} article(s), profiles {(options.UseProfiles ? "on" : "off")}, site templates {(options.UseTemplates ? "on" : "off")}"));
        output.WriteLine(Invariant($"overall (paragraphs): precision {o.Precision:F3}  recall {o.Recall:F3}  F1 {o.F1:F3}  (kept {o.Kept}, gold {o.Gold}, matched {o.Matched}, missed {o.Missed}, extra {o.Extra})"));
        output.WriteLine(Invariant($"mean article F1: {report.MacroF1:F3}; articles with a lost paragraph: {report.Articles.Count(static a => a.Score.Missed.Count > 0)}"));
        output.WriteLine();
        var width = Math.Max(2, report.Articles.Select(static a => a.Id.Length).DefaultIfEmpty(0).Max());
        var sourceWidth = Math.Max(6, report.Articles.Select(static a => a.Source.Length).DefaultIfEmpty(0).Max());
        output.WriteLine(Invariant($"{"id".PadRight(width)}  {"source".PadRight(sourceWidth)}  kept  gold  miss  extra  precision  recall  F1"));
        foreach (var a in report.Articles)
        {
            var s = a.Score;
            output.WriteLine(Invariant($"{a.Id.PadRight(width)}  {a.Source.PadRight(sourceWidth)}  {s.Kept,4}  {s.Gold,4}  {s.Missed.Count,4}  {s.Extra.Count,5}  {s.Precision,9:F3}  {s.Recall,6:F3}  {s.F1:F3}"));
        }

        output.WriteLine();
        var worst = report.Worst;
        if (worst.Count == 0)
        {
            output.WriteLine("worst cases: none, every article matches its gold body");
            return;
        }

        output.WriteLine(Invariant($"worst cases ({worst.Count}):"));
        foreach (var a in worst)
        {
            output.WriteLine(Invariant($"{a.Id} ({a.GoldFile}): F1 {a.Score.F1:F3}, {a.Score.Missed.Count} missed, {a.Score.Extra.Count} extra"));
            foreach (var p in a.Score.Missed)
            {
                output.WriteLine("  missed: " + Shorten(p));
            }

            foreach (var p in a.Score.Extra)
            {
                output.WriteLine("  extra:  " + Shorten(p));
            }
        }
    }

    private static string Shorten(string text) => text.Length <= ShownLength ? text : text[..ShownLength] + "…";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

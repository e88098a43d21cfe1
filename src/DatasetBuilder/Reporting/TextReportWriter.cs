using System.Globalization;
using DatasetBuilder.Model;
using DatasetBuilder.Validation;

namespace DatasetBuilder.Reporting;

/// <summary>
/// Plain text for people and logs: one block per file, one line per finding (<c>line:col  severity  CODE  message  [at /pointer]</c>),
/// then a summary line.
/// </summary>
public static class TextReportWriter
{
    public static void Write(ValidationReport report, TextWriter output, bool strict)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var group in ByFile(report.Diagnostics))
        {
            output.WriteLine(PrintableText.Of(group.Key));
            foreach (var d in group)
            {
                output.WriteLine($"  {Where(d),-8} {SeverityWord(d.Severity),-7} {d.Code}  {PrintableText.Of(d.Message)}{PointerSuffix(d)}");
            }

            output.WriteLine();
        }

        output.WriteLine(ReportWriter.Summary(report, strict));
    }

    internal static IEnumerable<IGrouping<string, Diagnostic>> ByFile(IReadOnlyList<Diagnostic> diagnostics) =>
        diagnostics.GroupBy(static d => d.File, StringComparer.Ordinal).OrderBy(static g => g.Key, StringComparer.Ordinal);

    internal static string Where(Diagnostic d) => d.Line is { } line
        ? d.Column is { } column ? string.Create(CultureInfo.InvariantCulture, $"{line}:{column}") : line.ToString(CultureInfo.InvariantCulture)
        : "-";

    internal static string SeverityWord(Severity severity) => severity == Severity.Error ? "error" : "warning";

    internal static string PointerSuffix(Diagnostic d) => d.JsonPointer is null ? string.Empty : $"  [at {PointerText.Display(d.JsonPointer)}]";
}

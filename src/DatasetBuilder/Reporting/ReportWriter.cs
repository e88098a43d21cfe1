using DatasetBuilder.Validation;

namespace DatasetBuilder.Reporting;

/// <summary>Writes a validation report in the chosen format. Output depends only on the report: same findings, same bytes.</summary>
public static class ReportWriter
{
    /// <summary>The names <c>--format</c> accepts, in the order the help lists them.</summary>
    public static IReadOnlyList<string> FormatNames { get; } = ["text", "json", "github", "sarif"];

    /// <summary>Reads a <c>--format</c> value (any letter case); false for a name that is not in <see cref="FormatNames"/>.</summary>
    public static bool TryParseFormat(string? name, out ReportFormat format)
    {
        format = name?.ToLowerInvariant() switch
        {
            "text" => ReportFormat.Text,
            "json" => ReportFormat.Json,
            "github" => ReportFormat.Github,
            "sarif" => ReportFormat.Sarif,
            _ => (ReportFormat)(-1),
        };
        return Enum.IsDefined(format);
    }

    /// <param name="report">The verdict to write.</param>
    /// <param name="format">The output form.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="strict">Whether warnings fail the run (said in the summary).</param>
    /// <param name="color">Colour the text format (a terminal); ignored by the machine formats.</param>
    public static void Write(ValidationReport report, ReportFormat format, TextWriter output, bool strict, bool color)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        switch (format)
        {
            case ReportFormat.Json:
                JsonReportWriter.Write(report, output, strict);
                break;
            case ReportFormat.Github:
                GithubReportWriter.Write(report, output, strict);
                break;
            case ReportFormat.Sarif:
                SarifReportWriter.Write(report, output);
                break;
            default:
                if (color)
                {
                    ColorTextReportWriter.Write(report, output, strict);
                }
                else
                {
                    TextReportWriter.Write(report, output, strict);
                }

                break;
        }
    }

    /// <summary>The closing line of the text and github formats.</summary>
    internal static string Summary(ValidationReport report, bool strict)
    {
        var verdict = report.IsValid(strict) ? "valid" : "INVALID";
        var strictNote = strict && report.WarningCount > 0 ? " (--strict: warnings fail)" : string.Empty;
        return $"{report.FilesChecked} file(s) checked: {report.ErrorCount} error(s), {report.WarningCount} warning(s): {verdict}{strictNote}";
    }
}

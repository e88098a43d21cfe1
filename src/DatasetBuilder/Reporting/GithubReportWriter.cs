using System.Globalization;
using System.Text;
using DatasetBuilder.Model;
using DatasetBuilder.Validation;

namespace DatasetBuilder.Reporting;

/// <summary>
/// GitHub Actions workflow commands (<c>::error file=…,line=…,col=…,title=…::message</c>): each finding becomes an inline
/// annotation on the pull request. Values are escaped as the runner requires (%, CR, LF; and : , in properties), other control characters shown as \\uXXXX (<see cref="PrintableText"/>).
/// </summary>
public static class GithubReportWriter
{
    public static void Write(ValidationReport report, TextWriter output, bool strict)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var d in report.Diagnostics)
        {
            output.WriteLine(Command(d, strict));
        }

        output.WriteLine(ReportWriter.Summary(report, strict));
    }

    /// <summary>One workflow command; with <paramref name="strict"/>, warnings are annotated as errors since they fail the run.</summary>
    public static string Command(Diagnostic d, bool strict)
    {
        ArgumentNullException.ThrowIfNull(d);
        var level = d.Severity == Severity.Error || strict ? "error" : "warning";
        var line = new StringBuilder("::").Append(level).Append(" file=").Append(Property(d.File));
        if (d.Line is { } l)
        {
            line.Append(",line=").Append(l.ToString(CultureInfo.InvariantCulture));
            if (d.Column is { } c)
            {
                line.Append(",col=").Append(c.ToString(CultureInfo.InvariantCulture));
            }
        }

        var name = RuleCatalog.Find(d.Code)?.Name;
        line.Append(",title=").Append(Property(name is null ? d.Code : $"{d.Code} {name}"));
        var pointer = d.JsonPointer is null ? string.Empty : $" (at {PointerText.Display(d.JsonPointer)})";
        line.Append("::").Append(Data($"{d.Code}: {d.Message}{pointer}"));
        return line.ToString();
    }

    private static string Data(string value) =>
        PrintableText.Of(value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal));

    private static string Property(string value) =>
        Data(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}

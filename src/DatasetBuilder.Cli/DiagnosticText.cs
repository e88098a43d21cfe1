using System.Globalization;
using DatasetBuilder.Model;
using DatasetBuilder.Reporting;

namespace DatasetBuilder.Cli;

/// <summary>Compiler-style one-line rendering of a diagnostic: <c>file:line:col: error DSB012: message [at /pointer]</c>.</summary>
internal static class DiagnosticText
{
    public static string Format(Diagnostic d)
    {
        var where = PrintableText.Of(d.File);
        if (d.Line is { } line)
        {
            where += string.Create(CultureInfo.InvariantCulture, $":{line}");
            if (d.Column is { } column)
            {
                where += string.Create(CultureInfo.InvariantCulture, $":{column}");
            }
        }

        var severity = d.Severity == Severity.Error ? "error" : "warning";
        var pointer = d.JsonPointer is null ? string.Empty : $" [at {Reporting.PointerText.Display(d.JsonPointer)}]";
        return $"{where}: {severity} {d.Code}: {PrintableText.Of(d.Message)}{pointer}";
    }
}

using DatasetBuilder.Model;
using DatasetBuilder.Validation;
using Spectre.Console;

namespace DatasetBuilder.Reporting;

/// <summary>The text format with colour (Spectre.Console), for a terminal: the same lines as <see cref="TextReportWriter"/>.</summary>
public static class ColorTextReportWriter
{
    public static void Write(ValidationReport report, TextWriter output, bool strict)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.Standard,
            Out = new AnsiConsoleOutput(output),
        });

        // Long Arabic messages must stay on one line per finding; wrapping would split them mid-word.
        console.Profile.Width = 100_000;
        foreach (var group in TextReportWriter.ByFile(report.Diagnostics))
        {
            console.MarkupLine($"[bold underline]{Markup.Escape(PrintableText.Of(group.Key))}[/]");
            foreach (var d in group)
            {
                var colour = d.Severity == Severity.Error ? "red" : "yellow";
                var where = TextReportWriter.Where(d).PadRight(8);
                var severity = TextReportWriter.SeverityWord(d.Severity).PadRight(7);
                console.MarkupLine($"  [dim]{where}[/] [{colour}]{severity}[/] [bold]{d.Code}[/]  {Markup.Escape(PrintableText.Of(d.Message))}[dim]{Markup.Escape(TextReportWriter.PointerSuffix(d))}[/]");
            }

            console.WriteLine();
        }

        var summaryColour = report.IsValid(strict) ? "green" : "red";
        console.MarkupLine($"[{summaryColour}]{Markup.Escape(ReportWriter.Summary(report, strict))}[/]");
    }
}

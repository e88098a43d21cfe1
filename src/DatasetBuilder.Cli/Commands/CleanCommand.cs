using System.CommandLine;
using System.Globalization;
using DatasetBuilder.Cleaning;
using DatasetBuilder.Model;
using DatasetBuilder.Pipeline;
using DatasetBuilder.Reading;
using Spectre.Console;

namespace DatasetBuilder.Cli.Commands;

/// <summary><c>clean [--explain] FILE [--no-profiles] [--no-templates] [--data DIR]</c>: show what the build's cleaning keeps of one article (<see cref="SingleArticleCleaning"/>), and with --explain what it removes and which rule removed it.</summary>
internal static class CleanCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "A contribution file (data/articles/<source>/<id>.json)." };
        var explain = new Option<bool>("--explain") { Description = "Show the removed spans in place, each with the rule that removed it and why." };
        var noProfiles = new Option<bool>("--no-profiles") { Description = "Clean with generic rules only (site profiles off)." };
        var noTemplates = new Option<bool>("--no-templates") { Description = "Do not learn the source's site template from the data folder's articles first." };
        var data = new Option<string?>("--data") { Description = "Data folder holding sources/ and articles/ (default: the one the file is in, else 'data')." };
        var command = new Command("clean", "Clean one article as the build would: print its body, or with --explain what was removed and by which rule.") { file, explain, noProfiles, noTemplates, data };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                context.Error.WriteLine(Directory.Exists(path)
                    ? $"\"{path}\" is a folder: clean takes one article file (data/articles/<source>/<id>.json); validate checks a folder"
                    : $"article file \"{path}\" does not exist");
                return ExitCodes.Usage;
            }

            var dataRoot = parse.GetValue(data) ?? GuessDataRoot(path);
            var run = SingleArticleCleaning.Run(new DataLayout(dataRoot), path, context.Time, useProfiles: !parse.GetValue(noProfiles), useTemplates: !parse.GetValue(noTemplates));
            foreach (var problem in run.Problems)
            {
                context.Error.WriteLine(DiagnosticText.Format(problem));
            }

            if (run is not { Article: { } article, Cleaned: { } result })
            {
                return ExitCodes.InvalidData;
            }

            if (!parse.GetValue(explain))
            {
                context.Out.WriteLine(result.Text);
                return ExitCodes.Success;
            }

            Render(context, article, result);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Render(CliContext context, Article article, CleaningResult result)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = context.ColorOutput ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = context.ColorOutput ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(context.Out),
        });
        console.Profile.Width = 10_000; // never wrap: the lines are the article's paragraphs
        foreach (var segment in CleaningExplainer.Explain(article.Text, result))
        {
            if (segment.Removal is not { } removal)
            {
                console.MarkupLine(Markup.Escape(segment.Lines[0]));
                continue;
            }

            console.MarkupLine($"[yellow][[- {Markup.Escape(removal.RuleId)}: {Markup.Escape(removal.Reason)}]][/]");
            foreach (var line in segment.Lines)
            {
                console.MarkupLine($"[red]- {Markup.Escape(line)}[/]");
            }
        }

        var removed = result.Removals.Sum(static r => r.Length);
        console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"-- {result.Removals.Count} span(s) removed ({removed} characters of {article.Text.Length})")));
        var metadata = result.Metadata;
        Field(console, "published", metadata.Published?.ToString());
        Field(console, "authors", metadata.Authors.Count == 0 ? null : string.Join(" | ", metadata.Authors));
        Field(console, "agency", metadata.Agency);
        Field(console, "subtitle", metadata.Subtitle);
    }

    private static void Field(IAnsiConsole console, string name, string? value)
    {
        if (value is not null)
        {
            console.MarkupLine($"[cyan]-- {name}: {Markup.Escape(value)}[/]");
        }
    }

    /// <summary>data/articles/&lt;source&gt;/&lt;id&gt;.json lives three folders under the data folder.</summary>
    private static string GuessDataRoot(string path)
    {
        var full = Path.GetFullPath(path);
        var articles = Path.GetDirectoryName(Path.GetDirectoryName(full));
        return articles is not null && string.Equals(Path.GetFileName(articles), "articles", StringComparison.Ordinal)
            ? Path.GetDirectoryName(articles)!
            : "data";
    }
}

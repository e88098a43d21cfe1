using System.CommandLine;
using DatasetBuilder.Reading;
using DatasetBuilder.Validation;

namespace DatasetBuilder.Cli.Commands;

/// <summary><c>validate [--data data]</c>: check every contribution, source profile and the dataset metadata.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var data = new Option<string>("--data") { Description = "Data folder.", DefaultValueFactory = _ => "data" };
        var strict = new Option<bool>("--strict") { Description = "Fail on warnings too." };
        var command = new Command("validate", "Validate article files, source profiles and dataset metadata.") { data, strict };
        command.SetAction(parse =>
        {
            var root = parse.GetValue(data)!;
            if (!Directory.Exists(root))
            {
                context.Error.WriteLine($"data folder \"{root}\" does not exist");
                return ExitCodes.Usage;
            }

            var report = new CorpusValidator(JsonLoadOptions.Default).Validate(new DataLayout(root));
            foreach (var diagnostic in report.Diagnostics)
            {
                context.Out.WriteLine(DiagnosticText.Format(diagnostic));
            }

            context.Out.WriteLine($"{report.FilesChecked} files checked: {report.ErrorCount} error(s), {report.WarningCount} warning(s)");
            return report.IsValid(parse.GetValue(strict)) ? ExitCodes.Success : ExitCodes.InvalidData;
        });
        return command;
    }
}

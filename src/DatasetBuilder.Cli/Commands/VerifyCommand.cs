using System.CommandLine;
using DatasetBuilder.Releases;

namespace DatasetBuilder.Cli.Commands;

/// <summary><c>verify DIR</c>: re-hash a release folder against its manifest.</summary>
internal static class VerifyCommand
{
    public static Command Create(CliContext context)
    {
        var directory = new Argument<string>("DIR") { Description = "Release folder (dist/<dataset>/<version>)." };
        var command = new Command("verify", "Re-hash a release folder against its manifest; non-zero on any mismatch.") { directory };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(directory)!;
            if (!Directory.Exists(dir))
            {
                context.Error.WriteLine(File.Exists(dir)
                    ? $"\"{dir}\" is a file; give a release folder (dist/<dataset>/<version>)"
                    : $"release folder \"{dir}\" does not exist");
                return ExitCodes.Usage;
            }

            if (!File.Exists(Path.Combine(dir, Manifest.FileName)))
            {
                context.Error.WriteLine($"\"{dir}\" is not a release folder: it has no {Manifest.FileName} (give dist/<dataset>/<version>)");
                return ExitCodes.Usage;
            }

            var problems = new ReleaseVerifier().Verify(dir);
            foreach (var problem in problems)
            {
                context.Out.WriteLine(DiagnosticText.Format(problem));
            }

            context.Out.WriteLine(problems.Count == 0 ? $"{dir}: every file matches its manifest" : $"{dir}: {problems.Count} mismatch(es)");
            return problems.Count == 0 ? ExitCodes.Success : ExitCodes.InvalidData;
        });
        return command;
    }
}

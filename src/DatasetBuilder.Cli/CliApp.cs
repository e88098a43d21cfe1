using System.CommandLine;
using DatasetBuilder.Cli.Commands;

namespace DatasetBuilder.Cli;

/// <summary>The command tree. Parsing only: every behaviour lives in the library.</summary>
internal static class CliApp
{
    public static RootCommand CreateRoot(CliContext context)
    {
        var root = new RootCommand("DatasetBuilder: package contributed news articles into a versioned Parquet dataset.")
        {
            ValidateCommand.Create(context),
            BuildCommand.Create(context),
            VerifyCommand.Create(context),
            ImportCommand.Create(context),
            CleanCommand.Create(context),
            EvalCommand.Create(context),
        };
        RefuseEmptyValues(root);
        return root;
    }

    /// <summary>
    /// Makes an empty value ("--out ''", a script's unset variable) a usage error of every option and argument, naming it:
    /// no path, version, source or address is empty.
    /// </summary>
    private static void RefuseEmptyValues(Command command)
    {
        foreach (var option in command.Options)
        {
            option.Validators.Add(static result =>
            {
                if (result.Tokens.Any(static t => t.Value.Length == 0))
                {
                    result.AddError($"{result.Option.Name} is empty: give it a value (is a variable in the command unset?)");
                }
            });
        }

        foreach (var argument in command.Arguments)
        {
            argument.Validators.Add(static result =>
            {
                if (result.Tokens.Any(static t => t.Value.Length == 0))
                {
                    result.AddError($"{result.Argument.Name} is empty: give it a value (is a variable in the command unset?)");
                }
            });
        }

        foreach (var sub in command.Subcommands)
        {
            RefuseEmptyValues(sub);
        }
    }

    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        var root = CreateRoot(context);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await context.Error.WriteLineAsync(error.Message).ConfigureAwait(false);
            }

            await context.Error.WriteLineAsync("Run with --help to see the commands and options.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        try
        {
            // Termination signals are the host's (Program): System.CommandLine's own handler raced it, and on a slow stop
            // ended the process after two seconds with the staging folder still there.
            var exit = await parse.InvokeAsync(new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null }, cancellationToken).ConfigureAwait(false);

            // A command that does not watch the signal (validate, clean, eval, verify run to their end in seconds) still
            // reports it: the user asked to stop, and a CI step interrupted must not read as "valid".
            if (cancellationToken.IsCancellationRequested && exit != ExitCodes.Cancelled)
            {
                await context.Error.WriteLineAsync("cancelled").ConfigureAwait(false);
                return ExitCodes.Cancelled;
            }

            return exit;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The environment is broken (disk full, no permission): say so plainly; the user can act on it.
            await context.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return ExitCodes.Usage;
        }
        catch (InvalidDataException e)
        {
            // Input the build found unusable midway — an article file that changed since it was validated, a previous
            // release whose records do not read — names its file in the message: the user's to fix, not a bug.
            await context.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return ExitCodes.InvalidData;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await context.Error.WriteLineAsync("cancelled").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
#pragma warning disable CA1031 // The last line of defence: a bug must not print a stack trace at the user.
        catch (Exception e)
#pragma warning restore CA1031
        {
            await context.Error.WriteLineAsync($"internal error ({e.GetType().Name}): {e.Message}. This is a bug in DatasetBuilder, not in your data; please report it. Set DATASETBUILDER_DEBUG=1 for details.").ConfigureAwait(false);
            if (Environment.GetEnvironmentVariable("DATASETBUILDER_DEBUG") is "1")
            {
                await context.Error.WriteLineAsync(e.ToString()).ConfigureAwait(false);
            }

            return ExitCodes.InternalError;
        }
    }
}

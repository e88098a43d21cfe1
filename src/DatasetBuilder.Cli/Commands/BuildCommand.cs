using System.CommandLine;
using System.Globalization;
using DatasetBuilder.Pipeline;
using Spectre.Console;

namespace DatasetBuilder.Cli.Commands;

/// <summary><c>build [--version X.Y.Z|auto] [--data data] [--out dist] [--allow-dirty] [--force-version] [--skip-invalid] [--stats]</c>.</summary>
internal static class BuildCommand
{
    public static Command Create(CliContext context)
    {
        var version = new Option<string?>("--version") { Description = "Version to publish (MAJOR.MINOR.PATCH), or 'auto' for the proposed one. Without it, the build goes to the preview folder 'unreleased' and proposes a version." };
        var data = new Option<string>("--data") { Description = "Data folder.", DefaultValueFactory = _ => "data" };
        var output = new Option<string>("--out") { Description = "Output folder.", DefaultValueFactory = _ => "dist" };
        var noProfiles = new Option<bool>("--no-profiles") { Description = "Clean with generic rules only (site profiles off)." };
        var strict = new Option<bool>("--strict") { Description = "Treat validation warnings as errors." };
        var allowDirty = new Option<bool>("--allow-dirty") { Description = "Publish even though the data folder has uncommitted changes (the manifest marks the release data_dirty)." };
        var forceVersion = new Option<bool>("--force-version") { Description = "Publish an explicit --version that is smaller than the change needs, or that repeats an unchanged release." };
        var skipInvalid = new Option<bool>("--skip-invalid") { Description = "Build without the article files that have validation errors (each is listed, with its rule and reason, here and in the datasheet)." };
        var stats = new Option<bool>("--stats") { Description = "Print the time of each stage: lines 'stage <name> seconds=... articles=... peak_rss_mb=...'." };
        var command = new Command("build", "Validate, clean, deduplicate and write a release of the dataset.") { version, data, output, noProfiles, strict, allowDirty, forceVersion, skipInvalid, stats };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new BuildOptions
            {
                Version = parse.GetValue(version),
                DataRoot = parse.GetValue(data)!,
                OutputRoot = parse.GetValue(output)!,
                UseProfiles = !parse.GetValue(noProfiles),
                Strict = parse.GetValue(strict),
                AllowDirty = parse.GetValue(allowDirty),
                ForceVersion = parse.GetValue(forceVersion),
                SkipInvalid = parse.GetValue(skipInvalid),
            };
            var result = await RunAsync(context, options, cancellationToken).ConfigureAwait(false);
            foreach (var diagnostic in result.Diagnostics)
            {
                await context.Error.WriteLineAsync(DiagnosticText.Format(diagnostic)).ConfigureAwait(false);
            }

            foreach (var warning in result.Warnings)
            {
                await context.Error.WriteLineAsync(warning).ConfigureAwait(false);
            }

            var writer = result.Outcome == BuildOutcome.Written ? context.Out : context.Error;
            await writer.WriteLineAsync(result.Message).ConfigureAwait(false);
            if (result.Outcome == BuildOutcome.Written)
            {
                foreach (var line in DuplicateSummary.Lines(result.DuplicatesRemoved))
                {
                    await context.Out.WriteLineAsync(line).ConfigureAwait(false);
                }
            }

            if (result.Outcome == BuildOutcome.Written && result.Changes is { } changes)
            {
                await context.Out.WriteLineAsync(changes.PreviousVersion is null
                    ? $"proposed version: {result.ProposedVersion} ({changes.Reason})"
                    : changes.Bump == Releases.VersionBump.None
                        ? $"no new version to propose: {changes.Reason}"
                        : $"proposed version: {result.ProposedVersion} ({changes.Bump.ToString().ToLowerInvariant()} after {changes.PreviousVersion}: {changes.Reason})").ConfigureAwait(false);
                // Not over 0 articles: a release of nothing is refused, so the advice would lead to an error.
                if (parse.GetValue(version) is null && changes.Bump != Releases.VersionBump.None && result.ArticlesWritten > 0)
                {
                    await context.Out.WriteLineAsync("publish it with: build --version auto").ConfigureAwait(false);
                }
            }

            if (result.Rejected.Count > 0)
            {
                var files = result.Rejected.Select(static d => d.File).Distinct(StringComparer.Ordinal).Count();
                await context.Error.WriteLineAsync($"left out {files} invalid article file(s) (--skip-invalid): each is listed above with its rule and reason, and in the datasheet").ConfigureAwait(false);
            }

            foreach (var leftOut in result.LeftOut)
            {
                await context.Error.WriteLineAsync(DiagnosticText.Format(leftOut)).ConfigureAwait(false);
            }

            if (result.LeftOut.Count > 0)
            {
                await context.Error.WriteLineAsync($"left out {result.LeftOut.Count} article(s) whose text cleans to nothing ({result.LeftOut[0].Code}): each is listed above with its reason, and in the datasheet").ConfigureAwait(false);
            }

            if (parse.GetValue(stats))
            {
                foreach (var stage in result.Stages)
                {
                    await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"stage {stage.Name} seconds={stage.Seconds:F2} cpu_seconds={stage.CpuSeconds:F2} articles={stage.Articles} peak_rss_mb={stage.PeakResidentBytes / 1e6:F0} gc_pause_seconds={stage.GcPauseSeconds:F2} collections={stage.Collections} allocated_mb={stage.AllocatedBytes / 1e6:F0}")).ConfigureAwait(false);
                }
            }

            foreach (var question in result.Outcome == BuildOutcome.Written ? result.MissingAnswers : [])
            {
                await context.Error.WriteLineAsync($"warning: datasheet answer missing: {question.Id} ({question.Question}); a release will be refused until it is answered").ConfigureAwait(false);
            }
            return result.Outcome switch
            {
                BuildOutcome.Written => ExitCodes.Success,
                BuildOutcome.UsageError => ExitCodes.Usage,
                _ => ExitCodes.InvalidData,
            };
        });
        return command;
    }

    /// <summary>A progress bar on a terminal, periodic plain lines when the output is redirected.</summary>
    private static async Task<BuildResult> RunAsync(CliContext context, BuildOptions options, CancellationToken cancellationToken)
    {
        var pipeline = new BuildPipeline(context.Time);
        if (!context.ColorOutput || Console.IsErrorRedirected)
        {
            return await pipeline.RunAsync(options with { Progress = new PlainBuildProgress(context.Error) }, cancellationToken).ConfigureAwait(false);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(ctx => pipeline.RunAsync(options with { Progress = new ConsoleBuildProgress(ctx) }, cancellationToken)).ConfigureAwait(false);
    }
}

using System.CommandLine;
using DatasetBuilder.Importing;
using DatasetBuilder.Reading;
using DatasetBuilder.Validation;

namespace DatasetBuilder.Cli.Commands;

/// <summary>
/// <c>import INPUT [--data data] [--source ID] [--url URL] [--force] [--dry-run]</c>: turn a raw text, a saved page or a
/// page's address into a contribution file, and say what was inferred and what was not.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Argument<string>("INPUT") { Description = "A raw scraped text (.txt), a saved page (.html, .html.gz) or an http(s) address." };
        var data = new Option<string>("--data") { Description = "Data folder.", DefaultValueFactory = _ => "data" };
        var source = new Option<string?>("--source") { Description = "File under this source profile instead of matching one by its markers." };
        var url = new Option<string?>("--url") { Description = "The article's address, when importing a saved file." };
        var force = new Option<bool>("--force") { Description = "Replace an existing contribution file." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the contribution JSON instead of writing it." };
        var timeout = new Option<int>("--timeout") { Description = "Seconds to wait for a page (URL input).", DefaultValueFactory = _ => 20 };
        var command = new Command("import", "Turn a raw scraped text, a saved page or a URL into a contribution file with inferred metadata.")
        {
            input, data, source, url, force, dryRun, timeout,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var layout = new DataLayout(parse.GetValue(data)!);
            if (DataFolderCheck.Problem(parse.GetValue(data)!) is { } notAFolder)
            {
                await context.Error.WriteLineAsync(notAFolder).ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            Uri? pageUrl = null;
            if (parse.GetValue(url) is { } given && (!Uri.TryCreate(given, UriKind.Absolute, out pageUrl) || !ArticleFetcher.IsHttp(pageUrl)))
            {
                await context.Error.WriteLineAsync($"--url {given}: not an absolute http or https address").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            var (article, exit) = await ReadInputAsync(context, parse.GetValue(input)!, pageUrl, parse.GetValue(timeout), cancellationToken).ConfigureAwait(false);
            if (article is null)
            {
                return exit;
            }

            var sources = SourceProfileLoader.Load(layout, JsonLoadOptions.Default, out var problems);
            foreach (var problem in problems)
            {
                await context.Error.WriteLineAsync("warning: source profile skipped: " + DiagnosticText.Format(problem)).ConfigureAwait(false);
            }

            var result = new ArticleImporter(sources, layout, context.Time).Import(article, new ImportOptions { Source = parse.GetValue(source) });
            foreach (var diagnostic in result.Diagnostics)
            {
                await context.Error.WriteLineAsync(DiagnosticText.Format(diagnostic)).ConfigureAwait(false);
            }

            if (result.Outcome != ImportOutcome.Imported)
            {
                await context.Error.WriteLineAsync(result.Error).ConfigureAwait(false);
                return result.Outcome == ImportOutcome.UsageError ? ExitCodes.Usage : ExitCodes.InvalidData;
            }

            // With --dry-run stdout carries only the JSON, so it can be piped; the report goes to stderr.
            var dry = parse.GetValue(dryRun);
            var report = dry ? context.Error : context.Out;
            await report.WriteAsync(ImportReport.Format(result)).ConfigureAwait(false);
            if (dry)
            {
                await context.Out.WriteAsync(result.Json).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            var path = ContributionWriter.PathFor(layout, result.Article!);
            var shown = layout.File(path).DisplayPath;
            switch (ContributionWriter.Write(path, result.Json!, parse.GetValue(force)))
            {
                case ContributionWriteOutcome.AlreadyIdentical:
                    await context.Out.WriteLineAsync($"{shown}: already imported, identical; nothing to write").ConfigureAwait(false);
                    return ExitCodes.Success;
                case ContributionWriteOutcome.ExistsDifferent:
                    await context.Error.WriteLineAsync($"{shown} already exists with different content; pass --force to replace it").ConfigureAwait(false);
                    return ExitCodes.InvalidData;
                default:
                    await context.Out.WriteLineAsync($"wrote {shown}").ConfigureAwait(false);
                    return ExitCodes.Success;
            }
        });
        return command;
    }

    /// <summary>An hour: longer is a mistake, and past about 49 days the timer refuses the value (it was an internal error).</summary>
    private const int MaxTimeoutSeconds = 3600;

    private static async Task<(ImportInput? Input, int Exit)> ReadInputAsync(CliContext context, string input, Uri? pageUrl, int timeoutSeconds, CancellationToken cancellationToken)
    {
        if (!input.Contains("://", StringComparison.Ordinal))
        {
            var read = ImportInputReader.Read(input, pageUrl, out var error);
            if (read is null)
            {
                await context.Error.WriteLineAsync(error).ConfigureAwait(false);
                return (null, File.Exists(input) ? ExitCodes.InvalidData : ExitCodes.Usage);
            }

            return (read, ExitCodes.Success);
        }

        if (!Uri.TryCreate(input, UriKind.Absolute, out var address) || !ArticleFetcher.IsHttp(address))
        {
            await context.Error.WriteLineAsync($"{input}: only http and https addresses can be imported").ConfigureAwait(false);
            return (null, ExitCodes.Usage);
        }

        if (timeoutSeconds is < 1 or > MaxTimeoutSeconds)
        {
            await context.Error.WriteLineAsync($"--timeout must be from 1 to {MaxTimeoutSeconds} seconds (one hour)").ConfigureAwait(false);
            return (null, ExitCodes.Usage);
        }

        using var handler = ArticleFetcher.CreateHandler();
        using var fetcher = new ArticleFetcher(handler, FetchOptions.Default with { Timeout = TimeSpan.FromSeconds(timeoutSeconds) });
        var fetched = await fetcher.FetchAsync(address, cancellationToken).ConfigureAwait(false);
        if (!fetched.Success)
        {
            await context.Error.WriteLineAsync("cannot fetch " + fetched.Error).ConfigureAwait(false);
            return (null, ExitCodes.InvalidData);
        }

        return (new ImportInput(fetched.Html, fetched.IsHtml, pageUrl ?? fetched.FinalUrl, fetched.FinalUrl.AbsoluteUri), ExitCodes.Success);
    }
}

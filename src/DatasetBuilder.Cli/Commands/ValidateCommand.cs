using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using DatasetBuilder.Reading;
using DatasetBuilder.Reporting;
using DatasetBuilder.Validation;

namespace DatasetBuilder.Cli.Commands;

/// <summary>
/// <c>validate [PATH...] [--data data] [--format text|json|github|sarif] [--strict] [--changed-since REF] [--max-file-size SIZE]</c>:
/// check contributions, source profiles and the dataset metadata; exit 1 when the data is invalid.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Article files or folders to check (default: all of the data folder). Sources and dataset.json are always checked.", Arity = ArgumentArity.ZeroOrMore };
        var data = new Option<string>("--data") { Description = "Data folder.", DefaultValueFactory = _ => "data" };
        var format = new Option<ReportFormat>("--format")
        {
            Description = "Report format: text, json, github (workflow annotations) or sarif (SARIF 2.1.0).",
            DefaultValueFactory = _ => ReportFormat.Text,
            CustomParser = ParseFormat,
        };
        var strict = new Option<bool>("--strict") { Description = "Fail on warnings too." };
        var changedSince = new Option<string?>("--changed-since") { Description = "Check the article files git reports as changed since REF (for example origin/main)." };
        var maxFileSize = new Option<string>("--max-file-size") { Description = "Largest input file accepted, in bytes or with KB/MB (default 32MB).", DefaultValueFactory = _ => "32MB" };
        var cacheDir = new Option<string?>("--cache-dir") { Description = "Folder of the keys cache that speeds up validating a few files of a large corpus (default: $XDG_CACHE_HOME/dataset-builder or ~/.cache/dataset-builder)." };
        var noCache = new Option<bool>("--no-cache") { Description = "Scan every other file for the corpus-wide checks instead of using the keys cache." };
        var command = new Command("validate", "Validate article files, source profiles and dataset metadata.") { paths, data, format, strict, changedSince, maxFileSize, cacheDir, noCache };
        command.SetAction(parse =>
        {
            var root = parse.GetValue(data)!;
            if (DataFolderCheck.Problem(root) is { } notAFolder)
            {
                context.Error.WriteLine(notAFolder);
                return ExitCodes.Usage;
            }

            if (!TryParseSize(parse.GetValue(maxFileSize)!, out var maxBytes))
            {
                context.Error.WriteLine($"--max-file-size \"{parse.GetValue(maxFileSize)}\" is not a size; write bytes (1048576) or 512KB / 32MB");
                return ExitCodes.Usage;
            }

            var layout = new DataLayout(root);
            var requested = parse.GetValue(paths) ?? [];
            var selection = new List<string>();
            foreach (var path in requested)
            {
                if (Select(layout, path, selection) is { } problem)
                {
                    context.Error.WriteLine(problem);
                    return ExitCodes.Usage;
                }
            }

            var since = parse.GetValue(changedSince);
            if (since is not null)
            {
                var (changed, error) = GitChangedFiles.Since(layout.Root, since);
                if (error is not null)
                {
                    context.Error.WriteLine($"--changed-since: {error}");
                    return ExitCodes.Usage;
                }

                foreach (var path in changed)
                {
                    _ = Select(layout, path, selection);
                }
            }

            var options = JsonLoadOptions.Default with { MaxFileBytes = maxBytes };
            var validator = new CorpusValidator(options, context.Time)
            {
                KeyCacheDirectory = parse.GetValue(noCache) ? null : parse.GetValue(cacheDir) is { Length: > 0 } dir ? Path.GetFullPath(dir) : ArticleKeyCache.DefaultDirectory(),
            };
            // The report's findings are all this command prints: each valid article is let go as soon as it is checked
            // (keeping them all held every text of the corpus, 1.4 GB at 200k articles).
            var report = validator.Validate(layout, requested.Length == 0 && since is null ? null : selection, static _ => { });
            var isStrict = parse.GetValue(strict);
            var color = context.ColorOutput && Environment.GetEnvironmentVariable("NO_COLOR") is null or "";
            ReportWriter.Write(report, parse.GetValue(format), context.Out, isStrict, color);
            return report.IsValid(isStrict) ? ExitCodes.Success : ExitCodes.InvalidData;
        });
        return command;
    }

    /// <summary>Our own message for a bad <c>--format</c>: the parser's names the enum type and its capitalised members.</summary>
    private static ReportFormat ParseFormat(ArgumentResult result)
    {
        var value = result.Tokens.Count > 0 ? result.Tokens[^1].Value : null;
        if (ReportWriter.TryParseFormat(value, out var parsed))
        {
            return parsed;
        }

        result.AddError($"--format must be one of: {string.Join(", ", ReportWriter.FormatNames)} (got \"{value}\")");
        return ReportFormat.Text;
    }

    /// <summary>Adds an article PATH to the selection; returns why the PATH is wrong usage, or null.</summary>
    private static string? Select(DataLayout layout, string path, List<string> selection)
    {
        var full = Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar);
        var exists = File.Exists(full) || Directory.Exists(full) || new FileInfo(full).LinkTarget is not null;
        if (!exists)
        {
            // A mistyped option lands among the PATHs (they take any word): say what it most likely is.
            return path.StartsWith('-')
                ? $"unknown option \"{path}\" (and no file of that name); run validate --help for the options"
                : $"\"{path}\" does not exist";
        }

        if (IsUnder(full, layout.ArticlesDirectory))
        {
            selection.Add(full);
            return null;
        }

        // Source profiles and dataset.json are checked on every run. A changed profile can change its articles' verdict
        // (language, domain), so its articles are checked too.
        if (IsUnder(full, layout.SourcesDirectory))
        {
            var articles = Path.Combine(layout.ArticlesDirectory, Path.GetFileNameWithoutExtension(full));
            if (Directory.Exists(articles))
            {
                selection.Add(articles);
            }

            return null;
        }

        return full == layout.DatasetFile || full == layout.Root
            ? null
            : $"\"{path}\" is not inside the data folder {layout.Root}; pass --data when the data lives elsewhere";
    }

    private static bool IsUnder(string path, string directory) =>
        path.Equals(directory, StringComparison.Ordinal) || path.StartsWith(directory + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static bool TryParseSize(string text, out long bytes)
    {
        var t = text.Trim().ToUpperInvariant();
        long unit = 1;
        foreach (var (suffix, factor) in new[] { ("KB", 1024L), ("MB", 1024L * 1024), ("GB", 1024L * 1024 * 1024), ("B", 1L) })
        {
            if (t.EndsWith(suffix, StringComparison.Ordinal))
            {
                unit = factor;
                t = t[..^suffix.Length].Trim();
                break;
            }
        }

        var ok = long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 && n <= long.MaxValue / unit;
        bytes = ok ? n * unit : 0;
        return ok;
    }
}

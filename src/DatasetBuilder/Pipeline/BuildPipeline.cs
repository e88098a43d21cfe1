using System.Reflection;
using System.Text;
using DatasetBuilder.Cleaning;
using DatasetBuilder.Datasheet;
using DatasetBuilder.Reading;
using DatasetBuilder.Releases;
using DatasetBuilder.Validation;
using DatasetBuilder.Writing;

namespace DatasetBuilder.Pipeline;

/// <summary>
/// read+validate (pass 1, <see cref="ValidationStage"/>) → clean+sign+spill (pass 2, <see cref="CleaningStage"/>) →
/// deduplicate on signatures (<see cref="DeduplicationStage"/>) → write rows in id order (pass 3, <see cref="RowWritingStage"/>)
/// → release documents → publish. Articles stream through in bounded batches; what stays for the whole corpus is one
/// path and id, one dedup signature and the template line counts per article. Any validation error stops the build before
/// anything is written (unless <see cref="BuildOptions.SkipInvalid"/> leaves the invalid article files out); every article
/// that is not released is accounted for in the result.
/// </summary>
public sealed class BuildPipeline(TimeProvider timeProvider)
{
    /// <summary>Version of the Parquet column contract; bump the major part when a column changes or disappears.</summary>
    public const string ParquetSchemaVersion = "1.0.0";

    /// <summary>The temporary file of cleaned articles inside the staging folder (deleted before the release files are listed).</summary>
    internal const string SpillFileName = ".cleaned.spill";

    public async Task<BuildResult> RunAsync(BuildOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var auto = string.Equals(options.Version, BuildOptions.AutoVersion, StringComparison.Ordinal);
        ReleaseVersion? requested = null;
        if (options.Version is not null && !auto && !ReleaseVersion.TryParse(options.Version, out requested))
        {
            return new BuildResult { Outcome = BuildOutcome.UsageError, Message = $"version \"{options.Version}\" is not of the form MAJOR.MINOR.PATCH (for example 1.2.0) or \"auto\"" };
        }

        if (new BuildClock(timeProvider).EpochProblem() is { } epochProblem)
        {
            return new BuildResult { Outcome = BuildOutcome.UsageError, Message = epochProblem };
        }

        var layout = new DataLayout(options.DataRoot);
        if (DataFolderCheck.Problem(options.DataRoot) is { } notAFolder)
        {
            return new BuildResult { Outcome = BuildOutcome.UsageError, Message = notAFolder };
        }

        var dataFolder = Path.GetFullPath(layout.Root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if ((Path.GetFullPath(options.OutputRoot).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar).StartsWith(dataFolder, StringComparison.Ordinal))
        {
            // A release inside the data folder would be walked as contributions (stray files) by the next validation.
            return new BuildResult { Outcome = BuildOutcome.UsageError, Message = $"--out \"{options.OutputRoot}\" is inside the data folder \"{options.DataRoot}\"; write releases outside it (the default is dist/)" };
        }

        if (File.Exists(options.OutputRoot))
        {
            return new BuildResult { Outcome = BuildOutcome.UsageError, Message = $"--out \"{options.OutputRoot}\" is a file, not a folder; pass the folder releases go to" };
        }

        var clock = new StageClock(options.Progress);
        clock.Start("validate", 0);
        var corpus = new ValidationStage(options, timeProvider).Run(layout, clock);
        var report = corpus.Report;
        clock.Stop(report.FilesChecked);
        if (corpus.IsBlocked(options.Strict) || report.Dataset is null)
        {
            return new BuildResult
            {
                Outcome = BuildOutcome.InvalidData,
                Diagnostics = report.Diagnostics,
                ArticlesRead = report.FilesChecked,
                Stages = clock.Timings,
                Message = $"{report.ErrorCount} error(s), {report.WarningCount} warning(s): no release written"
                    + (options.SkipInvalid && corpus.Rejects.Count > 0 ? $" ({corpus.BlockingErrors} outside article files, which --skip-invalid cannot leave out)" : string.Empty),
            };
        }

        var dataset = report.Dataset;
        var isRelease = options.Version is not null;
        var datasetDirectory = Path.Combine(Path.GetFullPath(options.OutputRoot), dataset.Name);
        if (requested is not null && Directory.Exists(Path.Combine(datasetDirectory, requested.Value.ToString())))
        {
            return VersionExists(report, Path.Combine(datasetDirectory, requested.Value.ToString()));
        }

        // Completeness gate: a release must answer every datasheet question; a preview may show the gaps.
        var unanswered = DatasheetQuestions.Unanswered(dataset);
        if (isRelease && unanswered.Count > 0)
        {
            return new BuildResult
            {
                Outcome = BuildOutcome.IncompleteDatasheet,
                Diagnostics = report.Diagnostics,
                MissingAnswers = unanswered,
                Message = $"release refused: {unanswered.Count} required datasheet answer(s) missing in {Path.Combine(options.DataRoot, "dataset.json")} (datasheet): "
                    + string.Join("; ", unanswered.Select(static q => $"{q.Id} ({q.Question})")),
            };
        }

        var rejectedFiles = corpus.Rejects.Select(static d => d.File).ToHashSet(StringComparer.Ordinal);
        var contributed = corpus.Articles.Count + rejectedFiles.Count;
        using var publisher = new ReleasePublisher();
        publisher.SweepAbandoned(datasetDirectory);
        var stamp = new BuildClock(timeProvider).Resolve(layout.Root);
        var inputs = ReleaseInputs.Sha256(layout.Root);
        if (isRelease && stamp.GitProblem is { } gitProblem)
        {
            return Refused(report, $"release refused: git refuses the data folder {layout.Root} ({gitProblem}), so the release could record neither its data_commit nor whether the data has uncommitted changes. Fix what git says (for \"dubious ownership\": git config --global --add safe.directory <the repository>), then build again");
        }

        if (isRelease && stamp.DataDirty && !options.AllowDirty)
        {
            return Refused(report, $"release refused: the data folder {layout.Root} has uncommitted changes (git status), so data_commit would not describe this release. Commit them, or pass --allow-dirty to publish a release marked data_dirty");
        }

        var staging = publisher.CreateStaging(Path.Combine(datasetDirectory, options.Version ?? BuildOptions.PreviewFolder));
        ArticleSpill? spill = null;
        try
        {
            // The spill lives in the staging folder (same disk as the release, swept with it after a kill) and is gone before
            // the release files are listed.
            var articleCount = corpus.Articles.Count;
            clock.Start("clean", articleCount);
            ReturnFreedMemory();
            var cleaned = new CleaningStage(options, report.Sources, corpus.Templates).Run(corpus.Articles, Path.Combine(staging, SpillFileName), clock, cancellationToken);
            spill = cleaned.Spill;
            clock.Stop(articleCount);

            // Nothing after the cleaning pass reads the files again: their facts (one object per article) can go.
            corpus = corpus with { Articles = [] };

            clock.Start("dedup", articleCount);
            var dedup = DeduplicationStage.Run(cleaned);
            clock.Stop(articleCount);

            clock.Start("write", articleCount);
            ReturnFreedMemory();
            var rows = await new RowWritingStage(options.Layout).RunAsync(staging, cleaned, dedup, clock, cancellationToken).ConfigureAwait(false);
            clock.Stop(rows.Count);

            clock.Start("publish", rows.Count);

            // The charts depend on the figures only and take a fixed few hundred ms (ScottPlot): drawn on the other core while
            // the version is planned and the changelog written.
            var chartsDrawn = Task.Run(() => DatasheetCharts.Render(rows.Figures), cancellationToken);
            var dataFiles = rows.DataFiles;
            // Every release file is written once and never touched again, so each is hashed once: the data files here, the
            // documents when the croissant, the checksum list and the manifest first list them.
            var hashed = new Dictionary<string, ManifestFile>(StringComparer.Ordinal);
            ManifestFile Hash(string relative) => hashed.TryGetValue(relative, out var known) ? known : hashed[relative] = FileHasher.Describe(staging, relative);
            var dataHashes = dataFiles.Select(Hash).ToList();
            var dataBytes = dataHashes.Sum(static f => f.Bytes);
            var fingerprints = rows.Fingerprints;
            var columns = await ParquetColumns.ReadAsync(Path.Combine(staging, dataFiles[0]), cancellationToken).ConfigureAwait(false);

            // Version: compare with the latest release below the requested one and propose the bump.
            var plan = await VersionPlanner.PlanAsync(new VersionRequest { DatasetDirectory = datasetDirectory, Staging = staging, Requested = requested, Columns = columns, Records = fingerprints, ToolVersion = ToolVersion, InputsSha256 = inputs, ForceVersion = options.ForceVersion }, cancellationToken).ConfigureAwait(false);
            var (previousVersion, probe, proposed, bump, reason) = (plan.PreviousVersion, plan.Changes, plan.Proposed, plan.Changes.Bump, plan.Changes.Reason);
            if (isRelease && plan.Refusal is { } refusal)
            {
                spill.Dispose();
                publisher.Discard(staging);
                return Refused(report, refusal);
            }

            var version = requested?.ToString() ?? (auto ? proposed.ToString() : BuildOptions.PreviewFolder);
            var target = Path.Combine(datasetDirectory, version);
            if (isRelease && Directory.Exists(target))
            {
                spill.Dispose();
                publisher.Discard(staging);
                return VersionExists(report, target);
            }

            var changes = probe with { Version = version, Bump = bump, Reason = reason, PreviousVersion = previousVersion?.ToString() };
            var buildDate = DateOnly.FromDateTime(stamp.Time.UtcDateTime);
            await ReleaseJson.WriteAsync(Path.Combine(staging, ChangeSet.FileName), changes, cancellationToken).ConfigureAwait(false);
            await File.WriteAllBytesAsync(Path.Combine(staging, DuplicateListing.FileName), ReleaseJson.Serialize(DuplicateListing.From(dedup.Dropped)), cancellationToken).ConfigureAwait(false);
            await using (var changelog = new StreamWriter(Path.Combine(staging, ChangelogWriter.FileName), append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16))
            {
                ChangelogWriter.Write(changelog, changes, id => TitleLookup.Title(cleaned, dedup, id), buildDate);
            }

            spill.Dispose();

            var charts = await chartsDrawn.ConfigureAwait(false);
            foreach (var chart in charts)
            {
                var chartPath = Path.Combine(staging, chart.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(chartPath)!);
                await File.WriteAllTextAsync(chartPath, chart.Svg, cancellationToken).ConfigureAwait(false);
            }

            var duplicates = dedup.Dropped.ToList();
            var card = new DatasheetWriter().Write(new DatasheetInput
            {
                Dataset = dataset,
                Version = version,
                Rows = rows.Samples,
                Figures = rows.Figures,
                Sources = report.Sources,
                DataFiles = dataFiles,
                DataBytes = dataBytes,
                ArticlesContributed = contributed,
                DuplicatesRemoved = duplicates,
                Columns = columns,
                DataFileHashes = dataHashes,
                Charts = charts,
                ValidationRejects = corpus.Rejects,
                CleaningRejects = cleaned.Rejects,
                ValidationWarnings = [.. report.Diagnostics.Where(d => d.Severity == Model.Severity.Warning && !rejectedFiles.Contains(d.File))],
                BuildDate = buildDate,
                DataCommit = stamp.DataCommit,
                Removals = rows.Removals,
                Templates = corpus.Templates,
            });
            await File.WriteAllTextAsync(Path.Combine(staging, "README.md"), card, cancellationToken).ConfigureAwait(false);
            await File.WriteAllTextAsync(Path.Combine(staging, LicenseFile.FileName), LicenseFile.Write(dataset), cancellationToken).ConfigureAwait(false);
            await StagingPause.PauseIfRequestedAsync(staging, cancellationToken).ConfigureAwait(false);

            var croissant = CroissantWriter.Write(dataset, version, buildDate, columns, ReleaseFiles(staging, Hash));
            await File.WriteAllBytesAsync(Path.Combine(staging, CroissantWriter.FileName), croissant, cancellationToken).ConfigureAwait(false);
            await File.WriteAllTextAsync(Path.Combine(staging, ChecksumList.FileName), ChecksumList.Write(ReleaseFiles(staging, Hash)), cancellationToken).ConfigureAwait(false);

            var manifest = new Manifest
            {
                Dataset = dataset.Name,
                Version = version,
                SchemaVersion = ParquetSchemaVersion,
                ToolVersion = ToolVersion,
                DataCommit = stamp.DataCommit,
                DataDirty = stamp.DataDirty,
                InputsSha256 = inputs,
                Created = stamp.Time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
                Rows = rows.Count,
                Columns = columns,
                PreviousVersion = previousVersion?.ToString(),
                Files = ReleaseFiles(staging, Hash),
            };
            await File.WriteAllBytesAsync(Path.Combine(staging, Manifest.FileName), ReleaseJson.Serialize(manifest), cancellationToken).ConfigureAwait(false);

            if (!isRelease)
            {
                publisher.Replace(staging, target);
            }
            else if (!publisher.Publish(staging, target))
            {
                return new BuildResult { Outcome = BuildOutcome.VersionExists, ReleaseDirectory = target, Message = $"version {version} was published by another build meanwhile; nothing was overwritten" };
            }

            clock.Stop(rows.Count);
            return new BuildResult
            {
                Outcome = BuildOutcome.Written,
                ReleaseDirectory = target,
                Diagnostics = report.Diagnostics,
                ArticlesRead = contributed,
                ArticlesWritten = rows.Count,
                Rejected = corpus.Rejects,
                LeftOut = cleaned.Rejects,
                Stages = clock.Timings,
                DuplicatesRemoved = duplicates,
                ProposedVersion = proposed.ToString(),
                Changes = changes,
                MissingAnswers = unanswered,
                Warnings = stamp.DataDirty ? [$"warning: the data folder {layout.Root} has uncommitted changes; this build is marked data_dirty and its data_commit is {stamp.DataCommit ?? "null"}"]
                    : stamp.GitProblem is { } problem ? [$"warning: git refuses the data folder {layout.Root} ({problem}); this preview records no data_commit, and a release will be refused until git reads it"]
                    : isRelease && stamp.DataCommit is null ? [$"warning: the data folder {layout.Root} is not in a git repository; release {version} records no data_commit, so nobody can tell which data it was built from, and uncommitted changes could not be checked"]
                    : [],
                Message = $"wrote {rows.Count} articles to {target}",
            };
        }
        catch
        {
            spill?.Dispose();
            publisher.Discard(staging);
            throw;
        }
    }

    /// <summary>Every file of a staged release except the manifest, ordered by path (ordinal), with size and SHA-256 (from <paramref name="hash"/>).</summary>
    private static List<ManifestFile> ReleaseFiles(string staging, Func<string, ManifestFile> hash) =>
    [
        .. Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(staging, f).Replace('\\', '/'))
            .Where(static f => !string.Equals(f, Manifest.FileName, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(hash),
    ];

    private static BuildResult Refused(ValidationReport report, string message) => new()
    {
        Outcome = BuildOutcome.Refused,
        Diagnostics = report.Diagnostics,
        Message = message,
    };

    private static BuildResult VersionExists(ValidationReport report, string target) => new()
    {
        Outcome = BuildOutcome.VersionExists,
        Diagnostics = report.Diagnostics,
        ReleaseDirectory = target,
        Message = $"version {Path.GetFileName(target)} is already published at {target}; releases are never overwritten. Choose a new version.",
    };

    /// <summary>The tool's informational version (from the assembly), recorded in every manifest.</summary>
    public static string ToolVersion { get; } =
        typeof(BuildPipeline).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>
    /// Between passes, most of what the last one held is garbage (pass 1: every file's keys for the corpus-wide checks; cleaning
    /// and deduplication: batches, band keys, clusters), but the runtime keeps the memory it grew to, and the next pass's large
    /// buffers (the Parquet row groups) came on top of it: a 1M-article build peaked near 1.5 GB with about 0.4 GB live. One
    /// blocking, compacting collection that hands free memory back (a second at 1M articles) lets the next pass start from what
    /// is live. Results do not depend on it.
    /// </summary>
    private static void ReturnFreedMemory() =>
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
}

using System.Reflection;
using DatasetBuilder.Cleaning;
using DatasetBuilder.Datasheet;
using DatasetBuilder.Deduplication;
using DatasetBuilder.Reading;
using DatasetBuilder.Releases;
using DatasetBuilder.Validation;
using DatasetBuilder.Writing;

namespace DatasetBuilder.Pipeline;

/// <summary>
/// read → validate → clean → deduplicate → write → publish. Any validation error stops the build before anything is written;
/// every article that is not released is accounted for in the result.
/// </summary>
public sealed class BuildPipeline(TimeProvider timeProvider)
{
    /// <summary>Version of the Parquet column contract; bump the major part when a column changes or disappears.</summary>
    public const string ParquetSchemaVersion = "1.0.0";

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
        if (!Directory.Exists(layout.Root))
        {
            return new BuildResult { Outcome = BuildOutcome.UsageError, Message = $"data folder \"{options.DataRoot}\" does not exist" };
        }

        var report = new CorpusValidator(options.Load, timeProvider).Validate(layout);
        if (!report.IsValid(options.Strict) || report.Dataset is null)
        {
            return new BuildResult
            {
                Outcome = BuildOutcome.InvalidData,
                Diagnostics = report.Diagnostics,
                ArticlesRead = report.FilesChecked,
                Message = $"{report.ErrorCount} error(s), {report.WarningCount} warning(s): no release written",
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

        // Clean: the site templates are learned from the whole corpus first (independent of file order).
        var templates = new SiteTemplateLearner().Learn(report.Articles.Select(static a => a.Article));
        var templateBySource = templates.ToDictionary(static t => t.Source, StringComparer.Ordinal);
        var cleaner = new ArticleCleaner();
        var cleaned = report.Articles
            .AsParallel().AsOrdered()
            .Select(a => cleaner.Clean(new CleaningContext
            {
                Article = a.Article,
                Profile = report.Sources.GetValueOrDefault(a.Article.Source),
                Template = templateBySource.GetValueOrDefault(a.Article.Source),
                UseProfiles = options.UseProfiles,
            }))
            .ToList();

        // Deduplicate
        var candidates = report.Articles.Select((a, i) => new DedupCandidate(a.Article.Id, cleaned[i].Text, a.Article.Published ?? cleaned[i].Metadata.Published));
        var dedup = new Deduplicator().Deduplicate(candidates);
        var clusterSizes = dedup.Assignments.Values.GroupBy(static a => a.ClusterId, StringComparer.Ordinal).ToDictionary(static g => g.Key, static g => g.Count(), StringComparer.Ordinal);

        // Rows in a fixed order: by id.
        var rows = report.Articles
            .Select((a, i) => (a.Article, Cleaned: cleaned[i], Cluster: dedup.Assignments[a.Article.Id]))
            .Where(static x => x.Cluster.IsKept)
            .OrderBy(static x => x.Article.Id, StringComparer.Ordinal)
            .Select(x => DatasetRowFactory.Create(x.Article, report.Sources.GetValueOrDefault(x.Article.Source), x.Cleaned, x.Cluster, clusterSizes[x.Cluster.ClusterId]))
            .ToList();

        var released = report.Articles
            .Select((a, i) => (a.Article, Cleaned: cleaned[i]))
            .Where(x => dedup.Assignments[x.Article.Id].IsKept)
            .ToList();
        var removals = RemovalTallies(released);

        using var publisher = new ReleasePublisher();
        publisher.SweepAbandoned(datasetDirectory);
        var stamp = new BuildClock(timeProvider).Resolve(layout.Root);
        var inputs = ReleaseInputs.Sha256(layout.Root);
        if (isRelease && stamp.DataDirty && !options.AllowDirty)
        {
            return Refused(report, $"release refused: the data folder {layout.Root} has uncommitted changes (git status), so data_commit would not describe this release. Commit them, or pass --allow-dirty to publish a release marked data_dirty");
        }

        var staging = publisher.CreateStaging(Path.Combine(datasetDirectory, options.Version ?? BuildOptions.PreviewFolder));
        try
        {
            var dataFiles = await new ParquetShardWriter(options.Layout).WriteAsync(staging, rows, rows.Count, cancellationToken).ConfigureAwait(false);
            var dataHashes = dataFiles.Select(f => FileHasher.Describe(staging, f)).ToList();
            var dataBytes = dataHashes.Sum(static f => f.Bytes);
            var fingerprints = rows.Select(RecordFingerprint.From).ToList();
            await RecordListing.WriteAsync(staging, fingerprints, cancellationToken).ConfigureAwait(false);
            await new RemovalAuditWriter().WriteAsync(staging, released, cancellationToken).ConfigureAwait(false);
            var columns = await ParquetColumns.ReadAsync(Path.Combine(staging, dataFiles[0]), cancellationToken).ConfigureAwait(false);

            // Version: compare with the latest release below the requested one and propose the bump.
            var plan = await VersionPlanner.PlanAsync(new VersionRequest { DatasetDirectory = datasetDirectory, Staging = staging, Requested = requested, Columns = columns, Records = fingerprints, ToolVersion = ToolVersion, InputsSha256 = inputs, ForceVersion = options.ForceVersion }, cancellationToken).ConfigureAwait(false);
            var (previousVersion, probe, proposed, bump, reason) = (plan.PreviousVersion, plan.Changes, plan.Proposed, plan.Changes.Bump, plan.Changes.Reason);
            if (isRelease && plan.Refusal is { } refusal)
            {
                publisher.Discard(staging);
                return Refused(report, refusal);
            }

            var version = requested?.ToString() ?? (auto ? proposed.ToString() : BuildOptions.PreviewFolder);
            var target = Path.Combine(datasetDirectory, version);
            if (isRelease && Directory.Exists(target))
            {
                publisher.Discard(staging);
                return VersionExists(report, target);
            }

            var changes = probe with { Version = version, Bump = bump, Reason = reason, PreviousVersion = previousVersion?.ToString() };
            var buildDate = DateOnly.FromDateTime(stamp.Time.UtcDateTime);
            await File.WriteAllBytesAsync(Path.Combine(staging, ChangeSet.FileName), ReleaseJson.Serialize(changes), cancellationToken).ConfigureAwait(false);
            var titles = rows.ToDictionary(static r => r.Id, static r => r.Title, StringComparer.Ordinal);
            await File.WriteAllTextAsync(Path.Combine(staging, ChangelogWriter.FileName), ChangelogWriter.Write(changes, titles, buildDate), cancellationToken).ConfigureAwait(false);

            var charts = DatasheetCharts.Render(DatasheetFigures.Compute(rows));
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
                Rows = rows,
                Sources = report.Sources,
                DataFiles = dataFiles,
                DataBytes = dataBytes,
                ArticlesContributed = report.Articles.Count,
                DuplicatesRemoved = duplicates,
                Columns = columns,
                DataFileHashes = dataHashes,
                Charts = charts,
                ValidationWarnings = [.. report.Diagnostics.Where(static d => d.Severity == Model.Severity.Warning)],
                BuildDate = buildDate,
                DataCommit = stamp.DataCommit,
                Removals = removals,
                Templates = templates,
            });
            await File.WriteAllTextAsync(Path.Combine(staging, "README.md"), card, cancellationToken).ConfigureAwait(false);
            await File.WriteAllTextAsync(Path.Combine(staging, LicenseFile.FileName), LicenseFile.Write(dataset), cancellationToken).ConfigureAwait(false);
            await StagingPause.PauseIfRequestedAsync(staging, cancellationToken).ConfigureAwait(false);

            var croissant = CroissantWriter.Write(dataset, version, buildDate, columns, ReleaseFiles(staging));
            await File.WriteAllBytesAsync(Path.Combine(staging, CroissantWriter.FileName), croissant, cancellationToken).ConfigureAwait(false);
            await File.WriteAllTextAsync(Path.Combine(staging, ChecksumList.FileName), ChecksumList.Write(ReleaseFiles(staging)), cancellationToken).ConfigureAwait(false);

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
                Files = ReleaseFiles(staging),
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

            return new BuildResult
            {
                Outcome = BuildOutcome.Written,
                ReleaseDirectory = target,
                Diagnostics = report.Diagnostics,
                ArticlesRead = report.Articles.Count,
                ArticlesWritten = rows.Count,
                DuplicatesRemoved = duplicates,
                ProposedVersion = proposed.ToString(),
                Changes = changes,
                MissingAnswers = unanswered,
                Warnings = stamp.DataDirty ? [$"warning: the data folder {layout.Root} has uncommitted changes; this build is marked data_dirty and its data_commit is {stamp.DataCommit ?? "null"}"] : [],
                Message = $"wrote {rows.Count} articles to {target}",
            };
        }
        catch
        {
            publisher.Discard(staging);
            throw;
        }
    }

    /// <summary>Every file of a staged release except the manifest, ordered by path (ordinal), with size and SHA-256.</summary>
    private static List<ManifestFile> ReleaseFiles(string staging) =>
    [
        .. Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(staging, f).Replace('\\', '/'))
            .Where(static f => !string.Equals(f, Manifest.FileName, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => FileHasher.Describe(staging, f)),
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

    /// <summary>What each cleaning rule removed from the released articles of each source, ordered by source then rule id.</summary>
    private static List<RemovalTally> RemovalTallies(IEnumerable<(Model.Article Article, CleaningResult Cleaned)> released) =>
        [.. released
            .SelectMany(static x => x.Cleaned.Removals.Select(r => (x.Article.Source, x.Article.Id, Removal: r)))
            .GroupBy(static x => (x.Source, x.Removal.RuleId))
            .OrderBy(static g => g.Key.Source, StringComparer.Ordinal)
            .ThenBy(static g => g.Key.RuleId, StringComparer.Ordinal)
            .Select(static g => new RemovalTally(
                g.Key.Source,
                g.Key.RuleId,
                CleaningRules.Describe(g.Key.RuleId),
                g.Select(static x => x.Id).Distinct(StringComparer.Ordinal).Count(),
                g.Count(),
                g.Sum(static x => (long)x.Removal.Length)))];

    /// <summary>The tool's informational version (from the assembly), recorded in every manifest.</summary>
    public static string ToolVersion { get; } =
        typeof(BuildPipeline).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}

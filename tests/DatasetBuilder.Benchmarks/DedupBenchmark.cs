using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using DatasetBuilder.Cleaning;
using DatasetBuilder.Deduplication;
using DatasetBuilder.Model;
using DatasetBuilder.Reading;

namespace DatasetBuilder.Benchmarks;

/// <summary>
/// Times the deduplication stage alone: generates N articles, cleans them (untimed, so deduplication sees the text it sees in
/// a build), then runs <see cref="Deduplicator"/> once and prints seconds, articles/s and the stage's peak memory.
/// Peak RSS is the process's high-water mark, reset just before the stage (Linux <c>/proc/self/clear_refs</c>), so it
/// includes the cleaned texts already in memory; the increase over the resident size before the stage is the stage's own.
/// CPU seconds (user + system, all threads) are printed too: on a shared machine they vary less than wall-clock seconds.
/// </summary>
internal static class DedupBenchmark
{
    public static int Run(GeneratedCorpus corpus)
    {
        var clock = Stopwatch.StartNew();
        var cleaner = new ArticleCleaner();
        var profiles = Directory.EnumerateFiles(Path.Combine(corpus.DataDirectory, "sources"), "*.json")
            .Select(static path =>
            {
                using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
                return SourceProfileMapper.Map(doc.RootElement);
            })
            .ToDictionary(static p => p.Id, StringComparer.Ordinal);
        var candidates = File.ReadLines(corpus.NdjsonPath)
            .AsParallel().AsOrdered()
            .Select(line => ToCandidate(line, cleaner, profiles))
            .ToList();
        Console.Error.WriteLine($"read and cleaned {candidates.Count} articles in {clock.Elapsed.TotalSeconds:F1}s");

        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        var rssBefore = Environment.WorkingSet;
        var peakReset = ResetPeakRss();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        using var self = Process.GetCurrentProcess();
        var cpuBefore = self.TotalProcessorTime;
        clock.Restart();
        var result = new Deduplicator().Deduplicate(candidates);
        var seconds = clock.Elapsed.TotalSeconds;
        self.Refresh();
        var cpuSeconds = (self.TotalProcessorTime - cpuBefore).TotalSeconds;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var peak = PeakRss();

        var kinds = result.Dropped.GroupBy(static a => a.Kind).OrderBy(static g => g.Key).Select(static g => $"{g.Key.ToString().ToLowerInvariant()}={g.Count()}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"dedup: {candidates.Count} articles, {result.Assignments.Values.Select(static a => a.ClusterId).Distinct().Count()} clusters, dropped {string.Join(' ', kinds)} (generator: {corpus.NearDuplicates} near, {corpus.ExactDuplicates} exact)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT stage=dedup articles={candidates.Count} seconds={seconds:F2} cpu_seconds={cpuSeconds:F2} articles_per_s={candidates.Count / seconds:F0} rss_before_mb={rssBefore / 1e6:F0} peak_rss_mb={(peakReset ? peak / 1e6 : double.NaN):F0} stage_rss_mb={(peakReset ? (peak - rssBefore) / 1e6 : double.NaN):F0} allocated_mb={allocated / 1e6:F0} cores={Environment.ProcessorCount}"));
        return 0;
    }

    private static DedupCandidate ToCandidate(string line, ArticleCleaner cleaner, Dictionary<string, SourceProfile> profiles)
    {
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        var published = root.GetProperty("published").GetString();
        var article = new Article
        {
            Id = root.GetProperty("id").GetString()!,
            Source = root.GetProperty("source").GetString()!,
            Language = "ar",
            Title = root.GetProperty("title").GetString()!,
            Published = PartialDate.TryParse(published, out var date) ? date : null,
            Text = root.GetProperty("text").GetString()!,
        };
        return new DedupCandidate(article.Id, cleaner.Clean(new CleaningContext { Article = article, Profile = profiles.GetValueOrDefault(article.Source) }).Text, article.Published);
    }

    private static bool ResetPeakRss()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static long PeakRss()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(static l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }
}

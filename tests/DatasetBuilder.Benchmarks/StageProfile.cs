using System.Diagnostics;
using System.Globalization;
using DatasetBuilder.Cleaning;
using DatasetBuilder.Deduplication;
using DatasetBuilder.Model;
using DatasetBuilder.Reading;
using DatasetBuilder.Text;
using DatasetBuilder.Validation;
using DatasetBuilder.Writing;

namespace DatasetBuilder.Benchmarks;

/// <summary>
/// <c>profile</c> mode: runs each step the build does per article on one thread over a generated corpus and prints the CPU
/// milliseconds per step, so the hot spots are measured rather than guessed. Not the build: no parallelism, no writing.
/// With several rounds (each from fresh state) a step's figure is its best round: this machine's CPU time varies by ±20%
/// from run to run, and the least-disturbed round is the one that compares between two builds of the code.
/// </summary>
internal static class StageProfile
{
    public static int Run(GeneratedCorpus corpus, int limit, int rounds)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        var layout = new DataLayout(corpus.DataDirectory);
        var sources = new Dictionary<string, SourceProfile>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(layout.SourcesDirectory, "*.json"))
        {
            using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(file));
            var profile = SourceProfileMapper.Map(doc.RootElement);
            sources[profile.Id] = profile;
        }

        var files = Directory.EnumerateFiles(layout.ArticlesDirectory, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(limit).ToList();
        SortedDictionary<string, TimeSpan>? best = null;
        IReadOnlyDictionary<string, long> allocated = new Dictionary<string, long>();
        var articles = 0;
        for (var round = 0; round < rounds; round++)
        {
            var (steps, bytes, loaded) = Once(layout, sources, files);
            articles = loaded;
            allocated = bytes; // the same work each round: the same allocation, near enough
            if (best is null)
            {
                best = steps;
                continue;
            }

            foreach (var (step, time) in steps)
            {
                best[step] = best.TryGetValue(step, out var earlier) && earlier <= time ? earlier : time;
            }
        }

        var measured = best!;
        var total = measured.Where(static s => !IsBreakdown(s.Key)).Aggregate(TimeSpan.Zero, static (a, s) => a + s.Value);
        var heading = rounds == 1 ? string.Empty : $", each step's best of {rounds} rounds";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"profile over {files.Count} files ({articles} loaded), one thread{heading}, {total.TotalSeconds:F2} s CPU in all:"));
        foreach (var (step, time) in measured)
        {
            // Allocation is counted for the steps timed one call at a time (not 01 and 02, which run inside the loader).
            var bytes = allocated.TryGetValue(step, out var b) ? string.Create(CultureInfo.InvariantCulture, $"{b / 1024.0 / files.Count,8:F1} KB/article allocated") : string.Empty;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {step,-40} {time.TotalMilliseconds / files.Count,8:F3} ms/article {100 * time / total,6:F1}%{bytes}"));
        }

        return 0;
    }

    /// <summary>A rule's share of step 10, shown under it and not added to the total again.</summary>
    private static bool IsBreakdown(string step) => step.StartsWith("10.", StringComparison.Ordinal);

    /// <summary>One round over <paramref name="files"/> from fresh state: the CPU time of each step, and how many articles loaded.</summary>
    private static (SortedDictionary<string, TimeSpan> Steps, IReadOnlyDictionary<string, long> Allocated, int Articles) Once(DataLayout layout, Dictionary<string, SourceProfile> sources, List<string> files)
    {
        var loader = new JsonFileLoader(JsonLoadOptions.Default);
        var rules = new ArticleContentValidator(sources, new DateOnly(2030, 1, 1));
        var counter = new SiteTemplateCounter();
        var cleaner = new ArticleCleaner();
        var steps = new SortedDictionary<string, TimeSpan>(StringComparer.Ordinal);
        var allocated = new Dictionary<string, long>(StringComparer.Ordinal);

        // The same cleaning again, rule by rule (not counted in the total): "10 clean" less the rules is the document's
        // lines and the result.
        var timedCleaner = new ArticleCleaner([.. CleaningRuleSet.Default.Select((rule, i) => new TimedRule(rule, string.Create(CultureInfo.InvariantCulture, $"10.{i + 1:D2} · {rule.Id}"), steps, allocated))]);
        var table = new SignatureTable(files.Count, MinHashParameters.Default);
        T Time<T>(string step, Func<T> work)
        {
            var start = ThreadCpuClock.Now;
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var value = work();
            steps[step] = steps.GetValueOrDefault(step) + (ThreadCpuClock.Now - start);
            allocated[step] = allocated.GetValueOrDefault(step) + (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore);
            return value;
        }

        // As the build's pass 1 does: each file is read into a pooled buffer and checked while the loader holds it.
        bool Check(ContributionFile file, JsonLoadResult loaded, TimeSpan start)
        {
            steps["01 read+parse (JsonFileLoader)"] = steps.GetValueOrDefault("01 read+parse (JsonFileLoader)") + (ThreadCpuClock.Now - start);
            if (!loaded.Success)
            {
                return false;
            }

            var root = loaded.Document!.RootElement;

            // A file with schema findings went to NJsonSchema: its time is shown apart from the fast path's.
            var schemaStart = ThreadCpuClock.Now;
            var schema = JsonSchemaValidator.Validate(loaded, SchemaKind.Article);
            var schemaStep = schema.Count == 0 ? "02 schema (fast path)" : "02 schema (NJsonSchema, files with findings)";
            steps[schemaStep] = steps.GetValueOrDefault(schemaStep) + (ThreadCpuClock.Now - schemaStart);
            Article article;
            try
            {
                article = Time("04 map (ArticleMapper)", () => ArticleMapper.Map(root));
            }
            catch (InvalidOperationException)
            {
                return false;
            }
            catch (KeyNotFoundException)
            {
                return false;
            }

            var candidate = new ArticleCandidate { Article = article, FileName = Path.GetFileNameWithoutExtension(file.FullPath), FolderName = article.Source, PublishedText = null };
            Time("05 content rules (FluentValidation)", () => rules.Validate(candidate));
            Time("06 sha256 raw text", () => ContentHash.Sha256Hex(article.Text));
            Time("07 template line counts", () => { counter.Add(article); return 0; });
            return true;
        }

        var articles = 0;
        for (var i = 0; i < files.Count; i++)
        {
            var file = layout.File(files[i]);
            var start = ThreadCpuClock.Now;
            articles += loader.Use(file, loaded => Check(file, loaded, start)) ? 1 : 0;
        }

        var templates = Time("08 learn templates (once, after pass 1)", counter.Learn).ToDictionary(static t => t.Source, StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            var loaded = loader.Load(layout.File(files[i]));
            if (!loaded.Success)
            {
                continue;
            }

            using var document = loaded.Document!;
            Article article;
            try
            {
                article = ArticleMapper.Map(document.RootElement);
            }
            catch (InvalidOperationException)
            {
                continue;
            }
            catch (KeyNotFoundException)
            {
                continue;
            }

            var context = new CleaningContext { Article = article, Profile = sources.GetValueOrDefault(article.Source), Template = templates.GetValueOrDefault(article.Source) };
            var cleaned = Time("10 clean (ArticleCleaner)", () => cleaner.Clean(context));
            _ = timedCleaner.Clean(context);
            var cluster = new ClusterAssignment(article.Id, article.Id, article.Id, DuplicateKind.Unique, 1);
            var row = Time("11 row (DatasetRowFactory)", () => DatasetRowFactory.Create(article, sources.GetValueOrDefault(article.Source), cleaned, cluster, 1));
            Time("12 dedup signature", () => { table.Sign(i, new DedupCandidate(article.Id, cleaned.Text, article.Published) { MatchingKey = cleaned.MatchingKey }); return 0; });
            Time("13 spill encode", () => ArticleSpill.Encode(new SpilledArticle(row, [.. RemovalAuditWriter.RowsOf(article, cleaned)])));
        }

        return (steps, allocated, articles);
    }
}

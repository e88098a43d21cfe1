using System.Diagnostics;
using System.Globalization;
using DatasetBuilder.Benchmarks;

// Usage:
//   dotnet run -c Release --project tests/DatasetBuilder.Benchmarks -- generate --n 10000 [--seed 42] [--out bench-out]
//   dotnet run -c Release --project tests/DatasetBuilder.Benchmarks -- run --n 10000 [--seed 42] [--out bench-out] [--no-duckdb] [--reuse]
//   dotnet run -c Release --project tests/DatasetBuilder.Benchmarks -- dedup --n 100000 [--seed 42] [--out bench-out]
//   dotnet run -c Release --project tests/DatasetBuilder.Benchmarks -- profile --n 10000 [--limit 3000] [--rounds 1] [--out bench-out]
var command = args.Length > 0 ? args[0] : "help";
var n = IntOption("--n", 10_000);
var seed = IntOption("--seed", 42);
var outRoot = Path.GetFullPath(StringOption("--out", "bench-out"));
var repo = Path.GetDirectoryName(Path.GetDirectoryName(CorpusGenerator.FindRepositoryFile("data/dataset.json")))!;

switch (command)
{
    case "generate":
        Console.WriteLine(Describe(Generate()));
        return 0;
    case "run":
        return Run();
    case "dedup":
        return DedupBenchmark.Run(Generate());
    case "profile":
        return StageProfile.Run(Generate(), IntOption("--limit", 3000), IntOption("--rounds", 1));
    default:
        Console.WriteLine("commands: generate | run | dedup | profile   options: --n N --seed S --out DIR --no-duckdb --reuse --limit L --rounds R");
        return 2;
}

GeneratedCorpus Generate()
{
    var work = Path.Combine(outRoot, n.ToString(CultureInfo.InvariantCulture));
    Directory.CreateDirectory(work);
    var stamp = Path.Combine(work, "corpus.json");
    if (args.Contains("--reuse") && GeneratedCorpus.TryLoad(stamp, n, seed) is { } kept)
    {
        // Generating 1M articles takes longer than building them: a corpus made by the same generator, N and seed is reused.
        Console.Error.WriteLine($"reusing the corpus generated earlier in {work}");
        return kept;
    }

    File.Delete(stamp);
    var clock = Stopwatch.StartNew();
    var corpus = new CorpusGenerator(seed).Generate(n, work);
    corpus.Save(stamp, seed);
    Console.Error.WriteLine($"generated {n} articles in {clock.Elapsed.TotalSeconds:F1}s");
    return corpus;
}

int Run()
{
    var corpus = Generate();
    var work = Path.GetDirectoryName(corpus.DataDirectory)!;
    var cli = Path.Combine(repo, "src", "DatasetBuilder.Cli", "bin", "Release", "net10.0", "dataset-builder.dll");
    var build = MeasuredProcess.Run("dotnet", ["build", "-c", "Release", Path.Combine(repo, "src", "DatasetBuilder.Cli")], repo);
    if (build.ExitCode != 0)
    {
        Console.Error.WriteLine(build.Output);
        return 1;
    }

    var dist = Path.Combine(work, "dist");
    if (Directory.Exists(dist))
    {
        Directory.Delete(dist, recursive: true);
    }

    // Even page-cache footing: both contenders read files that were just read (the generator's writes may have been evicted,
    // and this machine's page cache holds only a few GB, so a reused or large corpus would otherwise be read from disk).
    WarmPageCache(corpus);
    var ours = MeasuredProcess.Run("dotnet", [cli, "build", "--data", corpus.DataDirectory, "--out", dist, "--version", "1.0.0", "--skip-invalid", "--stats"], repo);
    if (ours.ExitCode != 0)
    {
        Console.Error.WriteLine(ours.Error);
        Console.Error.WriteLine($"our build failed (exit {ours.ExitCode}): {ours.Output}");
        return 1;
    }

    // The corpus's 1% invalid files and its warnings are listed one per line: a 1M build prints hundreds of thousands. Only the
    // progress and the summary lines belong in the benchmark's output.
    var findings = 0;
    foreach (var line in ours.Error.Split('\n'))
    {
        if (line.StartsWith("progress:", StringComparison.Ordinal) || line.StartsWith("left out", StringComparison.Ordinal))
        {
            Console.Error.WriteLine(line.TrimEnd());
        }
        else if (line.Length > 0)
        {
            findings++;
        }
    }

    Console.Error.WriteLine($"(the build also printed {findings} finding line(s), not shown)");

    ProcessMeasurement? duck = null;
    if (!args.Contains("--no-duckdb"))
    {
        var duckOut = Path.Combine(work, "duckdb.parquet");
        File.Delete(duckOut);
        duck = MeasuredProcess.Run("node", [Path.Combine(repo, "tests", "duckdb", "convert-ndjson.mjs"), corpus.NdjsonPath, duckOut], Path.Combine(repo, "tests", "duckdb"));
        if (duck.ExitCode != 0)
        {
            Console.Error.WriteLine($"DuckDB failed: {duck.Error}");
            return 1;
        }
    }

    var mb = corpus.RawTextBytes / 1e6;
    Console.WriteLine();
    Console.WriteLine(Describe(corpus));
    Console.WriteLine($"{"",-22}{"seconds",10}{"articles/s",14}{"MB/s",10}{"peak RSS MB",14}{"CPU s",10}{"cores",8}");
    Console.WriteLine($"{"DatasetBuilder build",-22}{ours.Seconds,10:F2}{n / ours.Seconds,14:F0}{mb / ours.Seconds,10:F1}{ours.PeakRssBytes / 1e6,14:F0}{ours.CpuSeconds,10:F2}{ours.CpuSeconds / ours.Seconds,8:F2}");
    if (duck is not null)
    {
        Console.WriteLine($"{"DuckDB bare COPY",-22}{duck.Seconds,10:F2}{n / duck.Seconds,14:F0}{mb / duck.Seconds,10:F1}{duck.PeakRssBytes / 1e6,14:F0}{duck.CpuSeconds,10:F2}{duck.CpuSeconds / duck.Seconds,8:F2}");
    }

    foreach (var line in ours.Output.Split('\n').Where(static l => l.StartsWith("stage ", StringComparison.Ordinal)))
    {
        Console.WriteLine("  " + line.Trim());
    }

    var ratio = duck is null ? double.NaN : ours.Seconds / duck.Seconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"RESULT articles={n} seconds={ours.Seconds:F2} mb_per_s={mb / ours.Seconds:F1} peak_rss_mb={ours.PeakRssBytes / 1e6:F0} duckdb_seconds={(duck?.Seconds ?? double.NaN):F2} ratio={ratio:F2}"));
    return 0;
}

static void WarmPageCache(GeneratedCorpus corpus)
{
    var clock = Stopwatch.StartNew();
    var buffer = new byte[1 << 20];
    long bytes = 0;
    foreach (var file in Directory.EnumerateFiles(corpus.DataDirectory, "*", SearchOption.AllDirectories).Append(corpus.NdjsonPath))
    {
        using var stream = File.OpenRead(file);
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            bytes += read;
        }
    }

    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"read {bytes / 1e6:F0} MB of input into the page cache in {clock.Elapsed.TotalSeconds:F1}s"));
}

string Describe(GeneratedCorpus c) => string.Create(CultureInfo.InvariantCulture,
    $"corpus: {c.Articles} articles, {c.RawTextBytes / 1e6:F0} MB raw text, {c.NearDuplicates} near-duplicates, {c.ExactDuplicates} exact duplicates, {c.Invalid} invalid files ({c.DataDirectory})");

int IntOption(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}

string StringOption(string name, string fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}

using DatasetBuilder.Model;
using DatasetBuilder.Reading;
using DatasetBuilder.Tests.Support;
using DatasetBuilder.Validation;
using Microsoft.Extensions.Time.Testing;

namespace DatasetBuilder.Tests.Validation;

/// <summary>
/// The keys cache may only make <c>validate PATH</c> faster: every scenario compares the findings with the cache against
/// the findings of a run without it, after the change the scenario makes to the corpus or to the cache file.
/// </summary>
public sealed class ArticleKeyCacheTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 6, 15, 12, 0, 0, TimeSpan.Zero));

    private static readonly JsonLoadOptions Limits = JsonLoadOptions.Default with { MaxFileBytes = 16 * 1024 };

    /// <summary>Long before any run: the files count as settled, so the cache remembers them.</summary>
    private static readonly DateTime Settled = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>A later edit, still in the past.</summary>
    private static readonly DateTime Edited = new(2021, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static readonly string[] Selected = ["duplicate-url-a.json", "duplicate-text-a.json", "duplicate-id.json"];

    public static TheoryData<string, bool, bool> Scenarios() => new()
    {
        // scenario, DSB040 expected on duplicate-url-a, DSB041 expected on duplicate-text-a
        { "cold", true, true },
        { "warm", true, true },
        { "url-edited-other-length", false, true },
        { "url-edited-same-size-later-time", false, true },
        { "text-edited-same-size-later-time", true, false },
        { "other-file-deleted", false, true },
        { "cache-byte-flipped", true, true },
        { "cache-truncated", true, true },
        { "cache-older-format", true, true },
        { "cache-garbage", true, true },
    };

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Validate_WithCache_GivesTheFindingsOfARunWithout(string scenario, bool duplicateUrl, bool duplicateText)
    {
        using var temp = new TempDirectory();
        var (data, cache) = Prepare(temp);
        if (scenario != "cold")
        {
            Run(data, cache);
        }

        Apply(scenario, data, cache);

        var cached = Run(data, cache);
        var scanned = Run(data, null);

        cached.ShouldBe(scanned);
        cached.Any(static d => d.File.EndsWith("duplicate-url-a.json", StringComparison.Ordinal) && d.Code == RuleCodes.DuplicateUrl).ShouldBe(duplicateUrl);
        cached.Any(static d => d.File.EndsWith("duplicate-text-a.json", StringComparison.Ordinal) && d.Code == RuleCodes.DuplicateText).ShouldBe(duplicateText);
        cached.ShouldContain(static d => d.File.EndsWith("fixture/duplicate-id.json", StringComparison.Ordinal) && d.Code == RuleCodes.DuplicateId);
    }

    [Fact]
    public void Validate_FileChangedBehindUnchangedLengthAndTime_ReusesTheRememberedKeys()
    {
        // Shows the warm run reads the cache (and what it trusts): a same-size edit with the old time restored is not seen.
        using var temp = new TempDirectory();
        var (data, cache) = Prepare(temp);
        Run(data, cache);

        EditUrlSameSize(data, Settled);

        Run(data, cache).ShouldContain(static d => d.File.EndsWith("duplicate-url-a.json", StringComparison.Ordinal) && d.Code == RuleCodes.DuplicateUrl);
    }

    [Fact]
    public void Validate_FileWrittenJustBeforeTheRun_IsNotRememberedSoALaterEditIsSeen()
    {
        // A file-system clock may be too coarse to tell two writes apart: a file as new as the cache is read again next time.
        using var temp = new TempDirectory();
        var (data, cache) = Prepare(temp);
        var other = Other(data, "duplicate-url-b.json");
        File.SetLastWriteTimeUtc(other, DateTime.UtcNow);
        var time = File.GetLastWriteTimeUtc(other);
        Run(data, cache);

        EditUrlSameSize(data, time);

        Run(data, cache).ShouldBe(Run(data, null));
    }

    [Fact]
    public void Validate_TextHashNotRememberedByAnEarlierRun_IsComputedWhenACheckedTextHasItsLength()
    {
        // The first run checks a short text only, so the cache holds the lengths of the duplicate texts but not their hashes.
        using var temp = new TempDirectory();
        var (data, cache) = Prepare(temp);
        Run(data, cache, ["text-too-short.json"]);

        var cached = Run(data, cache);

        cached.ShouldBe(Run(data, null));
        cached.ShouldContain(static d => d.File.EndsWith("duplicate-text-a.json", StringComparison.Ordinal) && d.Code == RuleCodes.DuplicateText);
    }

    [Fact]
    public void CachePath_SameDataFolderWrittenTwoWays_IsOneFileOutsideTheDataFolder()
    {
        var path = ArticleKeyCache.CachePath("/tmp/c", "/srv/corpus/data/");
        path.ShouldBe(ArticleKeyCache.CachePath("/tmp/c", "/srv/corpus/./data"));
        path.ShouldStartWith("/tmp/c/");
        path.ShouldEndWith(".keys");
        ArticleKeyCache.CachePath("/tmp/c", "/srv/other/data").ShouldNotBe(path);
    }

    /// <summary>
    /// The cache file is the same bytes whichever order the two cores remembered the files in (two runs into two folders), and
    /// with a probe the cache hands over exactly the files <see cref="DuplicateFinder.Meeting"/> keeps of every file's keys.
    /// </summary>
    [Fact]
    public void Cache_IsTheSameBytesFromTwoRuns_AndAProbeGetsExactlyTheFilesThatMeet()
    {
        using var temp = new TempDirectory();
        var (data, cache) = Prepare(temp);
        var second = temp.Combine("cache-2");
        Run(data, cache);
        Run(data, second);
        File.ReadAllBytes(ArticleKeyCache.CachePath(cache, data)).ShouldBe(File.ReadAllBytes(ArticleKeyCache.CachePath(second, data)));

        var layout = new DataLayout(data);
        var entries = new DataFileWalker(layout).Walk(layout.ArticlesDirectory, recursive: true).Where(static e => e.IsJsonFile).ToList();
        var all = entries.Select(static e => ArticleKeyScanner.Scan(e.File, Limits.MaxFileBytes, static _ => true)).OfType<ArticleKeys>().ToList();
        foreach (var name in Selected)
        {
            var checkedKeys = all.Single(k => k.File.FullPath == Other(data, name));
            var expected = DuplicateFinder.Meeting([checkedKeys], all).Select(static k => k.File.DisplayPath).Order(StringComparer.Ordinal).ToList();
            expected.Count.ShouldBeGreaterThan(1);

            // As in a run: only texts of the checked text's length are hashed (the run above hashed those).
            var textLength = -1;
            ArticleKeyScanner.Scan(checkedKeys.File, Limits.MaxFileBytes, n => (textLength = n) >= 0);
            var opened = ArticleKeyCache.Open(cache, data);
            var probe = new KeyProbe([checkedKeys]);
            var met = entries.Select(e => opened.Get(e, Limits.MaxFileBytes, n => n == textLength, probe)).OfType<ArticleKeys>().ToList();

            met.Select(static k => k.File.DisplayPath).Order(StringComparer.Ordinal).ShouldBe(expected);
            // All from the cache but the run's own checked files: a full check remembers nothing new.
            opened.FilesScanned.ShouldBe(Selected.Length);
            foreach (var k in met)
            {
                var scanned = all.Single(a => a.File.FullPath == k.File.FullPath);
                (k.Id, k.Url, k.UrlKey).ShouldBe((scanned.Id, scanned.Url, scanned.Url is null ? null : DuplicateFinder.NormalizeUrl(scanned.Url)));
                // A text of the checked text's length must carry its hash; any other may (remembered) or may not.
                var length = -1;
                ArticleKeyScanner.Scan(k.File, Limits.MaxFileBytes, n => (length = n) < 0);
                if (length == textLength)
                {
                    k.TextHash.ShouldNotBeNull();
                }

                k.TextHash.ShouldBe(k.TextHash is null ? null : scanned.TextHash);
            }
        }
    }

    /// <summary>
    /// The estimates that decide whether git is asked: every file when there is no cache yet, none when all were written
    /// before it; every file stale for an empty cache, only those a run could not remember (the checked files, the oversized)
    /// once it ran, and as many more as were touched after (sampled, and exact on a corpus under a thousand files).
    /// </summary>
    [Fact]
    public void Estimates_CountTheFilesNewerThanTheCacheAndTheStaleEntries()
    {
        using var temp = new TempDirectory();
        var (data, cache) = Prepare(temp);
        var layout = new DataLayout(data);
        List<DataEntry> Entries() => [.. new DataFileWalker(layout).Walk(layout.ArticlesDirectory, recursive: true).Where(static e => e.IsJsonFile)];
        var entries = Entries();
        entries.Count.ShouldBeGreaterThan(40);

        ArticleKeyCache.EstimateNewer(cache, data, entries).ShouldBe(entries.Count);
        ArticleKeyCache.Open(cache, data).EstimateStale(entries).ShouldBe(entries.Count);
        Run(data, cache);
        ArticleKeyCache.EstimateNewer(cache, data, entries).ShouldBe(0);
        var unremembered = entries.Where(e => Selected.Any(f => Other(data, f) == e.File.FullPath) || e.Length > Limits.MaxFileBytes).ToList();
        ArticleKeyCache.Open(cache, data).EstimateStale(entries).ShouldBe(unremembered.Count);

        var touched = entries.Except(unremembered).Take(10).ToList();
        foreach (var entry in touched)
        {
            File.SetLastWriteTimeUtc(entry.File.FullPath, DateTime.UtcNow.AddMinutes(1));
        }

        ArticleKeyCache.EstimateNewer(cache, data, Entries()).ShouldBe(touched.Count);
        ArticleKeyCache.Open(cache, data).EstimateStale(Entries()).ShouldBe(unremembered.Count + touched.Count);
    }

    private static (string Data, string Cache) Prepare(TempDirectory temp)
    {
        var data = temp.Combine("corpus");
        TestCorpus.CopyDirectory(Path.Combine(RepositoryPaths.TestData, "Validation", "corpus"), data);
        foreach (var file in Directory.EnumerateFiles(data, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, Settled);
        }

        return (data, temp.Combine("cache"));
    }

    private static IReadOnlyList<Diagnostic> Run(string data, string? cache, string[]? selected = null) =>
        new CorpusValidator(Limits, Clock) { KeyCacheDirectory = cache }
            .Validate(new DataLayout(data), [.. (selected ?? Selected).Select(f => Other(data, f))])
            .Diagnostics;

    private static string Other(string data, string name) => Path.Combine(data, "articles", "fixture", name);

    private static void Apply(string scenario, string data, string cache)
    {
        var cacheFile = ArticleKeyCache.CachePath(cache, data);
        switch (scenario)
        {
            case "cold" or "warm":
                break;
            case "url-edited-other-length":
                Edit(Other(data, "duplicate-url-b.json"), "same-page", "another-page", Edited);
                break;
            case "url-edited-same-size-later-time":
                EditUrlSameSize(data, Edited);
                break;
            case "text-edited-same-size-later-time":
                // ل and ر: the same length in bytes and in UTF-16 units, so only the hash can tell the texts apart.
                Edit(Other(data, "duplicate-text-b.json"), "أعمال", "أعمار", Edited);
                break;
            case "other-file-deleted":
                File.Delete(Other(data, "duplicate-url-b.json"));
                break;
            case "cache-byte-flipped":
                var bytes = File.ReadAllBytes(cacheFile);
                bytes[bytes.Length / 2] ^= 0x5A;
                File.WriteAllBytes(cacheFile, bytes);
                break;
            case "cache-truncated":
                File.WriteAllBytes(cacheFile, File.ReadAllBytes(cacheFile)[..(int)(new FileInfo(cacheFile).Length / 2)]);
                break;
            case "cache-older-format":
                var old = File.ReadAllBytes(cacheFile);
                old["DSBKEYS".Length] = 0;
                File.WriteAllBytes(cacheFile, old);
                break;
            case "cache-garbage":
                File.WriteAllText(cacheFile, "not a cache");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(scenario), scenario, "unknown scenario");
        }
    }

    private static void EditUrlSameSize(string data, DateTime time) => Edit(Other(data, "duplicate-url-b.json"), "same-page", "some-page", time);

    private static void Edit(string file, string from, string to, DateTime time)
    {
        var before = File.ReadAllText(file);
        before.ShouldContain(from);
        File.WriteAllText(file, before.Replace(from, to, StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(file, time);
    }
}

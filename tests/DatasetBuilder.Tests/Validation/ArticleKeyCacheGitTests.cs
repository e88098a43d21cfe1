using DatasetBuilder.Model;
using DatasetBuilder.Reading;
using DatasetBuilder.Tests.Support;
using DatasetBuilder.Validation;
using Microsoft.Extensions.Time.Testing;

namespace DatasetBuilder.Tests.Validation;

/// <summary>
/// After a checkout every file has a new time, so the keys cache would miss them all (every CI run): git's blob ids name
/// the unchanged contents, and only the files git reports changed are read again.
/// </summary>
public sealed class ArticleKeyCacheGitTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 6, 15, 12, 0, 0, TimeSpan.Zero));

    private static readonly JsonLoadOptions Limits = JsonLoadOptions.Default with { MaxFileBytes = 16 * 1024 };

    private static readonly DateTime Settled = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static readonly DateTime CheckedOut = new(2021, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Get_AfterACheckoutGaveEveryFileANewTime_ReadsNoFileGitReportsUnchanged()
    {
        using var temp = new TempDirectory();
        var (data, cacheDirectory) = Prepare(temp);
        var first = Scan(data, cacheDirectory, gitFirst: true).Scanned;
        first.ShouldBeGreaterThan(40); // every article file the size limit lets in

        CheckOutAgain(data);

        var (scanned, keys) = Scan(data, cacheDirectory, gitFirst: true);
        scanned.ShouldBe(0);
        keys.ShouldBe(Scan(data, null, gitFirst: false).Keys);
        // Remembered under the new times: the next run needs neither git nor the files.
        Scan(data, cacheDirectory, gitFirst: false).Scanned.ShouldBe(0);
    }

    [Fact]
    public void Get_FileChangedAfterTheCheckout_IsReadAgainAndItsNewKeysUsed()
    {
        using var temp = new TempDirectory();
        var (data, cacheDirectory) = Prepare(temp);
        Scan(data, cacheDirectory, gitFirst: true);
        CheckOutAgain(data);
        var edited = Path.Combine(data, "articles", "fixture", "duplicate-url-b.json");
        File.WriteAllText(edited, File.ReadAllText(edited).Replace("same-page", "some-page", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(edited, CheckedOut.AddDays(1));

        var (scanned, keys) = Scan(data, cacheDirectory, gitFirst: true);

        scanned.ShouldBe(1);
        keys.ShouldBe(Scan(data, null, gitFirst: false).Keys);
        keys.ShouldContain(k => k.Contains("duplicate-url-b.json ", StringComparison.Ordinal) && k.Contains("some-page", StringComparison.Ordinal));
    }

    [Fact]
    public void Get_NotInAGitWorkTree_ReadsTheFilesWithNewTimesAgain()
    {
        using var temp = new TempDirectory();
        var data = temp.Combine("corpus");
        TestCorpus.CopyDirectory(Path.Combine(RepositoryPaths.TestData, "Validation", "corpus"), data);
        SetTimes(data, Settled);
        var cacheDirectory = temp.Combine("cache");
        var first = Scan(data, cacheDirectory, gitFirst: true).Scanned;
        SetTimes(data, CheckedOut);

        GitBlobIds.Find(Path.Combine(data, "articles")).ShouldBeNull();
        Scan(data, cacheDirectory, gitFirst: true).Scanned.ShouldBe(first);
        first.ShouldBeGreaterThan(40);
    }

    [Fact]
    public void Validate_AfterACheckoutAndAnEdit_GivesTheFindingsOfARunWithoutTheCache()
    {
        using var temp = new TempDirectory();
        var (data, cacheDirectory) = Prepare(temp);
        string[] selected = [Path.Combine(data, "articles", "fixture", "duplicate-url-a.json")];
        Validate(data, cacheDirectory, selected);
        CheckOutAgain(data);
        // Another text with the selected file's url: only reading this changed file again finds the duplicate.
        var edited = Path.Combine(data, "articles", "fixture", "duplicate-text-b.json");
        var url = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(selected[0]))!["url"]!.GetValue<string>();
        var node = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(edited))!;
        node["url"] = url;
        File.WriteAllText(edited, node.ToJsonString());
        File.SetLastWriteTimeUtc(edited, CheckedOut.AddDays(1));

        var cached = Validate(data, cacheDirectory, selected);

        cached.ShouldBe(Validate(data, null, selected));
        cached.ShouldContain(d => d.File.EndsWith("duplicate-url-a.json", StringComparison.Ordinal) && d.Code == RuleCodes.DuplicateUrl && d.Message.Contains("duplicate-text-b.json", StringComparison.Ordinal));
    }

    private static (string Data, string Cache) Prepare(TempDirectory temp)
    {
        var repository = temp.Combine("repo");
        var data = Path.Combine(repository, "data");
        TestCorpus.CopyDirectory(Path.Combine(RepositoryPaths.TestData, "Validation", "corpus"), data);
        GitRepository.InitAndCommitAll(repository);
        SetTimes(data, Settled);
        // The index must agree with the settled times, as after a checkout: git refreshes it.
        GitRepository.Git(repository, "update-index", "--refresh", "-q");
        return (data, temp.Combine("cache"));
    }

    /// <summary>What a fresh checkout does: the same contents, every file written anew (a new time), the index refreshed to match.</summary>
    private static void CheckOutAgain(string data)
    {
        var repository = Path.GetDirectoryName(data)!;
        Directory.Delete(Path.Combine(data, "articles"), recursive: true);
        GitRepository.Git(repository, "checkout", "--", "data/articles");
        SetTimes(data, CheckedOut);
        GitRepository.Git(repository, "update-index", "--refresh", "-q");
    }

    private static void SetTimes(string data, DateTime time)
    {
        foreach (var file in Directory.EnumerateFiles(data, "*.json", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, time);
        }
    }

    private static List<DataEntry> Articles(string data)
    {
        var layout = new DataLayout(data);
        return [.. new DataFileWalker(layout).Walk(layout.ArticlesDirectory, recursive: true).Where(static e => e.IsJsonFile)];
    }

    /// <summary>Every article's keys through the cache (or the scanner, without one), as sortable lines, and how many files the cache read.</summary>
    private static (int Scanned, List<string> Keys) Scan(string data, string? cacheDirectory, bool gitFirst)
    {
        var entries = Articles(data);
        var cache = cacheDirectory is null ? null : ArticleKeyCache.Open(cacheDirectory, data);
        if (cache is not null && gitFirst)
        {
            cache.UseBlobIds(GitBlobIds.Find(Path.Combine(data, "articles")));
        }

        var keys = entries
            .Select(e => cache is null ? ArticleKeyScanner.Scan(e.File, Limits.MaxFileBytes, static _ => true) : cache.Get(e, Limits.MaxFileBytes, static _ => true))
            .Select(static k => k is null ? "unreadable" : $"{k.File.DisplayPath} {k.Id} {k.Url} {k.TextHash}")
            .Order(StringComparer.Ordinal)
            .ToList();
        cache?.Save();
        return (cache?.FilesScanned ?? entries.Count, keys);
    }

    private static IReadOnlyList<Diagnostic> Validate(string data, string? cacheDirectory, string[] selected) =>
        new CorpusValidator(Limits, Clock) { KeyCacheDirectory = cacheDirectory, MinStaleFilesForGit = 1 }
            .Validate(new DataLayout(data), selected)
            .Diagnostics;
}

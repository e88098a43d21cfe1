using DatasetBuilder.Model;
using DatasetBuilder.Reading;
using DatasetBuilder.Tests.Support;
using DatasetBuilder.Validation;
using Microsoft.Extensions.Time.Testing;

namespace DatasetBuilder.Tests.Validation;

public sealed class CorpusValidatorTests
{
    /// <summary>The fixture corpus: one invalid contribution per distinct problem, with its expected finding in expected.tsv.</summary>
    private static readonly string Corpus = Path.Combine(RepositoryPaths.TestData, "Validation", "corpus");

    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 6, 15, 12, 0, 0, TimeSpan.Zero));

    /// <summary>Small enough that the fixture too-large.json (about 22 KB) is over it and every other fixture under it.</summary>
    private static readonly JsonLoadOptions FixtureLimits = JsonLoadOptions.Default with { MaxFileBytes = 16 * 1024 };

    private static readonly Lazy<ValidationReport> FixtureReport = new(() => new CorpusValidator(FixtureLimits, Clock).Validate(new DataLayout(Corpus)));

    public static TheoryData<string, string, string, string> Expectations()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var row in ReadExpectations())
        {
            data.Add(row.File, row.Code, row.Pointer, row.Line);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Expectations))]
    public void Validate_InvalidFixture_ReportsItsRuleAtItsLocation(string file, string code, string jsonPointer, string line)
    {
        var path = "corpus/" + file;
        var found = FixtureReport.Value.Diagnostics.Where(d => d.File == path).ToList();
        var match = found.FirstOrDefault(d => d.Code == code);
        match.ShouldNotBeNull($"{path}: expected {code}, got: {string.Join("; ", found.Select(d => $"{d.Code} {d.JsonPointer} {d.Message}"))}");
        if (jsonPointer != "-")
        {
            match.JsonPointer.ShouldBe(jsonPointer);
        }

        if (line != "-")
        {
            match.Line.ShouldBe(int.Parse(line, System.Globalization.CultureInfo.InvariantCulture));
        }

        match.Message.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Validate_FixtureCorpus_ReportsNothingBeyondTheExpectedFindings()
    {
        var expected = ReadExpectations().Select(static r => ("corpus/" + r.File, r.Code)).ToHashSet();
        var unexpected = FixtureReport.Value.Diagnostics.Where(d => !expected.Contains((d.File, d.Code))).ToList();
        unexpected.ShouldBeEmpty(string.Join("\n", unexpected));
    }

    [Fact]
    public void Validate_FixtureSet_HasFortyOrMoreInvalidContributionsWithDistinctProblems()
    {
        var rows = ReadExpectations();
        rows.Select(static r => r.File).Distinct().Count().ShouldBeGreaterThanOrEqualTo(40);
        rows.Select(static r => r.Code).Distinct().Count().ShouldBeGreaterThanOrEqualTo(35);
    }

    [Fact]
    public void Validate_ValidFixtures_AreReleasedWithoutFindings()
    {
        var report = FixtureReport.Value;
        foreach (var name in new[] { "valid-article", "valid-bidi-marks", "valid-partial-date" })
        {
            report.Diagnostics.ShouldNotContain(d => d.File.EndsWith("/" + name + ".json", StringComparison.Ordinal));
            report.Articles.ShouldContain(a => a.Article.Id == name);
        }
    }

    [Fact]
    public void Validate_InvalidArticle_IsNotAmongTheValidArticles()
    {
        var ids = FixtureReport.Value.Articles.Select(static a => a.File.DisplayPath).ToList();
        ids.ShouldNotContain("corpus/articles/fixture/title-blank.json");
        ids.ShouldNotContain("corpus/articles/fixture/published-future.json");
    }

    [Fact]
    public void Validate_DuplicateUrl_NamesTheOtherFileFromBothSides()
    {
        var dups = FixtureReport.Value.Diagnostics.Where(static d => d.Code == RuleCodes.DuplicateUrl).ToList();
        dups.Count.ShouldBe(2);
        dups.Single(static d => d.File.EndsWith("duplicate-url-a.json", StringComparison.Ordinal)).Message.ShouldContain("corpus/articles/fixture/duplicate-url-b.json");
        dups.Single(static d => d.File.EndsWith("duplicate-url-b.json", StringComparison.Ordinal)).Message.ShouldContain("corpus/articles/fixture/duplicate-url-a.json");
    }

    [Fact]
    public void Validate_SelectedFileWithoutScanningOthers_GetsOnlyItsOwnChecks()
    {
        var selected = Path.Combine(Corpus, "articles", "fixture", "duplicate-url-a.json");

        var full = new CorpusValidator(FixtureLimits, Clock).Validate(new DataLayout(Corpus), [selected]);
        var own = new CorpusValidator(FixtureLimits, Clock) { ScanOthers = false }.Validate(new DataLayout(Corpus), [selected]);

        full.Diagnostics.ShouldContain(static d => d.Code == RuleCodes.DuplicateUrl);
        own.Diagnostics.ShouldNotContain(static d => d.Code == RuleCodes.DuplicateUrl);
    }

    [Fact]
    public void Validate_RepositoryData_HasNoErrors()
    {
        var report = new CorpusValidator(JsonLoadOptions.Default, Clock).Validate(new DataLayout(RepositoryPaths.Data));
        report.ErrorCount.ShouldBe(0, string.Join("\n", report.Diagnostics));
        report.Articles.Count.ShouldBe(Directory.GetFiles(Path.Combine(RepositoryPaths.Data, "articles"), "*.json", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public void Validate_SelectedFile_ChecksOnlyItAndTheCorpusWideRulesItTakesPartIn()
    {
        var selected = Path.Combine(Corpus, "articles", "fixture", "duplicate-text-a.json");
        var report = new CorpusValidator(FixtureLimits, Clock).Validate(new DataLayout(Corpus), [selected]);

        var articleFindings = report.Diagnostics.Where(static d => d.File.StartsWith("corpus/articles/", StringComparison.Ordinal)).ToList();
        var finding = articleFindings.ShouldHaveSingleItem();
        finding.Code.ShouldBe(RuleCodes.DuplicateText);
        finding.File.ShouldBe("corpus/articles/fixture/duplicate-text-a.json");
        finding.Message.ShouldContain("corpus/articles/fixture/duplicate-text-b.json");
    }

    [Fact]
    public void Validate_SelectedFileHandedOnAsChecked_StillFindsTheSameTextInAnUncheckedFile()
    {
        // The validate command lets each checked article go (onValid); the same-text check must not depend on keeping them.
        var selected = Path.Combine(Corpus, "articles", "fixture", "duplicate-text-a.json");
        var handed = new List<string>();
        var report = new CorpusValidator(FixtureLimits, Clock).Validate(new DataLayout(Corpus), [selected], valid => handed.Add(valid.File.DisplayPath));

        handed.ShouldBe(["corpus/articles/fixture/duplicate-text-a.json"]);
        report.Articles.ShouldBeEmpty();
        var finding = report.Diagnostics.Where(static d => d.File.StartsWith("corpus/articles/", StringComparison.Ordinal)).ShouldHaveSingleItem();
        finding.Code.ShouldBe(RuleCodes.DuplicateText);
        finding.Message.ShouldContain("corpus/articles/fixture/duplicate-text-b.json");
    }

    [Fact]
    public void Validate_SelectedFileWithDuplicateUrl_FindsTheUncheckedTwin()
    {
        var selected = Path.Combine(Corpus, "articles", "fixture", "duplicate-url-b.json");
        var report = new CorpusValidator(FixtureLimits, Clock).Validate(new DataLayout(Corpus), [selected]);
        report.Diagnostics.ShouldContain(d => d.Code == RuleCodes.DuplicateUrl && d.File.EndsWith("duplicate-url-b.json", StringComparison.Ordinal)
            && d.Message.Contains("duplicate-url-a.json"));
    }

    [Fact]
    public void Validate_SelectedFolder_ChecksEveryFileInIt()
    {
        var report = new CorpusValidator(FixtureLimits, Clock).Validate(new DataLayout(Corpus), [Path.Combine(Corpus, "articles", "other")]);
        var files = report.Diagnostics.Where(static d => d.File.StartsWith("corpus/articles/", StringComparison.Ordinal)).Select(static d => d.File).Distinct().ToList();
        files.ShouldNotBeEmpty();
        files.ShouldAllBe(static f => f.StartsWith("corpus/articles/other/", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_FutureDate_DependsOnTheInjectedClock()
    {
        var selected = Path.Combine(Corpus, "articles", "fixture", "published-future.json");
        var later = new FakeTimeProvider(new DateTimeOffset(2032, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var report = new CorpusValidator(FixtureLimits, later).Validate(new DataLayout(Corpus), [selected]);
        report.Diagnostics.ShouldNotContain(static d => d.Code == RuleCodes.PublishedInFuture);
    }

    [Theory]
    [InlineData("2026-06-16", false)]
    [InlineData("2026-06-17", true)]
    public void Validate_PublishedTomorrowInUtc_IsAcceptedWhileThatDayHasBegunSomewhere(string published, bool future)
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var file = Directory.GetFiles(Path.Combine(data, "articles", "russia-islamic-world"), "*.json").Single();
        File.WriteAllText(file, File.ReadAllText(file).Replace("\"published\": \"2022-01-10\"", $"\"published\": \"{published}\"", StringComparison.Ordinal));

        // 12:00 UTC on 15 June: 16 June has begun east of UTC+12, 17 June nowhere.
        var report = new CorpusValidator(JsonLoadOptions.Default, Clock).Validate(new DataLayout(data), [file]);

        report.Diagnostics.Any(static d => d.Code == RuleCodes.PublishedInFuture).ShouldBe(future);
    }

    /// <summary>
    /// A named pipe left among the articles is a finding, not a wait for a writer that never comes (the runtime's reader
    /// blocked in open(2) on it, so validate hung). Both the full validation and a partial one, which scans the other files.
    /// </summary>
    [Fact]
    public async Task Validate_FifoAmongTheArticles_IsAnEmptyFileNotAHang()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // mkfifo and the three-call reader are Linux's
        }

        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var folder = Path.Combine(data, "articles", "russia-islamic-world");
        var pipe = Path.Combine(folder, "zz-pipe.json");
        await Fifo.CreateAsync(pipe);

        var validating = Task.Run(() =>
        {
            var full = new CorpusValidator(JsonLoadOptions.Default, Clock).Validate(new DataLayout(data));
            var partial = new CorpusValidator(JsonLoadOptions.Default, Clock).Validate(new DataLayout(data), [Directory.GetFiles(folder, "*.json").First(f => f != pipe)]);
            return (full, partial);
        });
        var (report, partialReport) = await validating.WaitAsync(TimeSpan.FromSeconds(60));

        report.Diagnostics.ShouldContain(static d => d.Code == RuleCodes.EmptyFile && d.File.EndsWith("zz-pipe.json", StringComparison.Ordinal));
        partialReport.ErrorCount.ShouldBe(0, string.Join("\n", partialReport.Diagnostics));
    }

    /// <summary>
    /// An article folder the user cannot list is DSB001, and the run fails: the walk skipped inaccessible folders, so their
    /// articles vanished from validate (exit 0) and from the build without a word.
    /// </summary>
    [Fact]
    public async Task Validate_ArticleFolderThatCannotBeListed_IsUnreadableAndFails()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // file modes and setpriv are the Unix case this guards
        }

        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var folder = Path.Combine(data, "articles", "unknown");
        File.SetUnixFileMode(folder, UnixFileMode.None);
        try
        {
            var run = await UnprivilegedCli.RunAsync("validate", "--data", data, "--no-cache");

            run.ExitCode.ShouldBe(1, run.All);
            run.Output.ShouldContain("data/articles/unknown/");
            run.Output.ShouldContain("DSB001");
            run.Output.ShouldContain("cannot list the folder");
        }
        finally
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Theory]
    [InlineData(true, "holds no article file")]
    [InlineData(false, "is missing")]
    public void Validate_NoArticleFiles_IsAWarningNotASilentPass(bool keepFolder, string says)
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var articles = Path.Combine(data, "articles");
        Directory.Delete(articles, recursive: true);
        if (keepFolder)
        {
            Directory.CreateDirectory(articles);
            File.WriteAllText(Path.Combine(articles, ".gitkeep"), string.Empty);
        }

        var report = new CorpusValidator(JsonLoadOptions.Default, Clock).Validate(new DataLayout(data));

        var warning = report.Diagnostics.Where(static d => d.Code == RuleCodes.NoArticles).ShouldHaveSingleItem();
        warning.File.ShouldBe("data/articles/");
        warning.Severity.ShouldBe(Severity.Warning);
        warning.Message.ShouldContain(says);
        report.IsValid(strict: true).ShouldBeFalse();
    }

    /// <summary>dataset.json and the profiles are read by path, not from the walk: a FIFO in their place hung validate too.</summary>
    [Fact]
    public async Task Validate_FifoInPlaceOfDatasetJsonOrAProfile_IsAnEmptyFileNotAHang()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // mkfifo and the three-call reader are Linux's
        }

        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        foreach (var path in new[] { Path.Combine(data, "dataset.json"), Path.Combine(data, "sources", "unknown.json") })
        {
            File.Delete(path);
            await Fifo.CreateAsync(path);
        }

        var report = await Task.Run(() => new CorpusValidator(JsonLoadOptions.Default, Clock).Validate(new DataLayout(data))).WaitAsync(TimeSpan.FromSeconds(60));

        report.Diagnostics.Where(static d => d.Code == RuleCodes.EmptyFile).Select(static d => d.File).Order(StringComparer.Ordinal)
            .ShouldBe(["data/dataset.json", "data/sources/unknown.json"]);
    }

    [Fact]
    public void Validate_Twice_GivesTheSameFindingsInTheSameOrder()
    {
        var again = new CorpusValidator(FixtureLimits, Clock).Validate(new DataLayout(Corpus));
        again.Diagnostics.ShouldBe(FixtureReport.Value.Diagnostics);
    }

    private static List<(string File, string Code, string Pointer, string Line)> ReadExpectations() =>
        [.. File.ReadAllLines(Path.Combine(RepositoryPaths.TestData, "Validation", "expected.tsv"))
            .Where(static l => l.Length > 0 && !l.StartsWith('#'))
            .Select(static l => l.Split('\t'))
            .Select(static p => (p[0], p[1], p[2], p[3]))];

    [Fact]
    public void Validate_UnknownSource_NamesTheDataFolderThatWasValidated()
    {
        var finding = FixtureReport.Value.Diagnostics.Single(static d => d.Code == RuleCodes.UnknownSource);
        finding.Message.ShouldContain("corpus/sources/nonexistent.json");
        finding.Message.ShouldNotContain("data/");
    }

    [Fact]
    public void Validate_ArticleOfAMalformedProfile_IsToldTheProfileIsInvalidNotToAddIt()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        File.WriteAllText(Path.Combine(data, "sources", "al-thawra.json"), "{\"id\": \"al-thawra\"");

        var report = new CorpusValidator(JsonLoadOptions.Default, Clock).Validate(new DataLayout(data));

        report.Diagnostics.ShouldContain(static d => d.File == "data/sources/al-thawra.json" && d.Code == RuleCodes.MalformedJson);
        var finding = report.Diagnostics.Where(static d => d.Code == RuleCodes.UnknownSource).ShouldHaveSingleItem();
        finding.File.ShouldStartWith("data/articles/al-thawra/");
        finding.Message.ShouldContain("data/sources/al-thawra.json is invalid");
        finding.Message.ShouldNotContain("add ");
    }

    [Fact]
    public void Validate_UnansweredDatasheetQuestions_AreWarningsNamingEachQuestion()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp, withHomepage: false);
        TestCorpus.UnanswerDatasheet(data, removed: "uses.risks", blank: "collection.consent");

        var report = new CorpusValidator(JsonLoadOptions.Default, Clock).Validate(new DataLayout(data));

        var unanswered = report.Diagnostics.Where(static d => d.Code == RuleCodes.DatasheetUnanswered).ToList();
        unanswered.Select(static d => (d.File, d.JsonPointer, d.Severity)).ShouldBe(
        [
            ("data/dataset.json", "/datasheet", Severity.Warning),
            ("data/dataset.json", "/datasheet/collection.consent", Severity.Warning),
            ("data/dataset.json", "/homepage", Severity.Warning),
        ]);
        unanswered[0].Message.ShouldContain("uses.risks");
        unanswered[2].Message.ShouldContain("build --version refuses");
        report.ErrorCount.ShouldBe(0);
        report.IsValid(strict: true).ShouldBeFalse();
    }

    [Fact]
    public void Validate_HomepageSet_IsNoLongerWarnedAbout()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp, withHomepage: false);
        var datasetJson = Path.Combine(data, "dataset.json");
        var node = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(datasetJson))!;
        node["homepage"].ShouldBeNull();

        var before = new CorpusValidator(JsonLoadOptions.Default, Clock).Validate(new DataLayout(data));
        node["homepage"] = "https://example.org/dataset";
        File.WriteAllText(datasetJson, node.ToJsonString());
        var after = new CorpusValidator(JsonLoadOptions.Default, Clock).Validate(new DataLayout(data));

        before.Diagnostics.Where(static d => d.Code == RuleCodes.DatasheetUnanswered).Select(static d => d.JsonPointer).ShouldBe(["/homepage"]);
        after.Diagnostics.ShouldNotContain(static d => d.Code == RuleCodes.DatasheetUnanswered);
    }

    [Fact]
    public void Validate_MissingDatasetJson_IsMissingMetadataNamingTheFile()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        File.Delete(Path.Combine(data, "dataset.json"));

        var report = new CorpusValidator(JsonLoadOptions.Default, Clock).Validate(new DataLayout(data));

        var finding = report.Diagnostics.Where(static d => d.File == "data/dataset.json").ShouldHaveSingleItem();
        finding.Code.ShouldBe(RuleCodes.MissingMetadata);
        finding.Message.ShouldContain("data/dataset.json is missing");
    }
}

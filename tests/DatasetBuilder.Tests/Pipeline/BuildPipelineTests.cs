using System.Text.Json;
using DatasetBuilder.Datasheet;
using DatasetBuilder.Pipeline;
using DatasetBuilder.Releases;
using DatasetBuilder.Tests.Support;
using DatasetBuilder.Validation;
using Microsoft.Extensions.Time.Testing;

namespace DatasetBuilder.Tests.Pipeline;

public sealed class BuildPipelineTests
{
    private static Task<BuildResult> Build(string data, string dist, string? version = "1.0.0") =>
        new BuildPipeline(new FakeTimeProvider(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero))).RunAsync(new BuildOptions { DataRoot = data, OutputRoot = dist, Version = version });

    [Fact]
    public async Task RunAsync_RepositoryData_WritesEveryArticle()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var result = await Build(data, temp.Combine("dist"));
        result.Outcome.ShouldBe(BuildOutcome.Written);
        result.ArticlesWritten.ShouldBe(Directory.GetFiles(Path.Combine(data, "articles"), "*.json", SearchOption.AllDirectories).Length);
        File.Exists(Path.Combine(result.ReleaseDirectory!, "manifest.json")).ShouldBeTrue();
        File.Exists(Path.Combine(result.ReleaseDirectory!, "README.md")).ShouldBeTrue();
    }

    [Fact]
    public async Task RunAsync_SchemaViolation_WritesNothingAndNamesFileAndPointer()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var victim = Directory.GetFiles(Path.Combine(data, "articles"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        File.WriteAllText(victim, File.ReadAllText(victim).Replace("\"language\": \"ar\"", "\"language\": 7", StringComparison.Ordinal));

        var result = await Build(data, temp.Combine("dist"));

        result.Outcome.ShouldBe(BuildOutcome.InvalidData);
        var error = result.Diagnostics.Where(static d => d.Severity == DatasetBuilder.Model.Severity.Error).ShouldHaveSingleItem();
        error.Code.ShouldBe(RuleCodes.SchemaType);
        error.JsonPointer.ShouldBe("/language");
        error.File.ShouldEndWith(Path.GetFileName(victim));
        Directory.Exists(temp.Combine("dist")).ShouldBeFalse();
    }

    [Fact]
    public async Task RunAsync_SkipInvalid_ReleasesTheOthersAndListsTheRejectedFileWithItsRule()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var files = Directory.GetFiles(Path.Combine(data, "articles"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        File.WriteAllText(files[0], File.ReadAllText(files[0]).Replace("\"language\": \"ar\"", "\"language\": 7", StringComparison.Ordinal));
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));

        var result = await new BuildPipeline(clock).RunAsync(new BuildOptions { DataRoot = data, OutputRoot = temp.Combine("dist"), Version = "1.0.0", SkipInvalid = true });

        result.Outcome.ShouldBe(BuildOutcome.Written);
        result.ArticlesWritten.ShouldBe(files.Count - 1);
        var rejected = result.Rejected.ShouldHaveSingleItem();
        rejected.Code.ShouldBe(RuleCodes.SchemaType);
        var card = await File.ReadAllTextAsync(Path.Combine(result.ReleaseDirectory!, "README.md"));
        card.ShouldContain("1 contributed file(s) rejected");
        card.ShouldContain($"| {DatasetBuilder.Datasheet.Markdown.Escape(rejected.File)} | {RuleCodes.SchemaType} |");
        (await File.ReadAllTextAsync(Path.Combine(result.ReleaseDirectory!, RecordListing.FileName))).ShouldNotContain(Path.GetFileNameWithoutExtension(files[0]));
    }

    [Fact]
    public async Task RunAsync_ArticleWhoseTextCleansToNothing_IsLeftOutWithItsReasonNotReleasedEmpty()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var files = Directory.GetFiles(Path.Combine(data, "articles"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var node = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(files[0]))!;
        var id = node["id"]!.GetValue<string>();
        // Boilerplate only: it passes validation and every paragraph is removed by the cleaner.
        node["text"] = "جميع الحقوق محفوظة © 2022\n\nتابعونا على فيسبوك وتويتر\n\nللاشتراك في النشرة البريدية اضغط هنا\n\nشارك هذا المقال على مواقع التواصل الاجتماعي";
        File.WriteAllText(files[0], node.ToJsonString());

        var result = await Build(data, temp.Combine("dist"));

        result.Outcome.ShouldBe(BuildOutcome.Written);
        result.ArticlesWritten.ShouldBe(files.Count - 1);
        var leftOut = result.LeftOut.ShouldHaveSingleItem();
        leftOut.Code.ShouldBe(CleaningStage.EmptyAfterCleaning);
        leftOut.File.ShouldEndWith(Path.GetFileName(files[0]));
        leftOut.Message.ShouldContain("cleaning stage");
        leftOut.Message.ShouldContain(id);
        (await File.ReadAllTextAsync(Path.Combine(result.ReleaseDirectory!, RecordListing.FileName))).ShouldNotContain(id);
        var card = await File.ReadAllTextAsync(Path.Combine(result.ReleaseDirectory!, "README.md"));
        card.ShouldContain("1 left out because their text cleans to nothing");
        card.ShouldContain($"| {DatasetBuilder.Datasheet.Markdown.Escape(leftOut.File)} | {CleaningStage.EmptyAfterCleaning} |");
    }

    [Fact]
    public async Task RunAsync_SkipInvalidWithBrokenDatasetFile_StillRefuses()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        File.WriteAllText(Path.Combine(data, "dataset.json"), "{");

        var result = await new BuildPipeline(TimeProvider.System).RunAsync(new BuildOptions { DataRoot = data, OutputRoot = temp.Combine("dist"), Version = "1.0.0", SkipInvalid = true });

        result.Outcome.ShouldBe(BuildOutcome.InvalidData);
        Directory.Exists(temp.Combine("dist")).ShouldBeFalse();
    }

    [Fact]
    public async Task RunAsync_AnyBuild_TimesEveryStageAndLeavesNoSpill()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);

        var result = await Build(data, temp.Combine("dist"));

        result.Stages.Select(static s => s.Name).ShouldBe(["validate", "clean", "dedup", "write", "publish"]);
        result.Stages.Single(static s => s.Name == "write").Articles.ShouldBe(result.ArticlesWritten);
        // Processor time is the whole process's over each stage, so other tests running in parallel inflate it: only its sign
        // and that the build as a whole used some are stable facts.
        result.Stages.ShouldAllBe(static s => s.CpuSeconds >= 0);
        result.Stages.Sum(static s => s.CpuSeconds).ShouldBeGreaterThan(0);
        Directory.EnumerateFiles(temp.Combine("dist"), "*", SearchOption.AllDirectories).ShouldNotContain(static f => f.EndsWith(".spill", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_ExistingVersion_IsRefusedAndLeftUntouched()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var first = await Build(data, temp.Combine("dist"));
        var manifest = Path.Combine(first.ReleaseDirectory!, "manifest.json");
        var before = File.ReadAllBytes(manifest);

        var second = await Build(data, temp.Combine("dist"));

        second.Outcome.ShouldBe(BuildOutcome.VersionExists);
        File.ReadAllBytes(manifest).ShouldBe(before);
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("v1.0.0")]
    [InlineData("01.0.0")]
    [InlineData("../../1.0.0")]
    public async Task RunAsync_MalformedVersion_IsAUsageError(string version)
    {
        using var temp = new TempDirectory();
        var result = await Build(TestCorpus.CopyRepositoryData(temp), temp.Combine("dist"), version);
        result.Outcome.ShouldBe(BuildOutcome.UsageError);
        Directory.Exists(temp.Combine("dist")).ShouldBeFalse();
    }

    [Fact]
    public async Task RunAsync_SameCommitBuiltTwice_EveryFileIsByteIdentical()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var first = await ReleaseBuilds.Build(data, temp.Combine("dist-a"));
        var second = await ReleaseBuilds.Build(data, temp.Combine("dist-b"));

        if (Environment.GetEnvironmentVariable("DSB_DUMP") is { } dump)
        {
            TestCorpus.CopyDirectory(first.ReleaseDirectory!, dump + "/a");
            TestCorpus.CopyDirectory(second.ReleaseDirectory!, dump + "/b");
        }

        var a = ReleaseBuilds.Snapshot(first.ReleaseDirectory!);
        var b = ReleaseBuilds.Snapshot(second.ReleaseDirectory!);

        a.Keys.ShouldContain("README.md");
        a.Keys.ShouldContain("croissant.json");
        a.Keys.ShouldContain("manifest.json");
        a.Keys.ShouldContain("charts/articles-per-month.svg");
        a.Keys.ShouldContain("data/train-00000-of-00001.parquet");
        foreach (var (path, hash) in a)
        {
            (path + " " + b[path]).ShouldBe(path + " " + hash);
        }

        b.Count.ShouldBe(a.Count);
    }

    [Fact]
    public async Task RunAsync_ManifestListsEveryFileExceptItself()
    {
        using var temp = new TempDirectory();
        var release = (await ReleaseBuilds.Build(TestCorpus.CopyRepositoryData(temp), temp.Combine("dist"))).ReleaseDirectory!;
        var manifest = JsonSerializer.Deserialize<Manifest>(File.ReadAllBytes(Path.Combine(release, Manifest.FileName)), ReleaseJson.Options)!;

        manifest.Files.Select(static f => f.Path).ShouldBe(ReleaseBuilds.Snapshot(release).Keys.Where(static k => k != Manifest.FileName));
        manifest.Rows.ShouldBe(5);
        manifest.Version.ShouldBe("1.0.0");
        manifest.Columns.ShouldContain(new ColumnDescriptor("published_date", "date?"));
    }

    [Fact]
    public async Task RunAsync_NoVersion_ProposesOneZeroZeroForTheFirstRelease()
    {
        using var temp = new TempDirectory();
        var result = await ReleaseBuilds.Build(TestCorpus.CopyRepositoryData(temp), temp.Combine("dist"), version: null);
        result.ReleaseDirectory!.ShouldEndWith(BuildOptions.PreviewFolder);
        result.ProposedVersion.ShouldBe("1.0.0");
    }

    [Fact]
    public async Task RunAsync_AutoAfterAddingAnArticle_PublishesMinorWithChangelog()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var dist = temp.Combine("dist");
        await ReleaseBuilds.Build(data, dist, "1.0.0");
        ReleaseBuilds.AddArticle(data, "2022-01-11-bbbbbbbbbbbb");

        var result = await ReleaseBuilds.Build(data, dist, BuildOptions.AutoVersion);

        result.Outcome.ShouldBe(BuildOutcome.Written);
        result.ProposedVersion.ShouldBe("1.1.0");
        Path.GetFileName(result.ReleaseDirectory).ShouldBe("1.1.0");
        var changes = JsonSerializer.Deserialize<ChangeSet>(File.ReadAllBytes(Path.Combine(result.ReleaseDirectory!, ChangeSet.FileName)), ReleaseJson.Options)!;
        changes.PreviousVersion.ShouldBe("1.0.0");
        changes.Bump.ShouldBe(VersionBump.Minor);
        changes.Added.ShouldBe(["2022-01-11-bbbbbbbbbbbb"]);
        File.ReadAllText(Path.Combine(result.ReleaseDirectory!, ChangelogWriter.FileName)).ShouldContain("| 2022-01-11-bbbbbbbbbbbb |");
    }

    [Fact]
    public async Task RunAsync_TitleEdited_ProposesMajorAndChangelogSaysTitle()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var dist = temp.Combine("dist");
        await ReleaseBuilds.Build(data, dist, "1.0.0");
        var victim = ReleaseBuilds.EditFirstTitle(data);

        var result = await ReleaseBuilds.Build(data, dist, null);

        result.ProposedVersion.ShouldBe("2.0.0");
        var change = result.Changes!.Changed.ShouldHaveSingleItem();
        change.Id.ShouldBe(Path.GetFileNameWithoutExtension(victim));
        change.Fields.ShouldBe(["title"]);
        File.ReadAllText(Path.Combine(result.ReleaseDirectory!, ChangelogWriter.FileName)).ShouldContain("| title |");
    }

    /// <summary>
    /// An article that became a duplicate is removed from the release but is still in the build's spill: the changelog names it as
    /// gone, not by the title it still has there, while an edited article is named by its new title.
    /// </summary>
    [Fact]
    public async Task RunAsync_ArticleNowADuplicate_ChangelogListsItAsNoLongerInTheDataset()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var dist = temp.Combine("dist");
        await ReleaseBuilds.Build(data, dist, "1.0.0");
        var edited = ReleaseBuilds.EditFirstTitle(data);
        var files = Directory.GetFiles(Path.Combine(data, "articles"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var (original, copy) = (files[1], files[^1]);
        var node = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(copy))!;
        node["text"] = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(original))!["text"]!.GetValue<string>();
        File.WriteAllText(copy, node.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));

        var result = await ReleaseBuilds.Build(data, dist, null);

        var changes = result.Changes!;
        var gone = changes.Removed.ShouldHaveSingleItem();
        new[] { Path.GetFileNameWithoutExtension(original), Path.GetFileNameWithoutExtension(copy) }.ShouldContain(gone);
        var log = File.ReadAllText(Path.Combine(result.ReleaseDirectory!, ChangelogWriter.FileName));
        log.ShouldContain($"| {Markdown.Escape(gone)} | (no longer in the dataset) |");
        changes.Changed.ShouldContain(c => c.Id == Path.GetFileNameWithoutExtension(edited) && c.Fields.Contains("title"));
        log.ShouldContain(Markdown.Escape(" (مصحح)") + " |");
    }

    [Fact]
    public async Task Build_MissingDatasheetAnswer_RefusesTheReleaseListingTheQuestion()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        TestCorpus.UnanswerDatasheet(data, removed: "uses.risks", blank: "collection.consent");

        var run = await CliRunner.RunAsync("build", "--data", data, "--out", temp.Combine("dist"), "--version", "1.0.0");

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("uses.risks");
        run.Error.ShouldContain("collection.consent");
        run.HasStackTrace.ShouldBeFalse();
        Directory.Exists(Path.Combine(temp.Combine("dist"), ReleaseBuilds.Dataset, "1.0.0")).ShouldBeFalse();
    }

    [Fact]
    public async Task Build_ExistingVersionThroughCli_ExitsOneAndTouchesNothing()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var dist = temp.Combine("dist");
        var release = (await ReleaseBuilds.Build(data, dist, "1.0.0")).ReleaseDirectory!;
        var before = ReleaseBuilds.Snapshot(release);

        var run = await CliRunner.RunAsync("build", "--data", data, "--out", dist, "--version", "1.0.0");

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("never overwritten");
        ReleaseBuilds.Snapshot(release).ShouldBe(before);
        Directory.EnumerateDirectories(Path.Combine(dist, ReleaseBuilds.Dataset)).Select(Path.GetFileName).ShouldBe(["1.0.0"]);
    }

    [Fact]
    public async Task Build_NoVersionThroughCli_PrintsTheProposalAndItsReason()
    {
        using var temp = new TempDirectory();
        var run = await CliRunner.RunAsync("build", "--data", TestCorpus.CopyRepositoryData(temp), "--out", temp.Combine("dist"));
        run.ExitCode.ShouldBe(0);
        run.Output.ShouldContain("proposed version: 1.0.0 (first release: 5 articles)");
    }

    [Fact]
    public async Task RunAsync_DuckDbSnippetGlob_ReadsTheReleaseAsWritten()
    {
        using var temp = new TempDirectory();
        var release = (await ReleaseBuilds.Build(TestCorpus.CopyRepositoryData(temp), temp.Combine("dist"))).ReleaseDirectory!;
        File.ReadAllText(Path.Combine(release, "README.md")).ShouldContain("read_parquet('data/*.parquet')");

        using var read = DuckDbReader.Read(Path.Combine(release, "data", "*.parquet"));

        read.RootElement.GetProperty("rows").GetArrayLength().ShouldBe(5);
        read.RootElement.GetProperty("columns").EnumerateArray()
            .Single(static c => c.GetProperty("name").GetString() == "published_date").GetProperty("type").GetString().ShouldBe("DATE");
    }

    [Fact]
    public async Task RunAsync_PreviousReleaseWithoutRecordListing_ComparesThroughItsParquetColumns()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var dist = temp.Combine("dist");
        var first = await ReleaseBuilds.Build(data, dist, "1.0.0");
        File.Delete(Path.Combine(first.ReleaseDirectory!, RecordListing.FileName));
        ReleaseBuilds.AddArticle(data, "2022-01-11-cccccccccccc");

        var result = await ReleaseBuilds.Build(data, dist, null);

        result.ProposedVersion.ShouldBe("1.1.0");
        result.Changes!.Added.ShouldBe(["2022-01-11-cccccccccccc"]);
        result.Changes.Unchanged.ShouldBe(5);
    }

    [Fact]
    public async Task RunAsync_PreviousReleaseNotComparable_ProposesMajorAndSaysWhy()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var dist = temp.Combine("dist");
        var first = await ReleaseBuilds.Build(data, dist, "1.0.0");
        File.Delete(Path.Combine(first.ReleaseDirectory!, RecordListing.FileName));
        var shard = Path.Combine(first.ReleaseDirectory!, "data", "train-00000-of-00001.parquet");
        File.Delete(shard);
        await Parquet.Serialization.ParquetSerializer.SerializeAsync(new[] { new ForeignRow { Name = "x" } }, shard);

        var result = await ReleaseBuilds.Build(data, dist, null);

        result.ProposedVersion.ShouldBe("2.0.0");
        result.Changes!.Reason.ShouldContain(RecordListing.FileName);
    }

    /// <summary>A Parquet layout that is not ours (no documented column).</summary>
    public sealed class ForeignRow
    {
        public string Name { get; set; } = string.Empty;
    }

    [Fact]
    public async Task RunAsync_RebuildOfSameData_SaysNothingChangedAndAutoRefuses()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var dist = temp.Combine("dist");
        await ReleaseBuilds.Build(data, dist, "1.0.0");

        var preview = await ReleaseBuilds.Build(data, dist, null);
        var auto = await ReleaseBuilds.Build(data, dist, BuildOptions.AutoVersion);

        preview.Outcome.ShouldBe(BuildOutcome.Written);
        preview.Changes!.Bump.ShouldBe(VersionBump.None);
        preview.Changes.Reason.ShouldStartWith("nothing changed since 1.0.0");
        auto.Outcome.ShouldBe(BuildOutcome.Refused);
        auto.Message!.ShouldContain("nothing changed since 1.0.0");
        Directory.EnumerateDirectories(Path.Combine(dist, ReleaseBuilds.Dataset)).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(["1.0.0", BuildOptions.PreviewFolder]);
    }

    [Fact]
    public async Task Build_AutoOnUnchangedDataThroughCli_ExitsOneWithTheReason()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var dist = temp.Combine("dist");
        await ReleaseBuilds.Build(data, dist, "1.0.0");

        var run = await CliRunner.RunAsync("build", "--data", data, "--out", dist, "--version", "auto");

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("nothing changed since 1.0.0");
        run.HasStackTrace.ShouldBeFalse();
    }

    [Fact]
    public async Task RunAsync_SameRecordsButCardChanged_PublishesPatch()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var dist = temp.Combine("dist");
        await ReleaseBuilds.Build(data, dist, "1.0.0");
        EditDatasetJson(data, static n => n["datasheet"]!["motivation.funding"] = "No external funding; hosting is donated.");

        var result = await ReleaseBuilds.Build(data, dist, BuildOptions.AutoVersion);

        result.Outcome.ShouldBe(BuildOutcome.Written);
        Path.GetFileName(result.ReleaseDirectory).ShouldBe("1.0.1");
        result.Changes!.Bump.ShouldBe(VersionBump.Patch);
        result.Changes.Unchanged.ShouldBe(5);
    }

    [Theory]
    [InlineData("0.0.1")]
    [InlineData("0.9.9")]
    public async Task Build_ExplicitVersionNotAboveTheLatest_ExitsOneAndSaysSo(string version)
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var dist = temp.Combine("dist");
        await ReleaseBuilds.Build(data, dist, "1.0.0");
        ReleaseBuilds.AddArticle(data, "2022-01-11-dddddddddddd");

        var run = await CliRunner.RunAsync("build", "--data", data, "--out", dist, "--version", version);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain($"version {version} is not greater than the latest published version 1.0.0");
        Directory.Exists(Path.Combine(dist, ReleaseBuilds.Dataset, version)).ShouldBeFalse();
    }

    [Fact]
    public async Task Build_ExplicitVersionSmallerThanTheChangeNeeds_IsRefusedUnlessForced()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var dist = temp.Combine("dist");
        await ReleaseBuilds.Build(data, dist, "1.0.0");
        ReleaseBuilds.EditFirstTitle(data);

        var refused = await CliRunner.RunAsync("build", "--data", data, "--out", dist, "--version", "1.0.6");
        var forced = await CliRunner.RunAsync("build", "--data", data, "--out", dist, "--version", "1.0.6", "--force-version");

        refused.ExitCode.ShouldBe(1);
        refused.Error.ShouldContain("version 1.0.6 is too small");
        refused.Error.ShouldContain("needs at least 2.0.0");
        refused.Error.ShouldContain("--force-version");
        forced.ExitCode.ShouldBe(0);
        Directory.Exists(Path.Combine(dist, ReleaseBuilds.Dataset, "1.0.6")).ShouldBeTrue();
    }

    [Theory]
    [InlineData("{")]
    [InlineData("null")]
    public async Task Build_LatestReleaseManifestDamaged_ExitsOneInsteadOfPublishingAPatch(string manifest)
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var dist = temp.Combine("dist");
        (await CliRunner.RunAsync("build", "--data", data, "--out", dist, "--version", "1.0.0")).ExitCode.ShouldBe(0);
        File.WriteAllText(Path.Combine(dist, ReleaseBuilds.Dataset, "1.0.0", Manifest.FileName), manifest);

        var run = await CliRunner.RunAsync("build", "--data", data, "--out", dist, "--version", "auto");

        run.ExitCode.ShouldBe(1, run.All);
        run.Error.ShouldContain("the latest release's manifest");
        run.HasStackTrace.ShouldBeFalse();
        Directory.GetDirectories(Path.Combine(dist, ReleaseBuilds.Dataset)).Select(Path.GetFileName).ShouldBe(["1.0.0"]);
    }

    [Fact]
    public async Task Build_PreviewOfNoArticle_DoesNotAdviseAPublishThatWouldBeRefused()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        ReleaseBuilds.DeleteAllArticles(data);

        var run = await CliRunner.RunAsync("build", "--data", data, "--out", temp.Combine("dist"));

        run.ExitCode.ShouldBe(0, run.All);
        run.Output.ShouldContain("0 articles");
        run.Output.ShouldNotContain("publish it with");
    }

    [Fact]
    public async Task Build_NoArticleLeft_RefusesAnEmptyRelease()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        ReleaseBuilds.DeleteAllArticles(data);

        var run = await CliRunner.RunAsync("build", "--data", data, "--out", temp.Combine("dist"), "--version", "1.0.0");

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("0 articles");
        run.HasStackTrace.ShouldBeFalse();
        Directory.Exists(Path.Combine(temp.Combine("dist"), ReleaseBuilds.Dataset, "1.0.0")).ShouldBeFalse();
    }

    [Fact]
    public async Task Build_DirtyDataThroughCli_RefusesAReleaseUnlessAllowDirty()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var commit = GitRepository.InitAndCommitAll(temp.Path);
        ReleaseBuilds.AddArticle(data, "2022-01-11-eeeeeeeeeeee");
        var dist = temp.Combine("dist");

        var refused = await CliRunner.RunAsync("build", "--data", data, "--out", dist, "--version", "1.0.0");
        var allowed = await CliRunner.RunAsync("build", "--data", data, "--out", dist, "--version", "1.0.0", "--allow-dirty");

        refused.ExitCode.ShouldBe(1);
        refused.Error.ShouldContain("uncommitted changes");
        refused.Error.ShouldContain("--allow-dirty");
        allowed.ExitCode.ShouldBe(0, allowed.All);
        allowed.Error.ShouldContain("warning: the data folder");
        var manifest = JsonSerializer.Deserialize<Manifest>(File.ReadAllBytes(Path.Combine(dist, ReleaseBuilds.Dataset, "1.0.0", Manifest.FileName)), ReleaseJson.Options)!;
        manifest.DataDirty.ShouldBeTrue();
        manifest.DataCommit.ShouldBe(commit + BuildClock.DirtySuffix);
    }

    [Fact]
    public async Task Build_GitIgnoredArticle_CountsAsUncommittedAndRefusesTheRelease()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        GitRepository.InitAndCommitAll(temp.Path);
        var added = ReleaseBuilds.AddArticle(data, "2022-01-11-eeeeeeeeeeee");
        File.AppendAllText(Path.Combine(temp.Path, ".git", "info", "exclude"), Path.GetRelativePath(temp.Path, added).Replace('\\', '/') + "\n");

        var refused = await CliRunner.RunAsync("build", "--data", data, "--out", temp.Combine("dist"), "--version", "1.0.0");

        refused.ExitCode.ShouldBe(1, refused.All);
        refused.Error.ShouldContain("uncommitted changes");
        Directory.Exists(Path.Combine(temp.Combine("dist"), ReleaseBuilds.Dataset, "1.0.0")).ShouldBeFalse();
    }

    [Fact]
    public async Task Build_GitIgnoredNonArticleFile_StaysClean()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        File.WriteAllText(Path.Combine(temp.Path, ".gitignore"), "*.bak\n");
        var commit = GitRepository.InitAndCommitAll(temp.Path);
        File.WriteAllText(Path.Combine(data, "notes.bak"), "a contributor's scratch file");

        var result = await ReleaseBuilds.Build(data, temp.Combine("dist"), "1.0.0");

        result.Outcome.ShouldBe(BuildOutcome.Written);
        var manifest = JsonSerializer.Deserialize<Manifest>(File.ReadAllBytes(Path.Combine(result.ReleaseDirectory!, Manifest.FileName)), ReleaseJson.Options)!;
        manifest.DataDirty.ShouldBeFalse();
        manifest.DataCommit.ShouldBe(commit);
    }

    [Fact]
    public async Task Build_GitRefusesTheRepository_RefusesTheReleaseWithGitsMessage()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        GitRepository.InitAndCommitAll(temp.Path);
        File.WriteAllText(Path.Combine(temp.Path, ".git", "index"), "not an index");

        var refused = await CliRunner.RunAsync("build", "--data", data, "--out", temp.Combine("dist"), "--version", "1.0.0");
        var preview = await ReleaseBuilds.Build(data, temp.Combine("dist-preview"), null);

        refused.ExitCode.ShouldBe(1, refused.All);
        refused.Error.ShouldContain("git refuses the data folder");
        refused.Error.ShouldContain("index");
        Directory.Exists(Path.Combine(temp.Combine("dist"), ReleaseBuilds.Dataset, "1.0.0")).ShouldBeFalse();
        preview.Outcome.ShouldBe(BuildOutcome.Written);
        preview.Warnings.ShouldHaveSingleItem().ShouldContain("a release will be refused");
    }

    [Fact]
    public async Task RunAsync_ReleaseOutsideGit_IsWrittenWithAWarningThatItRecordsNoCommit()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);

        var release = await ReleaseBuilds.Build(data, temp.Combine("dist"), "1.0.0");
        var preview = await ReleaseBuilds.Build(data, temp.Combine("dist-preview"), null);

        release.Outcome.ShouldBe(BuildOutcome.Written);
        release.Warnings.ShouldHaveSingleItem().ShouldContain("not in a git repository");
        preview.Warnings.ShouldBeEmpty();

        GitRepository.InitAndCommitAll(temp.Path);
        var committed = await ReleaseBuilds.Build(data, temp.Combine("dist-committed"), "1.0.0");
        committed.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public async Task RunAsync_DirtyDataPreview_IsWrittenAndMarkedDirty()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var commit = GitRepository.InitAndCommitAll(temp.Path);
        File.AppendAllText(Path.Combine(data, "dataset.json"), "\n");

        var result = await ReleaseBuilds.Build(data, temp.Combine("dist"), null);

        result.Outcome.ShouldBe(BuildOutcome.Written);
        result.Warnings.ShouldHaveSingleItem().ShouldContain("uncommitted changes");
        var manifest = JsonSerializer.Deserialize<Manifest>(File.ReadAllBytes(Path.Combine(result.ReleaseDirectory!, Manifest.FileName)), ReleaseJson.Options)!;
        manifest.DataDirty.ShouldBeTrue();
        manifest.DataCommit.ShouldBe(commit + BuildClock.DirtySuffix);
        File.ReadAllText(Path.Combine(result.ReleaseDirectory!, "README.md")).ShouldContain(commit + BuildClock.DirtySuffix);
    }

    [Fact]
    public async Task RunAsync_CleanCommittedData_RecordsTheCommitAndNotDirty()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var commit = GitRepository.InitAndCommitAll(temp.Path);

        var result = await ReleaseBuilds.Build(data, temp.Combine("dist"));

        var manifest = JsonSerializer.Deserialize<Manifest>(File.ReadAllBytes(Path.Combine(result.ReleaseDirectory!, Manifest.FileName)), ReleaseJson.Options)!;
        manifest.DataDirty.ShouldBeFalse();
        manifest.DataCommit.ShouldBe(commit);
        manifest.Created.ShouldBe("2024-05-06T07:08:09Z");
    }

    private static void EditDatasetJson(string data, Action<System.Text.Json.Nodes.JsonNode> edit)
    {
        var path = Path.Combine(data, "dataset.json");
        var node = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(path))!;
        edit(node);
        File.WriteAllText(path, node.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Fact]
    public async Task RunAsync_HostileTitleInAContribution_IsEscapedInCardAndChangelog()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var victim = Directory.GetFiles(Path.Combine(data, "articles"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        var node = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(victim))!;
        node["title"] = "<img src=x onerror=alert(1)> | cell | [link](javascript:x) ---";
        File.WriteAllText(victim, node.ToJsonString());

        var result = await ReleaseBuilds.Build(data, temp.Combine("dist"));

        result.Outcome.ShouldBe(BuildOutcome.Written);
        foreach (var file in new[] { "README.md", ChangelogWriter.FileName })
        {
            var text = File.ReadAllText(Path.Combine(result.ReleaseDirectory!, file));
            text.ShouldContain("&lt;img src=x onerror=alert\\(1\\)&gt; \\| cell \\| \\[link\\]\\(javascript:x\\) ---", customMessage: file);
            text.ShouldNotContain("<img", customMessage: file);
        }
    }
}

using DatasetBuilder.Model;
using DatasetBuilder.Pipeline;
using DatasetBuilder.Reading;
using DatasetBuilder.Tests.Support;
using DatasetBuilder.Writing;
using Parquet.Serialization;

namespace DatasetBuilder.Tests.Pipeline;

public sealed class SingleArticleCleaningTests
{
    private static readonly TimeProvider Clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));

    internal const string TemplateLine = "ملحق الثورة الثقافي الأسبوعي";

    /// <summary>The repository's data plus three al-thawra articles; every al-thawra body holds <see cref="TemplateLine"/> between two paragraphs.</summary>
    internal static string DataWithASiteTemplate(TempDirectory temp)
    {
        var data = TestCorpus.CopyRepositoryData(temp);
        foreach (var id in new[] { "2022-02-01-aaaaaaaaaaaa", "2022-02-02-bbbbbbbbbbbb", "2022-02-03-cccccccccccc" })
        {
            ReleaseBuilds.AddArticle(data, id);
        }

        foreach (var path in Directory.GetFiles(Path.Combine(data, "articles", "al-thawra"), "*.json"))
        {
            var node = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(path))!;
            node["text"] = (string)node["text"]! + "\n" + TemplateLine + "\nوأكد المسؤول أن العمل سيبدأ قريبا في جميع المناطق التي شملتها الخطة الجديدة.";
            File.WriteAllText(path, node.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        }

        return data;
    }

    [Fact]
    public async Task Run_EachArticleOfABuild_CleansToTheReleasedTextWithTheSameRules()
    {
        using var temp = new TempDirectory();
        var data = DataWithASiteTemplate(temp);
        var build = await ReleaseBuilds.Build(data, temp.Combine("dist"), version: null);
        var release = build.ReleaseDirectory!;
        var rows = new List<DatasetRow>();
        foreach (var shard in Directory.GetFiles(Path.Combine(release, "data"), "*.parquet"))
        {
            rows.AddRange((await ParquetSerializer.DeserializeAsync<DatasetRow>(shard)).Data);
        }

        var audit = (await ParquetSerializer.DeserializeAsync<RemovalAuditRow>(Path.Combine(release, "audit", "removals.parquet"))).Data;
        var files = Directory.GetFiles(Path.Combine(data, "articles"), "*.json", SearchOption.AllDirectories).ToDictionary(static f => Path.GetFileNameWithoutExtension(f), StringComparer.Ordinal);
        rows.Count.ShouldBe(8);

        foreach (var row in rows)
        {
            var run = SingleArticleCleaning.Run(new DataLayout(data), files[row.Id], Clock);

            run.Cleaned.ShouldNotBeNull(row.Id);
            run.Cleaned.Text.ShouldBe(row.Text, row.Id);
            run.Cleaned.Removals.Select(static r => r.RuleId).Order(StringComparer.Ordinal)
                .ShouldBe(audit.Where(a => a.Id == row.Id).Select(static a => a.Rule).Order(StringComparer.Ordinal), row.Id);
        }

        audit.Count(static a => a.Rule == "site-template").ShouldBe(4);
    }

    /// <summary>
    /// The build learns templates from the articles that pass their own checks; two of the four al-thawra files break a
    /// rule (id not the file name), which leaves two, fewer than a template needs: the build keeps the line, and so must clean.
    /// </summary>
    [Fact]
    public async Task Run_SourceWithInvalidArticles_CountsOnlyTheValidOnesAsTheBuildDoes()
    {
        using var temp = new TempDirectory();
        var data = DataWithASiteTemplate(temp);
        var folder = Path.Combine(data, "articles", "al-thawra");
        foreach (var id in new[] { "2022-02-01-aaaaaaaaaaaa", "2022-02-03-cccccccccccc" })
        {
            File.Move(Path.Combine(folder, id + ".json"), Path.Combine(folder, id + "-renamed.json"));
        }

        var build = await new BuildPipeline(Clock).RunAsync(new BuildOptions { DataRoot = data, OutputRoot = temp.Combine("dist"), SkipInvalid = true });
        var rows = new List<DatasetRow>();
        foreach (var shard in Directory.GetFiles(Path.Combine(build.ReleaseDirectory!, "data"), "*.parquet"))
        {
            rows.AddRange((await ParquetSerializer.DeserializeAsync<DatasetRow>(shard)).Data);
        }

        var released = rows.Single(static r => r.Id == "2022-02-02-bbbbbbbbbbbb");
        var run = SingleArticleCleaning.Run(new DataLayout(data), Path.Combine(folder, "2022-02-02-bbbbbbbbbbbb.json"), Clock);

        released.Text.ShouldContain(TemplateLine);
        run.Cleaned!.Text.ShouldBe(released.Text);
    }

    [Fact]
    public void Run_WithoutTemplates_KeepsTheLineTheBuildRemoves()
    {
        using var temp = new TempDirectory();
        var data = DataWithASiteTemplate(temp);
        var path = Path.Combine(data, "articles", "al-thawra", "2022-02-02-bbbbbbbbbbbb.json");

        var with = SingleArticleCleaning.Run(new DataLayout(data), path, Clock);
        var without = SingleArticleCleaning.Run(new DataLayout(data), path, Clock, useTemplates: false);

        with.Cleaned!.Text.ShouldNotContain(TemplateLine);
        with.Cleaned.Removals.ShouldContain(static r => r.RuleId == "site-template");
        without.Cleaned!.Text.ShouldContain(TemplateLine);
        with.Problems.ShouldBeEmpty();
    }

    [Fact]
    public void Run_SourceWithoutProfile_WarnsNamingTheProfileItLookedFor()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        File.Delete(Path.Combine(data, "sources", "al-thawra.json"));
        var path = Directory.GetFiles(Path.Combine(data, "articles", "al-thawra"), "*.json").Single();

        var run = SingleArticleCleaning.Run(new DataLayout(data), path, Clock);

        run.Cleaned.ShouldNotBeNull();
        var warning = run.Problems.ShouldHaveSingleItem();
        warning.Severity.ShouldBe(Severity.Warning);
        warning.File.ShouldEndWith("sources/al-thawra.json");
        warning.Message.ShouldContain("al-thawra");
    }

    [Fact]
    public void Run_BrokenProfile_IsAWarningAndTheArticleIsStillCleaned()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        File.WriteAllText(Path.Combine(data, "sources", "al-thawra.json"), "{\"id\": ");
        var path = Directory.GetFiles(Path.Combine(data, "articles", "al-thawra"), "*.json").Single();

        var run = SingleArticleCleaning.Run(new DataLayout(data), path, Clock);

        run.Cleaned.ShouldNotBeNull();
        run.Problems.ShouldNotBeEmpty();
        run.Problems.ShouldAllBe(static p => p.Severity == Severity.Warning);
        run.Problems.ShouldContain(static p => p.File.EndsWith("sources/al-thawra.json", StringComparison.Ordinal));
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using DatasetBuilder.Cleaning;
using DatasetBuilder.Deduplication;
using DatasetBuilder.Pipeline;
using DatasetBuilder.Reading;
using DatasetBuilder.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace DatasetBuilder.Tests.Deduplication;

/// <summary>Deduplication end to end: contributions in a temp copy of the data folder, built by the real <see cref="BuildPipeline"/>.</summary>
public sealed class DeduplicationBuildTests
{
    private const string SeedA = "unknown/2022-01-08-925a35e4c84b";
    private const string SeedB = "unknown/undated-60ebd3c76254";
    private const string SeedFull = "russia-islamic-world/2022-01-10-3293e65aecb4";

    [Fact]
    public async Task RunAsync_RoundupHoldingTwoSeeds_DropsNothingIntoAnArticleItDoesNotDuplicate()
    {
        // The roundup carries the two articles' bodies one after the other (as cleaned, so the cleaner keeps both). The
        // earlier policy kept the dated seed and dropped the undated one into it as "near 0.000".
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        Contribute(data, SeedA, "unknown", "2022-01-12-0000000000aa", "2022-01-12", Cleaned(data, SeedB) + "\n\n" + Cleaned(data, SeedA));

        var result = await Build(data, temp);

        result.Outcome.ShouldBe(BuildOutcome.Written);
        ShouldAllBeDirect(result);
        result.DuplicatesRemoved.Select(static d => (d.Id, d.RepresentativeId, d.Kind)).OrderBy(static d => d.Id, StringComparer.Ordinal).ShouldBe(
        [
            ("2022-01-08-925a35e4c84b", "2022-01-12-0000000000aa", DuplicateKind.Contained),
            ("undated-60ebd3c76254", "2022-01-12-0000000000aa", DuplicateKind.Contained),
        ]);
    }

    [Fact]
    public async Task RunAsync_EarlierExcerptOfAFullArticle_KeepsAFullCopy()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var full = Text(data, SeedFull);
        var paragraphs = full.Split("\n\n");
        var excerpt = string.Join("\n\n", paragraphs.Take((int)Math.Ceiling(paragraphs.Length * 0.5)));
        Contribute(data, SeedA, "unknown", "2022-01-09-0000000000bb", "2022-01-09", excerpt);
        Contribute(data, SeedA, "unknown", "2022-01-11-0000000000cc", "2022-01-11", full + "\n\nالمصدر: وكالات.");

        var result = await Build(data, temp);

        result.Outcome.ShouldBe(BuildOutcome.Written);
        ShouldAllBeDirect(result);
        result.DuplicatesRemoved.Select(static d => d.RepresentativeId).ShouldNotContain("2022-01-09-0000000000bb");
        result.DuplicatesRemoved.Single(static d => d.Id == "2022-01-09-0000000000bb").Kind.ShouldBe(DuplicateKind.Contained);
    }

    [Fact]
    public async Task RunAsync_ExactCopiesDifferingInMetadata_KeepsTheCopyWithUrlAndAgency()
    {
        // Same text: the fuller metadata wins before the date. The pipeline used to sign only id, text and date, so the
        // earlier bare copy was kept.
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var text = string.Join("\n\n",
            "أعلنت وزارة الزراعة في بيان صدر صباح اليوم عن خطة جديدة لدعم صغار المزارعين في المحافظات الشمالية خلال الموسم المقبل.",
            "وقال المتحدث باسم الوزارة إن الخطة تشمل توزيع البذور المحسنة وتقديم قروض ميسرة وإنشاء مراكز إرشاد في القرى البعيدة.",
            "وأضاف أن الوزارة ستتابع تنفيذ الخطة مع المجالس المحلية وأن النتائج الأولى ستعلن في نهاية العام بعد تقييم شامل.");
        Contribute(data, SeedA, "unknown", "2022-02-01-0000000000dd", "2022-02-01", text);
        Contribute(data, SeedA, "unknown", "2022-02-03-0000000000ee", "2022-02-03", text, url: "https://example.org/news/agriculture-plan", agency: "واس");

        var result = await Build(data, temp);

        result.Outcome.ShouldBe(BuildOutcome.Written);
        result.DuplicatesRemoved.Select(static d => (d.Id, d.RepresentativeId, d.Kind)).ShouldBe([("2022-02-01-0000000000dd", "2022-02-03-0000000000ee", DuplicateKind.Exact)]);
    }

    private static void ShouldAllBeDirect(BuildResult result)
    {
        var parameters = MinHashParameters.Default;
        foreach (var dup in result.DuplicatesRemoved)
        {
            var direct = dup.Kind switch
            {
                DuplicateKind.Exact => true,
                DuplicateKind.Near => dup.Similarity >= parameters.JaccardThreshold,
                DuplicateKind.Contained => dup.Similarity >= parameters.ContainmentThreshold,
                _ => false,
            };
            direct.ShouldBeTrue($"{dup.Id} dropped into {dup.RepresentativeId} as {dup.Kind} {dup.Similarity}");
        }
    }

    private static Task<BuildResult> Build(string data, TempDirectory temp) =>
        new BuildPipeline(new FakeTimeProvider(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero)))
            .RunAsync(new BuildOptions { DataRoot = data, OutputRoot = temp.Combine("dist"), Version = null });

    private static string Cleaned(string data, string seed)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(SeedPath(data, seed)));
        return new ArticleCleaner().Clean(new CleaningContext { Article = ArticleMapper.Map(doc.RootElement) }).Text;
    }

    private static string Text(string data, string seed) => JsonNode.Parse(File.ReadAllText(SeedPath(data, seed)))!["text"]!.GetValue<string>();

    private static string SeedPath(string data, string seed) => Path.Combine(data, "articles", seed + ".json");

    /// <summary>A contribution made from <paramref name="template"/>'s file with another id, date and text.</summary>
    private static void Contribute(string data, string template, string source, string id, string? published, string text, string? url = null, string? agency = null)
    {
        var node = JsonNode.Parse(File.ReadAllText(SeedPath(data, template)))!;
        node["id"] = id;
        node["source"] = source;
        node["published"] = published;
        node["text"] = text;
        node["url"] = url;
        node["agency"] = agency;
        File.WriteAllText(Path.Combine(data, "articles", source, id + ".json"), node.ToJsonString());
    }
}

using DatasetBuilder.Cleaning;
using DatasetBuilder.Model;
using DatasetBuilder.Tests.Support;
using DatasetBuilder.Writing;
using ParquetSharp;

namespace DatasetBuilder.Tests.Writing;

public sealed class RemovalAuditWriterTests
{
    [Fact]
    public async Task Write_TwoArticles_RowsOrderedByIdThenStartWithTheRemovedText()
    {
        using var temp = new TempDirectory();
        var b = Article("b", "Ru En\nالعنوان\nنص المقال.");
        var a = Article("a", "TT\nنص.\nالمساهمون");
        var cleaned = new List<(Article, CleaningResult)>
        {
            (b, new CleaningResult("نص المقال.", [new Removal("headline", 6, 7, "the headline, repeated"), new Removal("navigation", 0, 5, "language switcher")], ExtractedMetadata.None)),
            (a, new CleaningResult("نص.", [new Removal("navigation", 0, 2, "logo token"), new Removal("footer", 7, 9, "contributors footer")], ExtractedMetadata.None)),
        };

        var relative = await new RemovalAuditWriter().WriteAsync(temp.Path, cleaned);

        relative.ShouldBe("audit/removals.parquet");
        using var reader = new ParquetFileReader(temp.Combine("audit", "removals.parquet"));
        var schema = reader.FileMetaData.Schema;
        Enumerable.Range(0, schema.NumColumns).Select(i => schema.Column(i).Name).ShouldBe(["id", "rule", "start", "length", "reason", "removed_text"]);
        using var group = reader.RowGroup(0);
        group.MetaData.GetColumnChunkMetaData(0).Compression.ShouldBe(Compression.Zstd);
        var rows = (int)group.MetaData.NumRows;
        group.Column(0).LogicalReader<string>().ReadAll(rows).ShouldBe(["a", "a", "b", "b"]);
        group.Column(1).LogicalReader<string>().ReadAll(rows).ShouldBe(["navigation", "footer", "navigation", "headline"]);
        group.Column(2).LogicalReader<int>().ReadAll(rows).ShouldBe([0, 7, 0, 6]);
        group.Column(5).LogicalReader<string>().ReadAll(rows).ShouldBe(["TT", "المساهمون", "Ru En", "العنوان"]);
    }

    [Fact]
    public async Task Build_Release_CarriesTheAuditListedInTheManifest()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);

        var run = await CliRunner.RunAsync("build", "--data", data, "--out", temp.Combine("dist"));

        run.ExitCode.ShouldBe(0, run.All);
        var release = temp.Combine("dist", "kazakhstan-security-news-ar", "unreleased");
        File.Exists(Path.Combine(release, "audit", "removals.parquet")).ShouldBeTrue();
        (await File.ReadAllTextAsync(Path.Combine(release, "manifest.json"))).ShouldContain("\"audit/removals.parquet\"");
        using var reader = new ParquetFileReader(Path.Combine(release, "audit", "removals.parquet"));
        reader.FileMetaData.NumRows.ShouldBeGreaterThan(0);
        (await CliRunner.RunAsync("verify", release)).ExitCode.ShouldBe(0);
    }

    private static Article Article(string id, string text) => new() { Id = id, Source = "example", Language = "ar", Title = "العنوان", Text = text };
}

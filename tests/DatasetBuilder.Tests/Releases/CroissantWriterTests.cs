using System.Security.Cryptography;
using System.Text.Json;
using DatasetBuilder.Releases;
using DatasetBuilder.Tests.Pipeline;
using DatasetBuilder.Tests.Support;

namespace DatasetBuilder.Tests.Releases;

public sealed class CroissantWriterTests
{
    [Fact]
    public async Task Write_Release_IsCroissant11WithRealChecksumsFieldsAndRai()
    {
        using var temp = new TempDirectory();
        var release = (await ReleaseBuilds.Build(TestCorpus.CopyRepositoryData(temp), temp.Combine("dist"))).ReleaseDirectory!;
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(release, CroissantWriter.FileName)));
        var root = doc.RootElement;

        root.GetProperty("conformsTo").GetString().ShouldBe("http://mlcommons.org/croissant/1.1");
        root.GetProperty("@context").GetProperty("cr").GetString().ShouldBe("http://mlcommons.org/croissant/");
        root.GetProperty("@context").GetProperty("rai").GetString().ShouldBe("http://mlcommons.org/croissant/RAI/");
        root.GetProperty("version").GetString().ShouldBe("1.0.0");

        var objects = root.GetProperty("distribution").EnumerateArray().Where(static d => d.GetProperty("@type").GetString() == "cr:FileObject").ToList();
        objects.Select(static o => o.GetProperty("contentUrl").GetString()).ShouldContain("data/train-00000-of-00001.parquet");
        foreach (var file in objects)
        {
            var bytes = File.ReadAllBytes(Path.Combine(release, file.GetProperty("contentUrl").GetString()!));
            file.GetProperty("sha256").GetString().ShouldBe(Convert.ToHexStringLower(SHA256.HashData(bytes)));
        }

        root.GetProperty("distribution").EnumerateArray().ShouldContain(static d => d.GetProperty("@type").GetString() == "cr:FileSet");

        var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(release, Manifest.FileName))).RootElement;
        var columns = manifest.GetProperty("columns").EnumerateArray().Select(static c => c.GetProperty("name").GetString()).ToList();
        var fields = root.GetProperty("recordSet")[0].GetProperty("field").EnumerateArray().ToList();
        fields.Select(static f => f.GetProperty("source").GetProperty("extract").GetProperty("column").GetString()).ShouldBe(columns);
        fields.ShouldAllBe(static f => f.GetProperty("dataType").GetString()!.StartsWith("sc:", StringComparison.Ordinal));
        fields.Single(static f => f.GetProperty("name").GetString() == "published_date").GetProperty("dataType").GetString().ShouldBe("sc:Date");
        fields.Single(static f => f.GetProperty("name").GetString() == "word_count").GetProperty("dataType").GetString().ShouldBe("sc:Integer");
        fields.Single(static f => f.GetProperty("name").GetString() == "authors").GetProperty("isArray").GetBoolean().ShouldBeTrue();

        foreach (var rai in new[] { "rai:dataCollection", "rai:dataPreprocessingProtocol", "rai:dataBiases", "rai:personalSensitiveInformation", "rai:dataReleaseMaintenancePlan" })
        {
            root.GetProperty(rai).GetString().ShouldNotBeNullOrWhiteSpace(rai);
        }

        root.GetProperty("rai:dataBiases").GetString()!.ShouldContain("not a sample of any defined population");
        root.GetProperty("url").GetString().ShouldBe(TestCorpus.TestHomepage);
    }

    [Fact]
    public async Task Write_Release_DescribesTheRemovalAuditAsASecondRecordSetReferencingArticles()
    {
        using var temp = new TempDirectory();
        var release = (await ReleaseBuilds.Build(TestCorpus.CopyRepositoryData(temp), temp.Combine("dist"))).ReleaseDirectory!;
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(release, CroissantWriter.FileName)));
        var root = doc.RootElement;

        var removals = root.GetProperty("recordSet").EnumerateArray().Single(static r => r.GetProperty("@id").GetString() == "removals");
        var fields = removals.GetProperty("field").EnumerateArray().ToList();
        var columns = await ParquetColumns.ReadAsync(Path.Combine(release, DatasetBuilder.Writing.RemovalAuditWriter.RelativePath));
        fields.Select(static f => f.GetProperty("name").GetString()).ShouldBe(["id", "rule", "start", "length", "reason", "removed_text"]);
        fields.Select(static f => f.GetProperty("source").GetProperty("extract").GetProperty("column").GetString()).ShouldBe(columns.Select(static c => c.Name));
        fields.Select(static f => f.GetProperty("dataType").GetString()).ShouldBe(columns.Select(static c => CroissantWriter.DataType(c.Type)));
        fields.ShouldAllBe(static f => f.GetProperty("source").GetProperty("fileObject").GetProperty("@id").GetString() == "audit/removals.parquet");
        root.GetProperty("distribution").EnumerateArray().ShouldContain(static d => d.GetProperty("@type").GetString() == "cr:FileObject" && d.GetProperty("@id").GetString() == "audit/removals.parquet");
        fields[0].GetProperty("references").GetProperty("field").GetProperty("@id").GetString().ShouldBe("articles/id");
    }

    /// <summary>Each part follows its question: "Yes: public figures…" and "No. All articles…" no longer run into one contradictory sentence.</summary>
    [Fact]
    public async Task Write_PersonalSensitiveInformation_LabelsEachAnswerWithItsQuestion()
    {
        using var temp = new TempDirectory();
        var release = (await ReleaseBuilds.Build(TestCorpus.CopyRepositoryData(temp), temp.Combine("dist"))).ReleaseDirectory!;
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(release, CroissantWriter.FileName)));

        var text = doc.RootElement.GetProperty("rai:personalSensitiveInformation").GetString()!;

        var parts = text.Split("\n\n");
        parts.Length.ShouldBe(2);
        parts[0].ShouldStartWith("Does the dataset identify any people, directly or indirectly? Yes:");
        parts[1].ShouldStartWith("Does the dataset contain data that might be considered confidential? No.");
    }
}

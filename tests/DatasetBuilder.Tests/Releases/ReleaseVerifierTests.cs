using DatasetBuilder.Releases;
using DatasetBuilder.Tests.Pipeline;
using DatasetBuilder.Tests.Support;

namespace DatasetBuilder.Tests.Releases;

public sealed class ReleaseVerifierTests
{
    private static async Task<(TempDirectory Temp, string Release)> Release()
    {
        var temp = new TempDirectory();
        var result = await ReleaseBuilds.Build(TestCorpus.CopyRepositoryData(temp), temp.Combine("dist"));
        return (temp, result.ReleaseDirectory!);
    }

    [Fact]
    public async Task Verify_FreshRelease_FindsNothing()
    {
        var (temp, release) = await Release();
        using (temp)
        {
            new ReleaseVerifier().Verify(release).ShouldBeEmpty();
        }
    }

    [Fact]
    public async Task Verify_OneFlippedByteInParquet_ReportsThatFileChanged()
    {
        var (temp, release) = await Release();
        using (temp)
        {
            var shard = Path.Combine(release, "data", "train-00000-of-00001.parquet");
            var bytes = File.ReadAllBytes(shard);
            bytes[bytes.Length / 2] ^= 0x01;
            File.WriteAllBytes(shard, bytes);

            var problem = new ReleaseVerifier().Verify(release).ShouldHaveSingleItem();

            problem.Code.ShouldBe(ReleaseVerifier.Changed);
            problem.File.ShouldBe("data/train-00000-of-00001.parquet");
        }
    }

    [Fact]
    public async Task Verify_MissingChart_ReportsItMissing()
    {
        var (temp, release) = await Release();
        using (temp)
        {
            File.Delete(Path.Combine(release, "charts", "length-histogram.svg"));

            var problem = new ReleaseVerifier().Verify(release).ShouldHaveSingleItem();

            problem.Code.ShouldBe(ReleaseVerifier.Missing);
            problem.File.ShouldBe("charts/length-histogram.svg");
        }
    }

    [Fact]
    public async Task Verify_ExtraFile_ReportsItExtra()
    {
        var (temp, release) = await Release();
        using (temp)
        {
            Directory.CreateDirectory(Path.Combine(release, "audit"));
            File.WriteAllText(Path.Combine(release, "audit", "notes.txt"), "not released");

            var problem = new ReleaseVerifier().Verify(release).ShouldHaveSingleItem();

            problem.Code.ShouldBe(ReleaseVerifier.Extra);
            problem.File.ShouldBe("audit/notes.txt");
        }
    }

    [Fact]
    public async Task Verify_ThroughCli_MismatchExitsOneAndNamesTheFile()
    {
        var (temp, release) = await Release();
        using (temp)
        {
            File.AppendAllText(Path.Combine(release, "README.md"), " ");

            var run = await CliRunner.RunAsync("verify", release);

            run.ExitCode.ShouldBe(1);
            run.Output.ShouldContain("README.md");
            run.Output.ShouldContain(ReleaseVerifier.Changed);
            run.HasStackTrace.ShouldBeFalse();
        }
    }

    [Fact]
    public async Task Verify_ManifestRowsEdited_ReportsTheParquetCount()
    {
        var (temp, release) = await Release();
        using (temp)
        {
            var manifest = Path.Combine(release, Manifest.FileName);
            File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("\"rows\": 5,", "\"rows\": 6,", StringComparison.Ordinal));

            var problem = new ReleaseVerifier().Verify(release).ShouldHaveSingleItem();

            problem.Code.ShouldBe(ReleaseVerifier.RowCount);
            problem.Message.ShouldContain("rows = 6");
            problem.Message.ShouldContain("hold 5 rows");
        }
    }

    [Fact]
    public async Task Verify_ManifestEntriesWithoutPath_ReportsEachAndExitsOneWithoutACrash()
    {
        var (temp, release) = await Release();
        using (temp)
        {
            var manifest = Path.Combine(release, Manifest.FileName);
            var text = File.ReadAllText(manifest);
            text.ShouldContain("\"files\": [");
            File.WriteAllText(manifest, text.Replace("\"files\": [", "\"files\": [null, {\"bytes\": 1},", StringComparison.Ordinal));

            var problems = new ReleaseVerifier().Verify(release);

            problems.Select(static p => (p.Code, p.JsonPointer)).ShouldBe([(ReleaseVerifier.BadManifest, "/files/0"), (ReleaseVerifier.BadManifest, "/files/1")]);
            var run = await CliRunner.RunAsync("verify", release);
            run.ExitCode.ShouldBe(1);
            run.HasStackTrace.ShouldBeFalse();
            run.Error.ShouldNotContain("internal error");
        }
    }

    [Fact]
    public async Task Verify_ManifestOfTheWrongShape_SaysWhereWithoutNamingDotNetTypes()
    {
        var (temp, release) = await Release();
        using (temp)
        {
            var manifest = Path.Combine(release, Manifest.FileName);
            var text = File.ReadAllText(manifest);
            var files = text.IndexOf("\"files\": [", StringComparison.Ordinal);
            File.WriteAllText(manifest, text[..files] + "\"files\": 7\n}\n");

            var problem = new ReleaseVerifier().Verify(release).ShouldHaveSingleItem();

            problem.Code.ShouldBe(ReleaseVerifier.BadManifest);
            problem.Message.ShouldContain("$.files");
            problem.Message.ShouldNotContain("System.");
            problem.Line.ShouldNotBeNull();
        }
    }

    [Fact]
    public async Task Verify_EntryWithoutHash_IsOneFindingNotAlsoExtraOrARowCount()
    {
        var (temp, release) = await Release();
        using (temp)
        {
            var manifest = Path.Combine(release, Manifest.FileName);
            var node = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(manifest))!;
            var files = node["files"]!.AsArray();
            var shard = files.Single(static f => ((string)f!["path"]!).StartsWith("data/", StringComparison.Ordinal))!.AsObject();
            shard.Remove("sha256");
            File.WriteAllText(manifest, node.ToJsonString());

            var problem = new ReleaseVerifier().Verify(release).ShouldHaveSingleItem();

            problem.Code.ShouldBe(ReleaseVerifier.BadManifest);
            problem.JsonPointer.ShouldStartWith("/files/");
        }
    }

    [Fact]
    public async Task Verify_ShardThatIsNotParquetButMatchesAnEditedManifest_ReportsItsRowsUnreadable()
    {
        var (temp, release) = await Release();
        using (temp)
        {
            const string shard = "data/train-00000-of-00001.parquet";
            var full = Path.Combine(release, shard);
            var before = FileHasher.Describe(release, shard);
            File.WriteAllText(full, "not parquet");
            var after = FileHasher.Describe(release, shard);
            var manifest = Path.Combine(release, Manifest.FileName);
            File.WriteAllText(manifest, File.ReadAllText(manifest)
                .Replace(before.Sha256, after.Sha256, StringComparison.Ordinal)
                .Replace($"\"bytes\": {before.Bytes},", $"\"bytes\": {after.Bytes},", StringComparison.Ordinal));

            var problem = new ReleaseVerifier().Verify(release).ShouldHaveSingleItem();

            problem.Code.ShouldBe(ReleaseVerifier.RowCount);
            problem.File.ShouldBe(shard);
            problem.Message.ShouldContain("cannot count its rows");
        }
    }

    [Fact]
    public async Task Verify_ThroughCliOnAFolderWithoutManifest_IsAUsageError()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.Combine("README.md"), "not a release");

        var run = await CliRunner.RunAsync("verify", temp.Path);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("manifest.json");
        run.HasStackTrace.ShouldBeFalse();
    }
}

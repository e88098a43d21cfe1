using System.Text.Json.Nodes;
using DatasetBuilder.Tests.Support;

namespace DatasetBuilder.Tests.Importing;

public sealed class ImportCommandTests
{
    private const string Seed = "عنوان الخبر الرئيسي للتجربة\n\n١٠ يناير ٢٠٢٢\n\nوقال المتحدث باسم الوزارة في مؤتمر صحفي عقده اليوم إن الأوضاع في المدينة عادت إلى طبيعتها بعد أيام من التوتر.\n";

    [Fact]
    public async Task Import_Text_WritesTheFileAndReportsInferredAndMissingFields()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var input = await WriteSeedAsync(temp);

        var run = await CliRunner.RunAsync("import", input, "--data", data);

        run.ExitCode.ShouldBe(0, run.All);
        run.Output.ShouldContain("inferred published: 2022-01-10");
        run.Output.ShouldContain("not shown by the material (null, or [] for authors): url, subtitle, authors, agency");
        var written = Directory.GetFiles(Path.Combine(data, "articles", "unknown"), "2022-01-10-*.json").ShouldHaveSingleItem();
        run.Output.ShouldContain("wrote data/articles/unknown/" + Path.GetFileName(written));
        JsonNode.Parse(await File.ReadAllTextAsync(written))!["text"]!.GetValue<string>().ShouldBe(Seed);

        var validate = await CliRunner.RunAsync("validate", "--data", data);
        validate.ExitCode.ShouldBe(0, validate.All);
    }

    [Fact]
    public async Task Import_Twice_RefusesToOverwriteUnlessForced()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var input = await WriteSeedAsync(temp);
        (await CliRunner.RunAsync("import", input, "--data", data)).ExitCode.ShouldBe(0);

        var again = await CliRunner.RunAsync("import", input, "--data", data);
        var forced = await CliRunner.RunAsync("import", input, "--data", data, "--force");

        again.ExitCode.ShouldBe(1);
        again.Error.ShouldContain("already exists; pass --force to replace it");
        forced.ExitCode.ShouldBe(0, forced.All);
    }

    [Fact]
    public async Task Import_DryRun_PrintsOnlyTheJsonOnStdoutAndWritesNothing()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var before = Directory.GetFiles(data, "*", SearchOption.AllDirectories).Length;

        var run = await CliRunner.RunAsync("import", Path.Combine(ImportFixtures.Folder, "site-plain.html"), "--data", data, "--dry-run");

        run.ExitCode.ShouldBe(0, run.All);
        JsonNode.Parse(run.Output)!["title"]!.GetValue<string>().ShouldBe("مزارعو السهل يبدؤون موسم الحصاد مبكراً");
        run.Error.ShouldContain("inferred authors: رامي حداد");
        Directory.GetFiles(data, "*", SearchOption.AllDirectories).Length.ShouldBe(before);
    }

    [Fact]
    public async Task Import_RepositorySeed_IsAlreadyThere()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var contribution = Path.Combine(data, "articles", "russia-islamic-world", "2022-01-10-3293e65aecb4.json");
        var input = temp.Combine("seed.txt");
        await File.WriteAllTextAsync(input, JsonNode.Parse(await File.ReadAllTextAsync(contribution))!["text"]!.GetValue<string>());

        var run = await CliRunner.RunAsync("import", input, "--data", data);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("data/articles/russia-islamic-world/2022-01-10-3293e65aecb4.json already exists");
    }

    [Fact]
    public async Task Import_Url_FetchesFromTheLocalServerAndKeepsTheAddress()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var page = await File.ReadAllTextAsync(Path.Combine(ImportFixtures.Folder, "site-plain.html"));
        await using var server = new LocalHttpServer(path => path == "/story" ? new LocalResponse(200, page) : new LocalResponse(302, Location: "/story"));

        var run = await CliRunner.RunAsync("import", server.Url("/s/1").ToString(), "--data", data, "--dry-run");

        run.ExitCode.ShouldBe(0, run.All);
        JsonNode.Parse(run.Output)!["url"]!.GetValue<string>().ShouldBe(server.Url("/story").ToString());
    }

    [Fact]
    public async Task Import_UrlNotFound_IsExit1WithAMessageAndNoStackTrace()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        await using var server = new LocalHttpServer(_ => new LocalResponse(404));

        var run = await CliRunner.RunAsync("import", server.Url("/gone").ToString(), "--data", data);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldBe($"cannot fetch {server.Url("/gone")}: the server answered 404 Not Found\n".ReplaceLineEndings());
        run.HasStackTrace.ShouldBeFalse();
    }

    [Theory]
    [InlineData("ftp://example.org/article")]
    [InlineData("file:///etc/passwd")]
    public async Task Import_NonHttpAddress_IsAUsageError(string address)
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);

        var run = await CliRunner.RunAsync("import", address, "--data", data);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("only http and https addresses can be imported");
    }

    [Theory]
    [InlineData("--data", "/no/such/folder")]
    [InlineData("--source", "no-such-site")]
    [InlineData("--url", "not a url")]
    public async Task Import_BadOption_IsAUsageError(string option, string value)
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var input = await WriteSeedAsync(temp);
        string[] args = option == "--data" ? ["import", input, option, value] : ["import", input, "--data", data, option, value];

        var run = await CliRunner.RunAsync(args);

        run.ExitCode.ShouldBe(2, run.All);
        run.HasStackTrace.ShouldBeFalse();
    }

    [Fact]
    public async Task Import_MissingFile_IsAUsageError()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);

        var run = await CliRunner.RunAsync("import", temp.Combine("missing.txt"), "--data", data);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("missing.txt: no such file");
    }

    private static async Task<string> WriteSeedAsync(TempDirectory temp)
    {
        var input = temp.Combine("a.txt");
        await File.WriteAllTextAsync(input, Seed);
        return input;
    }
}

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
    public async Task Import_SameContentTwice_IsAlreadyImportedNotAnError()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var input = await WriteSeedAsync(temp);
        (await CliRunner.RunAsync("import", input, "--data", data)).ExitCode.ShouldBe(0);

        var again = await CliRunner.RunAsync("import", input, "--data", data);

        again.ExitCode.ShouldBe(0, again.All);
        again.Output.ShouldContain("already imported, identical");
        again.Output.ShouldNotContain("wrote ");
    }

    [Fact]
    public async Task Import_DifferentContentAtTheSamePath_RefusesUnlessForced()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var input = await WriteSeedAsync(temp);
        (await CliRunner.RunAsync("import", input, "--data", data)).ExitCode.ShouldBe(0);

        // The same text gives the same id; the address given this time makes it a different file.
        var again = await CliRunner.RunAsync("import", input, "--data", data, "--url", "https://news.example/a/1");
        var forced = await CliRunner.RunAsync("import", input, "--data", data, "--url", "https://news.example/a/1", "--force");

        again.ExitCode.ShouldBe(1);
        again.Error.ShouldContain("already exists with different content; pass --force to replace it");
        forced.ExitCode.ShouldBe(0, forced.All);
        var written = Directory.GetFiles(Path.Combine(data, "articles", "unknown"), "2022-01-10-*.json").ShouldHaveSingleItem();
        JsonNode.Parse(await File.ReadAllTextAsync(written))!["url"]!.GetValue<string>().ShouldBe("https://news.example/a/1");
    }

    [Theory]
    [InlineData("A short Latin text, forty characters.\n")]
    [InlineData("عنوان الخبر الرئيسي للتجربة\n\nنص قصير جداً.\n")]
    public async Task Import_TextThatWouldFailValidate_IsRefusedListingTheFindings(string text)
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var before = Directory.GetFiles(data, "*", SearchOption.AllDirectories).Length;
        var input = temp.Combine("short.txt");
        await File.WriteAllTextAsync(input, text);

        var run = await CliRunner.RunAsync("import", input, "--data", data);

        run.ExitCode.ShouldBe(1, run.All);
        run.Error.ShouldContain("data/articles/unknown/undated-");
        run.Error.ShouldContain("error DSB031: text has");
        run.Error.ShouldContain("[at /text]");
        run.Error.ShouldContain("would not pass validate, so nothing was written");
        run.Output.ShouldNotContain("wrote ");
        Directory.GetFiles(data, "*", SearchOption.AllDirectories).Length.ShouldBe(before);
        run.HasStackTrace.ShouldBeFalse();
    }

    [Fact]
    public async Task Import_ValidTextWithoutUrl_PrintsTheWarningAndWrites()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var input = await WriteSeedAsync(temp);

        var run = await CliRunner.RunAsync("import", input, "--data", data);

        run.ExitCode.ShouldBe(0, run.All);
        run.Error.ShouldContain("warning DSB025: url is null");
        run.Output.ShouldContain("wrote data/articles/unknown/2022-01-10-");
    }

    [Fact]
    public async Task Import_UrlServingAPdf_SaysItIsNotAnHtmlPage()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        await using var server = new LocalHttpServer(_ => new LocalResponse(200, "%PDF-1.7") { ContentType = "application/pdf" });

        var run = await CliRunner.RunAsync("import", server.Url("/report.pdf").ToString(), "--data", data);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("not an HTML page (application/pdf)");
        run.Error.ShouldNotContain("no headline found");
    }

    [Fact]
    public async Task Import_Folder_SaysItIsAFolder()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);

        var run = await CliRunner.RunAsync("import", temp.Path, "--data", data);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("is a folder");
        run.Error.ShouldNotContain("no such file");
    }

    [Fact]
    public async Task Import_DataIsAFile_SaysItIsAFile()
    {
        using var temp = new TempDirectory();
        var input = await WriteSeedAsync(temp);

        var run = await CliRunner.RunAsync("import", input, "--data", input);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("is a file, not a folder");
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

        run.ExitCode.ShouldBe(0, run.All);
        run.Output.ShouldContain("data/articles/russia-islamic-world/2022-01-10-3293e65aecb4.json: already imported, identical");
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
    [InlineData("0")]
    [InlineData("4294968")]
    public async Task Import_TimeoutOutOfRange_IsAUsageErrorNotAnInternalOne(string seconds)
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);

        var run = await CliRunner.RunAsync("import", "https://example.invalid/a", "--data", data, "--dry-run", "--timeout", seconds);

        run.ExitCode.ShouldBe(2, run.All);
        run.Error.ShouldContain("--timeout must be from 1 to 3600 seconds");
        run.Error.ShouldNotContain("internal error");
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

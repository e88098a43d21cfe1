using System.Diagnostics;
using System.Text;
using System.Text.Json;
using DatasetBuilder.Tests.Support;

namespace DatasetBuilder.Tests.Cli;

public sealed class ValidateCommandTests
{
    /// <summary>The repository's data folder holds this many files (dataset.json, 3 sources, 5 articles).</summary>
    private static readonly int RepositoryFiles = 1
        + Directory.GetFiles(Path.Combine(RepositoryPaths.Data, "sources")).Length
        + Directory.GetFiles(Path.Combine(RepositoryPaths.Data, "articles"), "*", SearchOption.AllDirectories).Length;

    public static TheoryData<string, string, string> BadFiles() => new()
    {
        // name, content, expected code
        { "malformed.json", "{\n  \"id\": \"malformed\"\n  \"source\": \"unknown\"\n}", "DSB003" },
        { "duplicate-keys.json", "{\"id\": \"a\", \"id\": \"b\"}", "DSB004" },
        { "empty.json", string.Empty, "DSB007" },
        { "array.json", "[{\"id\": \"array\"}]", "DSB008" },
        { "scalar.json", "42", "DSB008" },
        { "deep.json", "{\"id\": " + new string('[', 10_000) + new string(']', 10_000) + "}", "DSB005" },
        { "passwd.json", Article("../../etc/passwd"), "DSB020" },
        { "notes.txt", "not an article", "DSB009" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Validate_BadFile_ExitsOneNamingTheFileWithoutStackTrace(string name, string content, string code)
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        File.WriteAllText(Path.Combine(data, "articles", "unknown", name), content);

        var run = await CliRunner.RunAsync("validate", "--data", data);

        ShouldFailCleanly(run, "data/articles/unknown/" + name, code);
        run.Output.ShouldContain($"{RepositoryFiles + 1} file(s) checked");
    }

    [Fact]
    public async Task Validate_MalformedJson_GivesLineAndColumn()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        File.WriteAllText(Path.Combine(data, "articles", "unknown", "malformed.json"), "{\n  \"id\": \"malformed\"\n  \"source\": \"unknown\"\n}");

        var run = await CliRunner.RunAsync("validate", "--data", data, "--format", "github");

        run.Output.ShouldContain("::error file=data/articles/unknown/malformed.json,line=3,col=");
    }

    [Fact]
    public async Task Validate_NotUtf8_ExitsOneNamingTheFile()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var bytes = Encoding.UTF8.GetBytes(Article("latin1")).Concat(new byte[] { 0xE9, 0x0A }).ToArray();
        File.WriteAllBytes(Path.Combine(data, "articles", "unknown", "latin1.json"), bytes);

        ShouldFailCleanly(await CliRunner.RunAsync("validate", "--data", data), "data/articles/unknown/latin1.json", "DSB002");
    }

    [Fact]
    public async Task Validate_FileOverTheLimit_ExitsOneNamingTheFile()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var victim = Directory.GetFiles(Path.Combine(data, "articles"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        var limit = new FileInfo(victim).Length - 1;
        File.WriteAllText(victim, File.ReadAllText(victim) + new string(' ', 100_000));

        var run = await CliRunner.RunAsync("validate", "--data", data, "--max-file-size", (limit + 1000).ToString(System.Globalization.CultureInfo.InvariantCulture));

        ShouldFailCleanly(run, Path.GetFileName(victim), "DSB006");
    }

    [Fact]
    public async Task Validate_SymlinkOutsideData_ExitsOneNamingTheLink()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var outside = temp.Combine("secret.json");
        File.WriteAllText(outside, Article("secret"));
        File.CreateSymbolicLink(Path.Combine(data, "articles", "unknown", "secret.json"), outside);

        var run = await CliRunner.RunAsync("validate", "--data", data);

        ShouldFailCleanly(run, "data/articles/unknown/secret.json", "DSB050");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Validate_SymlinkInsideData_ReadsItsTargetWhole(bool named)
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var target = Directory.GetFiles(Path.Combine(data, "articles", "unknown"), "*.json").Order(StringComparer.Ordinal).First();
        var link = Path.Combine(data, "articles", "unknown", "inner-link.json");
        File.CreateSymbolicLink(link, Path.GetFileName(target));

        // Its length was the link's own (the target's name), so the target was read cut short: "malformed JSON" (DSB003).
        var run = named ? await CliRunner.RunAsync("validate", "--data", data, "--no-cache", link) : await CliRunner.RunAsync("validate", "--data", data, "--no-cache");

        run.ExitCode.ShouldBe(1, run.All);
        run.Output.ShouldContain("inner-link.json");
        run.Output.ShouldContain("DSB021");
        run.Output.ShouldNotContain("DSB003");
    }

    [Fact]
    public async Task Validate_SymlinkToSystemFile_IsNotRead()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        File.CreateSymbolicLink(Path.Combine(data, "articles", "unknown", "passwd.json"), "/etc/passwd");

        var run = await CliRunner.RunAsync("validate", "--data", data);

        ShouldFailCleanly(run, "data/articles/unknown/passwd.json", "DSB050");
        run.Output.ShouldNotContain("root:");
    }

    [Fact]
    public async Task Validate_SymlinkedFolderLoop_DoesNotHang()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        Directory.CreateSymbolicLink(Path.Combine(data, "articles", "unknown", "loop"), Path.Combine(data, "articles"));

        var run = await CliRunner.RunAsync("validate", "--data", data);

        ShouldFailCleanly(run, "data/articles/unknown/loop/", "DSB052");
    }

    [Fact]
    public async Task Validate_DirectoryNamedLikeAContribution_ExitsOneNamingIt()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var folder = Path.Combine(data, "articles", "unknown", "looks-like-an-article.json");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "inner.json"), Article("inner"));

        var run = await CliRunner.RunAsync("validate", "--data", data);

        ShouldFailCleanly(run, "data/articles/unknown/looks-like-an-article.json/", "DSB051");
        run.Output.ShouldContain($"{RepositoryFiles + 1} file(s) checked");
    }

    [Fact]
    public async Task Validate_RepositoryData_ExitsZero()
    {
        var run = await CliRunner.RunAsync("validate", "--data", RepositoryPaths.Data);
        run.ExitCode.ShouldBe(0, run.All);
        run.Output.ShouldContain("0 error(s)");
    }

    [Fact]
    public async Task Validate_StrictWithWarnings_ExitsOne()
    {
        var run = await CliRunner.RunAsync("validate", "--data", RepositoryPaths.Data, "--strict");
        run.ExitCode.ShouldBe(1);
        run.Output.ShouldContain("DSB025");
    }

    [Fact]
    public async Task Validate_JsonFormat_IsOneDocumentWithTheDocumentedFields()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        File.WriteAllText(Path.Combine(data, "articles", "unknown", "empty.json"), string.Empty);

        var run = await CliRunner.RunAsync("validate", "--data", data, "--format", "json");

        run.ExitCode.ShouldBe(1);
        using var json = JsonDocument.Parse(run.Output);
        json.RootElement.GetProperty("valid").GetBoolean().ShouldBeFalse();
        json.RootElement.GetProperty("summary").GetProperty("errors").GetInt32().ShouldBe(1);
        var finding = json.RootElement.GetProperty("diagnostics").EnumerateArray().Single(static d => d.GetProperty("code").GetString() == "DSB007");
        finding.GetProperty("file").GetString().ShouldBe("data/articles/unknown/empty.json");
        finding.GetProperty("severity").GetString().ShouldBe("error");
        finding.GetProperty("rule").GetString().ShouldBe("EmptyFile");
    }

    [Fact]
    public async Task Validate_SarifFormat_ParsesAsSarif210()
    {
        var run = await CliRunner.RunAsync("validate", "--data", RepositoryPaths.Data, "--format", "sarif");
        using var json = JsonDocument.Parse(run.Output);
        json.RootElement.GetProperty("version").GetString().ShouldBe("2.1.0");
        json.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Validate_OnePath_ChecksOnlyThatArticle()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        File.WriteAllText(Path.Combine(data, "articles", "unknown", "empty.json"), string.Empty);
        var good = Directory.GetFiles(Path.Combine(data, "articles", "al-thawra"), "*.json").Single();

        var run = await CliRunner.RunAsync("validate", good, "--data", data);

        run.ExitCode.ShouldBe(0, run.All);
        run.Output.ShouldNotContain("empty.json");
        run.Output.ShouldContain(Path.GetFileName(good));
    }

    [Fact]
    public async Task Validate_OnePathWithCacheDir_KeepsTheKeysCacheThereUnlessNoCache()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var good = Directory.GetFiles(Path.Combine(data, "articles", "al-thawra"), "*.json").Single();
        var cache = temp.Combine("cache");
        var other = temp.Combine("unused");

        var cold = await CliRunner.RunAsync("validate", good, "--data", data, "--cache-dir", cache);
        var warm = await CliRunner.RunAsync("validate", good, "--data", data, "--cache-dir", cache);
        var off = await CliRunner.RunAsync("validate", good, "--data", data, "--cache-dir", other, "--no-cache");

        cold.ExitCode.ShouldBe(0, cold.All);
        warm.Output.ShouldBe(cold.Output);
        off.Output.ShouldBe(cold.Output);
        Directory.GetFiles(cache).ShouldHaveSingleItem().ShouldEndWith(".keys");
        Directory.Exists(other).ShouldBeFalse();
        Directory.EnumerateFiles(data, "*.keys", SearchOption.AllDirectories).ShouldBeEmpty();
    }

    [Fact]
    public async Task Validate_PathThatDoesNotExist_ExitsTwo()
    {
        var run = await CliRunner.RunAsync("validate", Path.Combine(RepositoryPaths.Data, "articles", "nope.json"), "--data", RepositoryPaths.Data);
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("nope.json");
        run.HasStackTrace.ShouldBeFalse();
    }

    [Fact]
    public async Task Validate_MistypedOption_IsCalledAnUnknownOption()
    {
        var run = await CliRunner.RunAsync("validate", "--stirct", "--data", RepositoryPaths.Data);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("unknown option \"--stirct\"");
        run.Error.ShouldNotContain("does not exist");
    }

    [Fact]
    public async Task Validate_PathOutsideTheDataFolder_ExitsTwo()
    {
        var run = await CliRunner.RunAsync("validate", Path.Combine(RepositoryPaths.Root, "README.md"), "--data", RepositoryPaths.Data);
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("not inside the data folder");
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--max-file-size", "lots")]
    public async Task Validate_BadOption_ExitsTwo(string option, string value)
    {
        var run = await CliRunner.RunAsync("validate", "--data", RepositoryPaths.Data, option, value);
        run.ExitCode.ShouldBe(2);
        run.HasStackTrace.ShouldBeFalse();
    }

    [Fact]
    public async Task Validate_ChangedSince_ChecksTheFilesChangedInGit()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        GitRepository.Git(temp.Path, "init", "-q");
        GitRepository.Git(temp.Path, "add", ".");
        GitRepository.Git(temp.Path, "commit", "-q", "-m", "base");
        File.WriteAllText(Path.Combine(data, "articles", "unknown", "new-article.json"), "[]");

        var run = await CliRunner.RunAsync("validate", "--data", data, "--changed-since", "HEAD", "--format", "github");

        run.ExitCode.ShouldBe(1, run.All);
        run.Output.ShouldContain("file=data/articles/unknown/new-article.json");
        run.Output.ShouldNotContain("undated-60ebd3c76254.json");
    }

    [Fact]
    public async Task Validate_ChangedSourceProfile_ChecksItsArticles()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var profile = Path.Combine(data, "sources", "al-thawra.json");
        File.WriteAllText(profile, File.ReadAllText(profile).Replace("\"language\": \"ar\"", "\"language\": \"fa\"", StringComparison.Ordinal));

        var run = await CliRunner.RunAsync("validate", profile, "--data", data);

        run.Output.ShouldContain("data/articles/al-thawra/");
        run.Output.ShouldContain("DSB029");
        run.Output.ShouldNotContain("data/articles/unknown/");
    }

    [Fact]
    public async Task Validate_ChangedSinceUnknownRevision_ExitsTwo()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        GitRepository.Git(temp.Path, "init", "-q");

        var run = await CliRunner.RunAsync("validate", "--data", data, "--changed-since", "no-such-ref");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("no-such-ref");
        run.HasStackTrace.ShouldBeFalse();
    }

    private static void ShouldFailCleanly(CliRun run, string file, string code)
    {
        run.ExitCode.ShouldBe(1, run.All);
        run.Output.ShouldContain(file);
        run.Output.ShouldContain(code);
        run.HasStackTrace.ShouldBeFalse();
        run.All.ShouldNotContain("Exception");
    }

    private static string Article(string id) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["id"] = id,
        ["source"] = "unknown",
        ["url"] = null,
        ["language"] = "ar",
        ["title"] = "عنوان",
        ["published"] = null,
        ["text"] = string.Concat(Enumerable.Repeat("نص الخبر الكامل كما نشر في الموقع. ", 10)),
    });

    [Fact]
    public async Task Validate_UnknownFormat_ListsTheFormatNames()
    {
        var run = await CliRunner.RunAsync("validate", "--data", RepositoryPaths.Data, "--format", "xml");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--format must be one of: text, json, github, sarif");
        run.Error.ShouldNotContain("DatasetBuilder.Reporting");
        run.Error.ShouldNotContain("Github", Case.Sensitive);
    }

    [Fact]
    public async Task Validate_FormatInCapitals_IsAccepted()
    {
        var run = await CliRunner.RunAsync("validate", "--data", RepositoryPaths.Data, "--format", "JSON");
        run.ExitCode.ShouldBe(0, run.All);
        run.Output.ShouldContain("datasetbuilder-validation-report/1");
    }

    [Fact]
    public async Task Validate_DataIsAFile_SaysItIsAFile()
    {
        var run = await CliRunner.RunAsync("validate", "--data", Path.Combine(RepositoryPaths.Root, "README.md"));

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("is a file, not a folder");
        run.Error.ShouldNotContain("does not exist");
    }
}

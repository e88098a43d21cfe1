using DatasetBuilder.Cli;
using DatasetBuilder.Tests.Pipeline;
using DatasetBuilder.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace DatasetBuilder.Tests.Cleaning;

public sealed class CleanCommandTests
{
    private static string Seed(string id) => CleaningCase.SeedFiles()[id];

    [Fact]
    public async Task Clean_AFolder_SaysItIsAFolderNotThatItIsMissing()
    {
        var run = await CliRunner.RunAsync("clean", RepositoryPaths.Data);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("is a folder");
        run.Error.ShouldNotContain("does not exist");
    }

    [Fact]
    public async Task Explain_SeedWithTrailingBlock_MarksEachRemovedSpanWithItsRule()
    {
        var run = await CliRunner.RunAsync("clean", "--explain", Seed("undated-2eb6d0263435"));

        run.ExitCode.ShouldBe(0, run.All);
        run.Output.ShouldContain("[- headline: the headline, repeated]");
        run.Output.ShouldContain("[- byline: byline]");
        run.Output.ShouldContain("[- trailing-block: opened by \"آخر الأخبار\"");
        run.Output.ShouldContain("- آخر الأخبار");
        run.Output.ShouldContain("-- authors: ريم صالح");
        run.Output.ShouldNotContain("\u001b[");
    }

    [Fact]
    public async Task Explain_NoProfiles_UsesGenericRulesOnly()
    {
        var withProfiles = await CliRunner.RunAsync("clean", "--explain", Seed("2022-01-10-3293e65aecb4"));
        var without = await CliRunner.RunAsync("clean", "--explain", "--no-profiles", Seed("2022-01-10-3293e65aecb4"));

        withProfiles.Output.ShouldContain("[- profile-marker:");
        without.Output.ShouldNotContain("profile-marker");
        without.Output.ShouldContain("[- outside-body: after the last sentence");
    }

    [Fact]
    public async Task Clean_WithoutExplain_PrintsTheGoldBody()
    {
        var run = await CliRunner.RunAsync("clean", Seed("undated-7277bea86996"));

        run.ExitCode.ShouldBe(0, run.All);
        run.Output.ShouldBe(File.ReadAllText(Path.Combine(CleaningCase.SeedsDirectory, "undated-7277bea86996.body.txt")).ReplaceLineEndings());
    }

    [Fact]
    public async Task Explain_ArticleInADataFolder_RemovesTheSiteTemplateTheBuildLearnsUnlessTold()
    {
        using var temp = new TempDirectory();
        var data = SingleArticleCleaningTests.DataWithASiteTemplate(temp);
        var path = Path.Combine(data, "articles", "al-thawra", "2022-02-02-bbbbbbbbbbbb.json");

        var with = await CliRunner.RunAsync("clean", "--explain", path);
        var without = await CliRunner.RunAsync("clean", "--explain", "--no-templates", path);

        with.ExitCode.ShouldBe(0, with.All);
        with.Output.ShouldContain("[- site-template:");
        with.Output.ShouldContain("- " + SingleArticleCleaningTests.TemplateLine);
        without.ExitCode.ShouldBe(0, without.All);
        without.Output.ShouldNotContain("site-template");
    }

    [Fact]
    public async Task Clean_SourceWithoutProfile_WarnsAndStillPrintsTheBody()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        File.Delete(Path.Combine(data, "sources", "al-thawra.json"));
        var path = Directory.GetFiles(Path.Combine(data, "articles", "al-thawra"), "*.json").Single();

        var run = await CliRunner.RunAsync("clean", path);

        run.ExitCode.ShouldBe(0, run.All);
        run.Error.ShouldContain("sources/al-thawra.json");
        run.Output.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Explain_OnATerminal_IsColoured()
    {
        var output = new StringWriter();
        var context = new CliContext(output, new StringWriter(), new FakeTimeProvider(), ColorOutput: true);

        var exit = await CliApp.RunAsync(["clean", "--explain", Seed("undated-2eb6d0263435")], context);

        exit.ShouldBe(0);
        output.ToString().ShouldContain("\u001b[");
    }

    [Fact]
    public async Task Clean_MissingFile_ExitsTwo()
    {
        var run = await CliRunner.RunAsync("clean", "--explain", "no/such/article.json");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("no/such/article.json");
        run.HasStackTrace.ShouldBeFalse();
    }

    [Fact]
    public async Task Clean_BrokenJson_ExitsOneNamingTheFile()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("broken.json");
        await File.WriteAllTextAsync(path, "{\"id\": \"x\", ");

        var run = await CliRunner.RunAsync("clean", "--explain", path);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("broken.json");
        run.HasStackTrace.ShouldBeFalse();
    }

    [Fact]
    public async Task Clean_SchemaViolation_ExitsOneNamingTheField()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("untitled.json");
        await File.WriteAllTextAsync(path, "{\"id\": \"untitled\", \"source\": \"unknown\", \"url\": null, \"language\": \"ar\", \"published\": null, \"text\": \"نص\"}");

        var run = await CliRunner.RunAsync("clean", path);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("title");
        run.HasStackTrace.ShouldBeFalse();
    }
}

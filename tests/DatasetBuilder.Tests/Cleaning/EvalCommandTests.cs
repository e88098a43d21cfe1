using System.Text.Json;
using DatasetBuilder.Cli.Commands;
using DatasetBuilder.Tests.Support;

namespace DatasetBuilder.Tests.Cleaning;

public sealed class EvalCommandTests
{
    private const string Article = """
        {"id": "page-x", "source": "unknown", "url": null, "language": "ar", "title": "عنوان الخبر", "published": null,
         "text": "عنوان الخبر\nشارك\nقال الوزير في مؤتمر صحفي إن الحكومة ستفتح ثلاث مدارس لإيواء العائلات المتضررة.\nوأضاف أن فرق الدفاع المدني تعمل منذ ساعات الفجر على سحب المياه من الشوارع.\n"}
        """;

    [Fact]
    public async Task Eval_SeedGolds_ScoresEverySeedPerfectlyWithProfilesOff()
    {
        var run = await CliRunner.RunAsync("eval", "--gold", CleaningCase.SeedsDirectory, "--data", RepositoryPaths.Data, "--no-profiles");

        run.ExitCode.ShouldBe(0, run.All);
        run.Output.ShouldContain("5 article(s), profiles off");
        run.Output.ShouldContain("precision 1.000  recall 1.000  F1 1.000");
        run.Output.ShouldContain("undated-2eb6d0263435");
        run.Output.ShouldContain("worst cases: none");
    }

    [Fact]
    public async Task Eval_EmptyGoldFolder_ExitsOneWithoutAScore()
    {
        using var temp = new TempDirectory();
        var empty = Directory.CreateDirectory(temp.Combine("gold")).FullName;

        var run = await CliRunner.RunAsync("eval", "--gold", empty, "--data", RepositoryPaths.Data);

        run.ExitCode.ShouldBe(1, run.All);
        run.Error.ShouldContain("no gold article to score");
        run.Output.ShouldNotContain("F1");
    }

    [Fact]
    public void DefaultGold_IsTheCommittedSeedGoldFolder()
    {
        var folder = Path.Combine(RepositoryPaths.Root, EvalCommand.DefaultGold);

        Directory.GetFiles(folder, "*.body.txt").Select(Path.GetFileName)
            .ShouldBe(CleaningCase.SeedFiles().Keys.Select(static id => id + ".body.txt"), ignoreOrder: true);
    }

    [Fact]
    public async Task Eval_JsonFormat_GivesOverallAndPerArticleFigures()
    {
        var run = await CliRunner.RunAsync("eval", "--gold", CleaningCase.SeedsDirectory, "--data", RepositoryPaths.Data, "--format", "json");

        run.ExitCode.ShouldBe(0, run.All);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        root.GetProperty("format").GetString().ShouldBe("datasetbuilder-cleaning-eval/1");
        root.GetProperty("profiles").GetBoolean().ShouldBeTrue();
        root.GetProperty("overall").GetProperty("f1").GetDouble().ShouldBe(1);
        root.GetProperty("articles").GetArrayLength().ShouldBe(5);
        root.GetProperty("articles")[0].GetProperty("missed").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Eval_ArticleBesideGold_ReportsMissedAndExtraParagraphsAsWorstCase()
    {
        using var temp = new TempDirectory();
        await File.WriteAllTextAsync(temp.Combine("page-x.json"), Article);
        await File.WriteAllTextAsync(temp.Combine("page-x.body.txt"), "قال الوزير في مؤتمر صحفي إن الحكومة ستفتح ثلاث مدارس لإيواء العائلات المتضررة.\n\nفقرة لم يحتفظ بها المنظف.\n");

        var run = await CliRunner.RunAsync("eval", "--gold", temp.Path, "--data", RepositoryPaths.Data, "--format", "json");

        run.ExitCode.ShouldBe(0, run.All);
        using var json = JsonDocument.Parse(run.Output);
        var article = json.RootElement.GetProperty("articles")[0];
        article.GetProperty("precision").GetDouble().ShouldBe(0.5);
        article.GetProperty("recall").GetDouble().ShouldBe(0.5);
        article.GetProperty("missed")[0].GetString().ShouldBe("فقرة لم يحتفظ بها المنظف.");
        article.GetProperty("extra")[0].GetString()!.ShouldStartWith("وأضاف أن فرق الدفاع المدني");
        json.RootElement.GetProperty("worst")[0].GetString().ShouldBe("page-x");
    }

    [Fact]
    public async Task Eval_TextFormat_ListsTheWorstCasesWithTheirParagraphs()
    {
        using var temp = new TempDirectory();
        await File.WriteAllTextAsync(temp.Combine("page-x.json"), Article);
        await File.WriteAllTextAsync(temp.Combine("page-x.body.txt"), "فقرة لم يحتفظ بها المنظف.\n");

        var run = await CliRunner.RunAsync("eval", "--gold", temp.Path, "--data", RepositoryPaths.Data);

        run.ExitCode.ShouldBe(0, run.All);
        run.Output.ShouldContain("worst cases (1):");
        run.Output.ShouldContain("  missed: فقرة لم يحتفظ بها المنظف.");
        run.Output.ShouldContain("  extra:  قال الوزير في مؤتمر صحفي");
    }

    [Fact]
    public async Task Eval_GoldWithoutArticle_ExitsOneNamingTheGoldFile()
    {
        using var temp = new TempDirectory();
        await File.WriteAllTextAsync(temp.Combine("nowhere.body.txt"), "فقرة.\n");

        var run = await CliRunner.RunAsync("eval", "--gold", temp.Path, "--data", RepositoryPaths.Data);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("nowhere.body.txt");
        run.Error.ShouldContain("no article \"nowhere.json\"");
        run.HasStackTrace.ShouldBeFalse();
    }

    [Fact]
    public async Task Eval_MissingGoldFolder_ExitsTwo()
    {
        var run = await CliRunner.RunAsync("eval", "--gold", "no/such/gold");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("no/such/gold");
        run.HasStackTrace.ShouldBeFalse();
    }
}

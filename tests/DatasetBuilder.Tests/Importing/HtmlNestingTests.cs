using DatasetBuilder.Importing;

namespace DatasetBuilder.Tests.Importing;

public sealed class HtmlNestingTests
{
    [Theory]
    [InlineData("<!DOCTYPE html><html><head><meta charset=utf-8></head><body><p>نص<p>نص آخر</body></html>", 0)]
    [InlineData("<div><div class=\"a\"><span>x</span></div><div>y</div></div>", 3)]
    [InlineData("<DIV><Section\n id=s><TABLE><tbody><tr><td>x</td></tr></tbody></TABLE></Section></DIV>", 3)]
    [InlineData("<center><dl><u><s>x</s></u></dl></center>", 4)] // every element the parser nests, not a list of names
    [InlineData("</div></div><div>", 1)] // stray end tags never make it negative
    [InlineData("<img src=a.png/><br></br><hr><ul><li>a<li>b</ul>", 1)] // void and optional-end elements
    [InlineData("<!-- <div><div><div> --><script>var s = '<div><div>';</script><style>a<b{}</style>", 1)] // comments and raw text
    [InlineData("<div/><div/><div/><div/><div/>", 5)] // outside svg and math the parser ignores "/>": five open divs
    [InlineData("<svg><path/><path d=\"a\"/></svg><math><mi/></math>", 1)] // inside them "/>" closes
    [InlineData("<rt><rt><rt><optgroup><optgroup>", 5)] // outside ruby and select these nest too
    [InlineData("<div></i><div></i><div></i>", 3)] // an end tag of nothing open closes nothing
    [InlineData("<div><span><b></div><div>", 3)] // an end tag closes what was opened inside its element
    public void Depth_CountsOpenElements(string html, int depth) => HtmlNesting.Depth(html).ShouldBe(depth);

    [Fact]
    public void Depth_SavedArticlePage_IsFarBelowTheLimit()
    {
        var page = File.ReadAllText(Path.Combine(Support.RepositoryPaths.Root, "tests", "DatasetBuilder.Tests", "TestData", "Importing", "site-jsonld.html"));

        HtmlNesting.Depth(page).ShouldBeInRange(1, 50);
    }

    [Fact]
    public async Task Import_PageNestedDeeperThanTheLimit_IsRefusedQuicklyNamingTheDepth()
    {
        using var temp = new Support.TempDirectory();
        var data = Support.TestCorpus.CopyRepositoryData(temp);
        var path = temp.Combine("deep.html");
        var paragraph = "<p>" + string.Concat(Enumerable.Repeat("هذا نص فقرة طويلة من مقال إخباري عن الأحداث في المنطقة. ", 3)) + "</p>";
        File.WriteAllText(path, "<html><head><title>عنوان المقال</title></head><body>" + string.Concat(Enumerable.Repeat("<div>", 50_000))
            + string.Concat(Enumerable.Repeat(paragraph, 5)) + string.Concat(Enumerable.Repeat("</div>", 50_000)) + "</body></html>");

        var run = await Support.CliRunner.RunAsync("import", path, "--data", data, "--dry-run", "--url", "https://x.example/a").WaitAsync(TimeSpan.FromSeconds(60));

        run.ExitCode.ShouldBe(1, run.All);
        run.Error.ShouldContain("nests its elements 50000 deep");
    }
}

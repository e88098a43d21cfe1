using System.Text.Json.Nodes;
using DatasetBuilder.Importing;
using DatasetBuilder.Model;
using DatasetBuilder.Reading;
using DatasetBuilder.Tests.Support;
using DatasetBuilder.Validation;
using Microsoft.Extensions.Time.Testing;

namespace DatasetBuilder.Tests.Importing;

public sealed class ArticleImporterTests
{
    private static readonly string[] ComparedFields = ["id", "source", "url", "language", "title", "subtitle", "published", "authors", "agency"];

    private readonly ArticleImporter _importer = new(ImportFixtures.RepositorySources);

    public static TheoryData<string> Contributions() => ImportFixtures.Contributions();

    [Theory]
    [MemberData(nameof(Contributions))]
    public void Import_SeedText_ReproducesEveryFieldOfItsContribution(string contribution)
    {
        var expected = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Data, contribution)))!.AsObject();
        var text = expected["text"]!.GetValue<string>();

        var result = _importer.Import(new ImportInput(text, IsHtml: false, PageUrl: null, contribution), new ImportOptions());

        result.Outcome.ShouldBe(ImportOutcome.Imported, result.Error);
        var actual = JsonNode.Parse(result.Json!)!.AsObject();
        foreach (var field in ComparedFields)
        {
            JsonNode.DeepEquals(actual[field], expected[field]).ShouldBeTrue($"{contribution} field \"{field}\": imported {actual[field]?.ToJsonString() ?? "null"}, data/ has {expected[field]?.ToJsonString() ?? "null"}");
        }

        actual["text"]!.GetValue<string>().ShouldBe(text, "the raw text is kept verbatim");
    }

    [Fact]
    public void Import_EverySeedWrittenToADataFolder_PassesCorpusValidation()
    {
        using var temp = new TempDirectory();
        var data = temp.Combine("data");
        TestCorpus.CopyDirectory(Path.Combine(RepositoryPaths.Data, "sources"), Path.Combine(data, "sources"));
        File.Copy(Path.Combine(RepositoryPaths.Data, "dataset.json"), Path.Combine(data, "dataset.json"));
        var layout = new DataLayout(data);
        var seeds = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Data, "articles"), "*.json", SearchOption.AllDirectories)
            .Select(static c => new ImportInput(JsonNode.Parse(File.ReadAllText(c))!["text"]!.GetValue<string>(), false, null, c));
        var pages = new[] { "site-jsonld.html", "site-opengraph.html", "site-plain.html" }.Select(static f => new ImportInput(ImportFixtures.Read(f), true, null, f));
        var inputs = seeds.Concat(pages).ToList();

        var written = 0;
        foreach (var input in inputs)
        {
            var result = _importer.Import(input, new ImportOptions());
            result.Outcome.ShouldBe(ImportOutcome.Imported, result.Error);
            ContributionWriter.TryWrite(ContributionWriter.PathFor(layout, result.Article!), result.Json!, force: false).ShouldBeTrue();
            written++;
        }

        var report = new CorpusValidator(JsonLoadOptions.Default, new FakeTimeProvider(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero))).Validate(layout);
        report.Diagnostics.Where(static d => d.Severity == Severity.Error).ShouldBeEmpty();
        report.Articles.Count.ShouldBe(written);
        written.ShouldBe(inputs.Count);
    }

    [Theory]
    [InlineData("site-jsonld.html", "\"ممر الشمال\" يختصر الطريق… افتتاح أول خط شحن بري بين آسيا الوسطى والخليج", "2023-03-15", "نادين خوري",
        "https://www.alofoq.example/news/economy/77120/%D9%85%D9%85%D8%B1-%D8%A7%D9%84%D8%B4%D9%85%D8%A7%D9%84/ar")]
    [InlineData("site-opengraph.html", "البرلمان يقر قانوناً جديداً لحماية المستهلك", "2019-06-02", "سامي العلي",
        "http://www.alrasd.example/2019/politics/06/02/consumer.law/index.html")]
    [InlineData("site-plain.html", "مزارعو السهل يبدؤون موسم الحصاد مبكراً", "2022-01-08", "رامي حداد", null)]
    public void Import_SavedPage_GivesTitleDateAuthorUrlAndBody(string page, string title, string published, string author, string? url)
    {
        var result = _importer.Import(new ImportInput(ImportFixtures.Read(page), IsHtml: true, PageUrl: null, page), new ImportOptions());

        result.Outcome.ShouldBe(ImportOutcome.Imported, result.Error);
        var article = result.Article!;
        article.Title.ShouldBe(title);
        article.Published.ToString().ShouldBe(published);
        article.Authors.ShouldBe([author]);
        article.Url.ShouldBe(url);
        article.Language.ShouldBe("ar");
        article.Source.ShouldBe("unknown");
        article.Text.ShouldBe(ImportFixtures.Read(Path.ChangeExtension(page, ".body.txt")));
        article.Id.ShouldStartWith(published + "-");
    }

    [Fact]
    public void Import_SamePageTwice_GivesTheSameBytes()
    {
        var input = new ImportInput(ImportFixtures.Read("site-jsonld.html"), true, null, "page");

        _importer.Import(input, new ImportOptions()).Json.ShouldBe(_importer.Import(input, new ImportOptions()).Json);
    }

    [Fact]
    public void Import_SourceGiven_FilesUnderThatSource()
    {
        var result = _importer.Import(new ImportInput("عنوان الخبر هنا للتجربة\n\nنص الخبر.", false, null, "t"), new ImportOptions { Source = "al-thawra" });

        result.Article!.Source.ShouldBe("al-thawra");
        result.SourceReason.ShouldBe("chosen with --source");
    }

    [Fact]
    public void Import_UnknownSourceGiven_IsAUsageError()
    {
        var result = _importer.Import(new ImportInput("عنوان الخبر هنا للتجربة\n\nنص الخبر.", false, null, "t"), new ImportOptions { Source = "no-such-site" });

        result.Outcome.ShouldBe(ImportOutcome.UsageError);
        result.Error!.ShouldContain("no-such-site");
        result.Error!.ShouldContain("al-thawra");
    }

    [Fact]
    public void Import_TextWithoutHeadline_IsInvalidInput()
    {
        var result = _importer.Import(new ImportInput("Ru En\n\n١٠ يناير ٢٠٢٢\n", false, null, "nav-only.txt"), new ImportOptions());

        result.Outcome.ShouldBe(ImportOutcome.InvalidInput);
        result.Error.ShouldStartWith("nav-only.txt: no headline found");
    }

    [Fact]
    public void Import_PageWithoutText_IsInvalidInput()
    {
        var result = _importer.Import(new ImportInput("<html><head><title>عنوان بلا نص أبداً</title></head><body></body></html>", true, null, "empty.html"), new ImportOptions());

        result.Outcome.ShouldBe(ImportOutcome.InvalidInput);
        result.Error.ShouldBe("empty.html: no article text found");
    }

    [Fact]
    public void Import_TextWithUrl_KeepsTheUrl()
    {
        var url = new Uri("https://news.example/a/1");

        var result = _importer.Import(new ImportInput("عنوان الخبر هنا للتجربة\n\nنص الخبر.", false, url, "t"), new ImportOptions());

        result.Article!.Url.ShouldBe("https://news.example/a/1");
    }

    [Fact]
    public void Import_OverlongHeadline_FailsTheSchemaWithADiagnostic()
    {
        var title = string.Join(' ', Enumerable.Repeat("كلمة", 250)); // 1,249 characters: a headline line, but over the schema's 1,000
        var page = $"<html><head><meta property=\"og:title\" content=\"{title}\"></head><body><article><p>{string.Join(' ', Enumerable.Repeat("نص", 30))}</p></article></body></html>";

        var result = _importer.Import(new ImportInput(page, true, null, "long.html"), new ImportOptions());

        result.Outcome.ShouldBe(ImportOutcome.InvalidInput);
        result.Diagnostics.ShouldContain(d => d.JsonPointer == "/title");
    }
}

using DatasetBuilder.Reading;
using DatasetBuilder.Validation;

namespace DatasetBuilder.Tests.Validation;

public sealed class DuplicateFinderTests
{
    private static ArticleKeys Keys(string name, string? id = null, string? url = null, string? hash = null) =>
        new(new ContributionFile("/d/" + name, "data/articles/s/" + name), id ?? name, url, hash, null);

    [Theory]
    [InlineData("https://www.Site.example/news/1/", "http://site.example/news/1")]
    [InlineData("https://site.example/news/1#top", "https://site.example/news/1")]
    public void NormalizeUrl_SamePage_SameAddress(string a, string b) => DuplicateFinder.NormalizeUrl(a).ShouldBe(DuplicateFinder.NormalizeUrl(b));

    [Theory]
    [InlineData("https://site.example/news/1", "https://site.example/news/2")]
    [InlineData("https://site.example/news?id=1", "https://site.example/news?id=2")]
    [InlineData("https://site.example:8080/news/1", "https://site.example/news/1")]
    public void NormalizeUrl_OtherPage_OtherAddress(string a, string b) => DuplicateFinder.NormalizeUrl(a).ShouldNotBe(DuplicateFinder.NormalizeUrl(b));

    [Fact]
    public void Find_ThreeFilesSameText_EachNamesTheOtherTwo()
    {
        var all = new[] { Keys("a.json", hash: "h"), Keys("b.json", hash: "h"), Keys("c.json", hash: "h"), Keys("d.json", hash: "x") };
        var found = DuplicateFinder.Find(all, static _ => true);
        found.Count.ShouldBe(3);
        found.Single(static d => d.File.EndsWith("b.json", StringComparison.Ordinal)).Message.ShouldContain("data/articles/s/a.json, data/articles/s/c.json");
    }

    [Fact]
    public void Find_OnlySelectedFiles_GetFindings()
    {
        var all = new[] { Keys("a.json", url: "https://x.example/1"), Keys("b.json", url: "https://x.example/1") };
        var found = DuplicateFinder.Find(all, static f => f.DisplayPath.EndsWith("b.json", StringComparison.Ordinal));
        found.ShouldHaveSingleItem().Message.ShouldContain("a.json");
    }

    [Fact]
    public void Find_NullValues_AreNeverDuplicates()
    {
        var all = new[] { Keys("a.json"), Keys("b.json") };
        DuplicateFinder.Find(all, static _ => true).ShouldBeEmpty();
    }
}

using DatasetBuilder.Reading;

namespace DatasetBuilder.Tests.Reading;

public sealed class ContributionFileTests
{
    [Theory]
    [InlineData("/repo/data/articles/s/a.json", "data/articles/s/a.json")]
    [InlineData("/repo/data/articles/s/a.json", "/repo/data/articles/s/a.json")]
    [InlineData(@"C:\repo\data\articles\s\a.json", "data/articles/s/a.json")]
    [InlineData("a.json", "articles/s/a.json")]
    [InlineData("/repo/data/", "data/")]
    public void Paths_AreKeptAsGiven_WhetherOrNotTheDisplayPathIsTheFullPathsTail(string full, string display)
    {
        var file = new ContributionFile(full, display);

        file.FullPath.ShouldBe(full);
        file.DisplayPath.ShouldBe(display);
        var (f, d) = file;
        (f, d).ShouldBe((full, display));
    }

    [Fact]
    public void Equality_IsThatOfBothPaths()
    {
        var a = new ContributionFile("/repo/data/articles/s/a.json", "data/articles/s/a.json");

        a.ShouldBe(new ContributionFile("/repo/data/articles/s/a.json", string.Concat("data/articles/s/", "a.json")));
        a.GetHashCode().ShouldBe(new ContributionFile("/repo/data/articles/s/a.json", "data/articles/s/a.json").GetHashCode());
        a.ShouldNotBe(new ContributionFile("/repo/data/articles/s/a.json", "articles/s/a.json"));
        a.ShouldNotBe(new ContributionFile("/other/data/articles/s/a.json", "data/articles/s/a.json"));
    }

    [Fact]
    public void DisplayOrder_IsTheOrdinalOrderOfTheDisplayPaths()
    {
        var files = new[]
        {
            new ContributionFile("/z/data/articles/s/b.json", "data/articles/s/b.json"),
            new ContributionFile("/a/data/articles/t/a.json", "data/articles/t/a.json"),
            new ContributionFile("/m/data/articles/s/B.json", "data/articles/s/B.json"),
            new ContributionFile(@"C:\x\data\articles\s\a.json", "data/articles/s/a.json"),
            new ContributionFile("/q/data/articles/s-2/a.json", "data/articles/s-2/a.json"),
        };

        files.Order(ContributionFile.DisplayOrder).Select(static f => f.DisplayPath)
            .ShouldBe(files.Select(static f => f.DisplayPath).Order(StringComparer.Ordinal));
    }
}

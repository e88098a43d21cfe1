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

    private static readonly char Sep = Path.DirectorySeparatorChar;

    [Fact]
    public void InFolder_KeepsBothPaths_AndEqualsThePlainFile()
    {
        var folder = $"{Sep}repo{Sep}data{Sep}articles{Sep}s";
        var plain = new ContributionFile($"{folder}{Sep}2024-01-01-a.json", "data/articles/s/2024-01-01-a.json");

        var shared = ContributionFile.InFolder(plain, folder, "data/articles/s/");

        shared.FullPath.ShouldBe(plain.FullPath);
        shared.DisplayPath.ShouldBe(plain.DisplayPath);
        shared.ShouldBe(plain);
        plain.ShouldBe(shared);
        shared.GetHashCode().ShouldBe(plain.GetHashCode());
    }

    [Theory]
    [InlineData("data/articles/t/")]
    [InlineData("data/articles/")]
    [InlineData("data/articles/s")]
    public void InFolder_PathsNotTheFolderJoinedWithTheName_KeepsTheFileAsItIs(string displayFolder)
    {
        var folder = $"{Sep}repo{Sep}data{Sep}articles{Sep}s";
        var plain = new ContributionFile($"{folder}{Sep}a.json", "data/articles/s/a.json");

        ContributionFile.InFolder(plain, folder, displayFolder).ShouldBeSameAs(plain);
        ContributionFile.InFolder(plain, folder + "x", "data/articles/s/").ShouldBeSameAs(plain);
        ContributionFile.InFolder(plain, $"{folder}{Sep}a.json", "data/articles/s/").ShouldBeSameAs(plain);
    }

    [Fact]
    public void DisplayOrder_AcrossFoldersAndPlainFiles_IsTheOrdinalOrderOfTheDisplayPaths()
    {
        var root = $"{Sep}r{Sep}data{Sep}articles";
        ContributionFile InSource(string source, string name) =>
            ContributionFile.InFolder(new ContributionFile($"{root}{Sep}{source}{Sep}{name}", $"data/articles/{source}/{name}"), $"{root}{Sep}{source}", $"data/articles/{source}/");
        var files = new[]
        {
            InSource("s", "b.json"), InSource("s-2", "a.json"), InSource("s", "a.json"), InSource("s", "aa.json"), InSource("t", "a.json"), InSource("s2", "a.json"),
            new ContributionFile("/elsewhere/x.json", "data/articles/s/ab.json"), new ContributionFile("/q/data/articles/s", "data/articles/s"),
            new ContributionFile("/q/data/articles/s/", "data/articles/s/"), new ContributionFile("/q/data/articles/s/a", "data/articles/s/a"),
        };

        files.Order(ContributionFile.DisplayOrder).Select(static f => f.DisplayPath)
            .ShouldBe(files.Select(static f => f.DisplayPath).Order(StringComparer.Ordinal));
        foreach (var a in files)
        {
            foreach (var b in files)
            {
                Math.Sign(ContributionFile.DisplayOrder.Compare(a, b)).ShouldBe(Math.Sign(string.CompareOrdinal(a.DisplayPath, b.DisplayPath)), $"{a.DisplayPath} vs {b.DisplayPath}");
            }
        }
    }
}

using System.Collections.Concurrent;
using DatasetBuilder.Pipeline;
using DatasetBuilder.Reading;

namespace DatasetBuilder.Tests.Pipeline;

public sealed class ArticleFactsTests
{
    private static readonly char Sep = Path.DirectorySeparatorChar;

    [Fact]
    public void Of_FileNamedByItsId_GivesBackTheSameFile_AndSharesOneFolderObject()
    {
        var folders = new ConcurrentDictionary<string, ContributionFile>(StringComparer.Ordinal);
        var a = new ContributionFile($"{Sep}repo{Sep}data{Sep}articles{Sep}s{Sep}2024-01-01-a.json", "data/articles/s/2024-01-01-a.json");
        var b = new ContributionFile($"{Sep}repo{Sep}data{Sep}articles{Sep}s{Sep}2024-01-02-b.json", "data/articles/s/2024-01-02-b.json");

        var factsA = ArticleFacts.Of(a, "2024-01-01-a", folders);
        var factsB = ArticleFacts.Of(b, "2024-01-02-b", folders);

        factsA.File.ShouldBe(a);
        factsB.File.ShouldBe(b);
        factsA.Id.ShouldBe("2024-01-01-a");
        folders.Count.ShouldBe(1);
        folders.Values.Single().ShouldBe(new ContributionFile($"{Sep}repo{Sep}data{Sep}articles{Sep}s", "data/articles/s"));
    }

    [Theory]
    [InlineData("other-name", "data/articles/s/other-name.json")]
    [InlineData("a", "data/articles/s/a.json.bak")]
    [InlineData("a", "a.json")]
    [InlineData("a", "data/articles/s/xa.json")]
    [InlineData("a", "data/articles/t/a.json")]
    public void Of_FileNotExactlyFolderSlashIdDotJson_KeepsTheFileItself(string fileName, string display)
    {
        var folders = new ConcurrentDictionary<string, ContributionFile>(StringComparer.Ordinal);
        // Seed the folder as another article of the same folder would, so a mismatched display folder must not share it.
        ArticleFacts.Of(new ContributionFile($"{Sep}repo{Sep}data{Sep}articles{Sep}s{Sep}z.json", "data/articles/s/z.json"), "z", folders);
        var full = display.StartsWith("data/", StringComparison.Ordinal)
            ? $"{Sep}repo{Sep}data{Sep}articles{Sep}s{Sep}{Path.GetFileName(display)}"
            : display;
        var file = new ContributionFile(full, display);

        var facts = ArticleFacts.Of(file, fileName == "other-name" ? "a" : fileName, folders);

        facts.File.ShouldBe(file);
        facts.File.ShouldBeSameAs(file);
    }
}

using DatasetBuilder.Reading;
using DatasetBuilder.Tests.Support;
using DatasetBuilder.Text;

namespace DatasetBuilder.Tests.Reading;

public sealed class ArticleKeyScannerTests
{
    [Fact]
    public void Scan_Article_ReadsIdUrlAndHashesTheText()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("a.json");
        File.WriteAllText(path, "{\"id\": \"a\", \"authors\": [\"x\"], \"meta\": {\"text\": \"no\"}, \"url\": \"https://x.example/1\", \"text\": \"نص\\nثان\"}");

        var keys = ArticleKeyScanner.Scan(new ContributionFile(path, "a.json"), 1 << 20, static _ => true).ShouldNotBeNull();

        keys.Id.ShouldBe("a");
        keys.Url.ShouldBe("https://x.example/1");
        keys.TextHash.ShouldBe(ArticleKeys.TextHashOf(Convert.FromHexString(ContentHash.Sha256Hex("نص\nثان"))));
    }

    [Fact]
    public void Scan_TextOfUninterestingLength_IsNotHashed()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("a.json");
        File.WriteAllText(path, "{\"text\": \"abc\"}");
        ArticleKeyScanner.Scan(new ContributionFile(path, "a.json"), 1 << 20, static n => n != 3)!.TextHash.ShouldBeNull();
    }

    [Theory]
    [InlineData("[1]")]
    [InlineData("{\"id\": ")]
    [InlineData("")]
    public void Scan_BrokenFile_IsSkipped(string content)
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("a.json");
        File.WriteAllText(path, content);
        ArticleKeyScanner.Scan(new ContributionFile(path, "a.json"), 1 << 20, static _ => true).ShouldBeNull();
    }
}

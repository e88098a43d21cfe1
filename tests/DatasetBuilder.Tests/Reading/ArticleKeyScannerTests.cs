using CsCheck;
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

    [Fact]
    public void Scan_ListedLengthOfTheWholeFile_GivesTheKeysOfAScanThatAsksTheFile()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("a.json");
        File.WriteAllText(path, "{\"id\": \"a\", \"url\": \"https://x.example/1\", \"text\": \"نص\\nثان\"}");
        var file = new ContributionFile(path, "a.json");

        var listed = ArticleKeyScanner.Scan(file, new FileInfo(path).Length, 1 << 20, static _ => true).ShouldNotBeNull();

        listed.ShouldBe(ArticleKeyScanner.Scan(file, 1 << 20, static _ => true));
    }

    /// <summary>
    /// The listing's length is what is read, without asking the file again: a file that grew since it was listed reads cut
    /// (and is skipped, no longer being an article), and one over the limit by its listed length is not opened at all.
    /// </summary>
    [Fact]
    public void Scan_ListedLength_IsTheLengthReadAndLimited()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("a.json");
        File.WriteAllText(path, "{\"id\": \"a\", \"text\": \"abc\"}");
        var file = new ContributionFile(path, "a.json");
        var length = new FileInfo(path).Length;

        ArticleKeyScanner.Scan(file, length - 2, 1 << 20, static _ => true).ShouldBeNull();
        ArticleKeyScanner.Scan(file, length, length - 1, static _ => true).ShouldBeNull();
        ArticleKeyScanner.Scan(file, length, length, static _ => true).ShouldNotBeNull().Id.ShouldBe("a");
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

    /// <summary>The key of a text is the SHA-256 of its UTF-8, whether the file writes it plainly or with escapes.</summary>
    [Theory]
    [InlineData("plain text only")]
    [InlineData(@"سطر أول\nسطر \""ثان\"" \u0627\u0644\u0646\u0635 \/ \t tab")]
    [InlineData(@"emoji \ud83d\ude00 and a literal 😀")]
    public void Scan_TextPlainOrEscaped_KeyAndLengthAreThoseOfTheDecodedText(string jsonText)
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("a.json");
        var json = "{\"id\": \"a\", \"text\": \"" + jsonText + "\"}";
        File.WriteAllText(path, json);
        var decoded = System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("text").GetString()!;
        var lengths = new List<int>();

        var keys = ArticleKeyScanner.Scan(new ContributionFile(path, "a.json"), 1 << 20, n => { lengths.Add(n); return true; }).ShouldNotBeNull();

        lengths.ShouldBe([decoded.Length]);
        keys.TextHash.ShouldBe(ArticleKeys.TextHashOf(Convert.FromHexString(ContentHash.Sha256Hex(decoded))));
    }

    /// <summary>
    /// A text that is not UTF-8 skips the file whatever its length, written plainly or with escapes: a full validation could not
    /// read that file either, so its id and url are not in any group.
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Scan_TextNotUtf8_FileIsSkipped(bool escaped)
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("a.json");
        var head = "{\"id\": \"a\", \"text\": \"abc"u8.ToArray();
        byte[] tail = [.. (escaped ? "\\n"u8 : "d"u8), 0xC3, 0x28, .. "\"}"u8];
        File.WriteAllBytes(path, [.. head, .. tail]);
        var file = new ContributionFile(path, "a.json");

        ArticleKeyScanner.Scan(file, 1 << 20, static _ => true).ShouldBeNull();
        ArticleKeyScanner.Scan(file, 1 << 20, static _ => false).ShouldBeNull();
    }

    /// <summary>
    /// The text is measured in place and the reading goes on after it: the keys are the same wherever the text stands among the
    /// properties and however the file is spaced, and a file that is not JSON after the text is skipped.
    /// </summary>
    [Theory]
    [InlineData("{\"text\": \"نص\\nثان\", \"id\": \"a\", \"url\": \"https://x.example/1\"}", true)]
    [InlineData("{\"text\":\"نص\\nثان\",\"meta\":{\"id\":\"no\"},\"id\":\"a\",\"url\":\"https://x.example/1\"}", true)]
    [InlineData("{\n  \"id\": \"a\",\n  \"text\" :\r\n \"نص\\nثان\"\t,\n  \"url\": \"https://x.example/1\"\n}\n", true)]
    [InlineData("{\"id\": \"a\", \"url\": \"https://x.example/1\", \"text\": \"نص\\nثان\" }", true)]
    [InlineData("{\"id\": \"a\", \"url\": \"https://x.example/1\", \"text\": \"نص\\nثان\", }", false)]
    [InlineData("{\"id\": \"a\", \"text\": \"نص\\nثان\" \"url\": \"https://x.example/1\"}", false)]
    [InlineData("{\"id\": \"a\", \"text\": \"نص\\nثان\", \"url\": }", false)]
    [InlineData("{\"id\": \"a\", \"url\": \"https://x.example/1\", \"text\": \"نص\\nثان\"", false)]
    [InlineData("{\"id\": \"a\", \"url\": \"https://x.example/1\", \"text\": \"نص\\nثان", false)]
    [InlineData("{\"id\": \"a\", \"url\": \"https://x.example/1\", \"text\": \"نص\\qثان\"}", false)]
    public void Scan_TextAnywhere_SameKeysOrSkippedWhenNotJson(string json, bool isJson)
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("a.json");
        File.WriteAllText(path, json);

        var keys = ArticleKeyScanner.Scan(new ContributionFile(path, "a.json"), 1 << 20, static _ => true);

        if (!isJson)
        {
            keys.ShouldBeNull();
            return;
        }

        keys.ShouldNotBeNull();
        keys.Id.ShouldBe("a");
        keys.Url.ShouldBe("https://x.example/1");
        keys.TextHash.ShouldBe(ArticleKeys.TextHashOf(Convert.FromHexString(ContentHash.Sha256Hex("نص\nثان"))));
    }

    /// <summary>A text that is not a string is no text key, and the rest of the file is read as before.</summary>
    [Fact]
    public void Scan_TextNotAString_OtherKeysStillRead()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("a.json");
        File.WriteAllText(path, "{\"text\": [\"x\"], \"id\": \"a\"}");

        var keys = ArticleKeyScanner.Scan(new ContributionFile(path, "a.json"), 1 << 20, static _ => true).ShouldNotBeNull();

        keys.Id.ShouldBe("a");
        keys.TextHash.ShouldBeNull();
    }

    [Fact]
    public void Scan_LoneSurrogateEscape_IsSkipped()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("a.json");
        File.WriteAllText(path, "{\"id\": \"a\", \"text\": \"x \\ud800 y\"}");
        ArticleKeyScanner.Scan(new ContributionFile(path, "a.json"), 1 << 20, static _ => true).ShouldBeNull();
    }

    /// <summary>An escaped text that is not UTF-8 makes the file unreadable whatever its length, as when it was unescaped to be counted.</summary>
    [Fact]
    public void Scan_EscapedTextThatIsNotUtf8_SkipsTheFile()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("a.json");
        File.WriteAllBytes(path, [.. "{\"id\": \"a\", \"text\": \"ab\\n"u8, 0xD8, .. "\"}"u8]);

        ArticleKeyScanner.Scan(new ContributionFile(path, "a.json"), 1 << 20, static _ => false).ShouldBeNull();
    }
}

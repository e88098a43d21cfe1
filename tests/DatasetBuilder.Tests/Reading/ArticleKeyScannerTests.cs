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

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Scan_TextNotUtf8_FileIsSkippedWhenItsTextWouldBeHashed(bool escaped)
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("a.json");
        var head = "{\"id\": \"a\", \"text\": \"abc"u8.ToArray();
        byte[] tail = [.. (escaped ? "\\n"u8 : "d"u8), 0xC3, 0x28, .. "\"}"u8];
        File.WriteAllBytes(path, [.. head, .. tail]);
        var file = new ContributionFile(path, "a.json");

        ArticleKeyScanner.Scan(file, 1 << 20, static _ => true).ShouldBeNull();
        // Not asked for its hash, a plain text leaves the file's other keys usable; an escaped one had to be decoded to be counted.
        var unhashed = ArticleKeyScanner.Scan(file, 1 << 20, static _ => false);
        if (escaped)
        {
            unhashed.ShouldBeNull();
        }
        else
        {
            unhashed.ShouldNotBeNull().Id.ShouldBe("a");
        }
    }

    [Fact]
    public void Scan_LoneSurrogateEscape_IsSkipped()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("a.json");
        File.WriteAllText(path, "{\"id\": \"a\", \"text\": \"x \\ud800 y\"}");
        ArticleKeyScanner.Scan(new ContributionFile(path, "a.json"), 1 << 20, static _ => true).ShouldBeNull();
    }

    /// <summary>
    /// The length counted on the escaped bytes is the length of the unescaped string, and -1 exactly where the reader could not
    /// unescape and decode it: random strings of plain and escaped Arabic and Latin, surrogate pairs written raw and as escapes,
    /// lone surrogate escapes and bytes that are not UTF-8.
    /// </summary>
    [Fact]
    public void UnescapedUtf16Length_IsTheLengthOfTheUnescapedString()
    {
        byte[][] pieces =
        [
            "نص عربي"u8.ToArray(), "abc"u8.ToArray(), "\\n"u8.ToArray(), "\\n\\n"u8.ToArray(), "\\\""u8.ToArray(), "\\\\"u8.ToArray(), "\\/"u8.ToArray(),
            "\\t"u8.ToArray(), "\\u0041"u8.ToArray(), "\\u0628"u8.ToArray(), "\\u200F"u8.ToArray(), "\\uD83D\\uDE00"u8.ToArray(), "\\ud83d\\ude00"u8.ToArray(),
            "😀"u8.ToArray(), "\\uD83D"u8.ToArray(), "\\uDE00"u8.ToArray(), "\\uD83Dx"u8.ToArray(), "\\uD83D\\u0041"u8.ToArray(), [0xD8], [0x80], [0xC3, 0xA9],
            [0xE2, 0x80], [0xF0, 0x9F, 0x98], "\\u00e9"u8.ToArray(),
        ];
        Gen.Int[0, pieces.Length - 1].Array[0, 8].Sample(picked =>
        {
            var value = picked.SelectMany(i => pieces[i]).ToArray();
            var json = new byte[value.Length + 2];
            json[0] = json[^1] = (byte)'"';
            value.CopyTo(json, 1);
            var reader = new System.Text.Json.Utf8JsonReader(json);
            reader.Read().ShouldBeTrue();
            int expected;
            try
            {
                expected = reader.GetString()!.Length;
            }
            catch (InvalidOperationException)
            {
                expected = -1;
            }

            ArticleKeyScanner.UnescapedUtf16Length(reader.ValueSpan).ShouldBe(expected, System.Text.Encoding.UTF8.GetString(value));
        }, iter: 20_000);
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

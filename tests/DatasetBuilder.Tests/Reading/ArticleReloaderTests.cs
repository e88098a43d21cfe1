using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsCheck;
using DatasetBuilder.Model;
using DatasetBuilder.Reading;
using DatasetBuilder.Text;

namespace DatasetBuilder.Tests.Reading;

public sealed class ArticleReloaderTests
{
    private static readonly string[] Texts =
    [
        "نص عربي", "\n\n", "\"", "\\", "/", "\t", "😀", "é", "\u200F", "ـ", "١٢٣", "Latin words", "{\"text\": \"inner\"}", " ",
    ];

    /// <summary>Escaped by the default encoder or left raw, compact or indented.</summary>
    private static readonly JsonSerializerOptions[] Options =
    [
        new() { Encoder = JavaScriptEncoder.Default },
        new() { Encoder = JavaScriptEncoder.Default, WriteIndented = true },
        new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping },
        new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true },
    ];

    /// <summary>
    /// Random article documents (the text first, in the middle or last, escaped by the default encoder — Arabic as \u
    /// escapes — or left raw, spaced or compact, with an object before it that has a text of its own): the reloaded article
    /// is the one the reader and the mapper give, and its hash is the SHA-256 of its text's UTF-8.
    /// </summary>
    [Fact]
    public void Parse_GivesTheMappersArticle()
    {
        var gen = Gen.Select(Gen.Int[0, Texts.Length - 1].Array[1, 30], Gen.Int[0, 2], Gen.Bool, Gen.Bool, Gen.Bool);
        gen.Sample((picked, place, raw, indented, nested) =>
        {
            var text = string.Concat(picked.Select(i => Texts[i]));
            var properties = new List<KeyValuePair<string, object?>>
            {
                new("id", "2022-01-10-3293e65aecb4"), new("source", "site-01"), new("url", null), new("language", "ar"),
                new("title", "عنوان \"الخبر\""), new("subtitle", null), new("published", "2022-01-10"), new("authors", new[] { "كاتب" }),
                new("agency", "تاس"),
            };
            if (nested)
            {
                properties.Insert(0, new("extra", new Dictionary<string, string> { ["text"] = "not the article's" }));
            }

            properties.Insert(place switch { 0 => 0, 1 => properties.Count / 2, _ => properties.Count }, new("text", text));
            var options = Options[(raw ? 2 : 0) + (indented ? 1 : 0)];
            var json = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object?>(properties), options);
            using var document = JsonDocument.Parse(json);
            var expected = ArticleMapper.Map(document.RootElement);

            var reloaded = ArticleReloader.Parse([.. json, .. "garbage after the length"u8], 0, json.Length, 64);

            Same(reloaded.Article, expected);
            reloaded.RawSha256.ShouldBe(ContentHash.Sha256Hex(text));
        }, iter: 2_000);
    }

    /// <summary>The document is read from the given start (after a byte order mark) to the given length only.</summary>
    [Fact]
    public void Parse_ReadsTheGivenRange()
    {
        var json = """{"id": "a-1", "source": "s", "language": "ar", "title": "t", "authors": [], "text": "سطر\nسطر"}"""u8.ToArray();
        byte[] buffer = [0xEF, 0xBB, 0xBF, .. json, .. "}}}}"u8];

        var reloaded = ArticleReloader.Parse(buffer, 3, json.Length, 64);

        reloaded.Article.Text.ShouldBe("سطر\nسطر");
        reloaded.Article.Id.ShouldBe("a-1");
    }

    /// <summary>
    /// A file that changed into something that is not an article still fails as the reader and the mapper make it fail: the
    /// text cut out of the document does not hide a second text property, nor does a text the decoder leaves alone pass.
    /// </summary>
    [Theory]
    [InlineData("""{"id": "a", "source": "s", "language": "ar", "title": "t", "text": "one", "text": "two"}""", typeof(JsonException))]
    [InlineData("""{"id": "a", "source": "s", "language": "ar", "title": "t", "text": "one", "id": "b"}""", typeof(JsonException))]
    [InlineData("""{"id": "a", "source": "s", "language": "ar", "title": "t", "text": "\uD83D alone"}""", typeof(InvalidOperationException))]
    [InlineData("""{"id": "a", "source": "s", "language": "ar", "title": "t", "text": "cut short""", typeof(JsonException))]
    [InlineData("""{"id": "a", "source": "s", "language": "ar", "title": "t", "text": "one",}""", typeof(JsonException))]
    public void Parse_FailsAsTheReaderAndMapperDo(string json, Type expected)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        Should.Throw<Exception>(() => MapThroughReader(bytes)).ShouldBeAssignableTo(expected);

        var thrown = Should.Throw<Exception>(() => ArticleReloader.Parse([.. bytes], 0, bytes.Length, 64));

        thrown.ShouldBeAssignableTo(expected);
    }

    /// <summary>What is not a text string is mapped as the lenient mapper maps it (the schema reported it in pass 1).</summary>
    [Theory]
    [InlineData("""{"id": "a", "source": "s", "language": "ar", "title": "t", "authors": [], "text": null}""")]
    [InlineData("""{"id": "a", "source": "s", "language": "ar", "title": "t", "authors": [], "text": 12}""")]
    [InlineData("""{"id": "a", "source": "s", "language": "ar", "title": "t", "authors": [], "body": "x"}""")]
    [InlineData("""{"id": "a", "source": "s", "language": "ar", "title": "t", "authors": [], "extra": {"text": "inner"}}""")]
    public void Parse_MapsWhatIsNotATextStringAsTheMapperDoes(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);

        var reloaded = ArticleReloader.Parse([.. bytes], 0, bytes.Length, 64);

        Same(reloaded.Article, MapThroughReader(bytes));
        reloaded.RawSha256.ShouldBe(ContentHash.Sha256Hex(string.Empty));
    }

    private static Article MapThroughReader(byte[] json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowDuplicateProperties = false });
        return ArticleMapper.Map(document.RootElement);
    }

    private static void Same(Article actual, Article expected)
    {
        actual.Text.ShouldBe(expected.Text);
        actual.Authors.ShouldBe(expected.Authors);
        (actual with { Text = "", Authors = [] }).ShouldBe(expected with { Text = "", Authors = [] });
    }
}

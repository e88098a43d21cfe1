using System.Text.Json;
using CsCheck;
using DatasetBuilder.Reading;
using DatasetBuilder.Validation;

namespace DatasetBuilder.Tests.Validation;

public sealed class SchemaFastPathTests
{
    private static readonly ContributionFile File = new("/x/a.json", "data/articles/s/a.json");

    private static readonly SchemaFastPath Article = SchemaFastPath.For(JsonSchemaValidator.SchemaText(SchemaKind.Article)).ShouldNotBeNull();

    private const string Valid = """
        {
          "id": "a-1",
          "source": "s",
          "url": "https://example.com/a?b=1",
          "language": "ar",
          "title": "عنوان",
          "subtitle": null,
          "published": "2022-01-10",
          "authors": ["أحمد", "سارة"],
          "agency": null,
          "text": "نص"
        }
        """;

    [Fact]
    public void Conforms_ValidArticle_IsTrue() => Conforms(Valid).ShouldBeTrue();

    [Theory]
    [InlineData("\"id\": \"a-1\"", "\"id\": \"A_1\"")]
    [InlineData("\"id\": \"a-1\"", "\"id\": 7")]
    [InlineData("\"source\": \"s\",", "")]
    [InlineData("\"url\": \"https://example.com/a?b=1\"", "\"url\": \"ftp://example.com\"")]
    [InlineData("\"url\": \"https://example.com/a?b=1\"", "\"url\": \"https://example.com/a\\nb\"")]
    [InlineData("\"language\": \"ar\"", "\"language\": \"Arabic\"")]
    [InlineData("\"title\": \"عنوان\"", "\"title\": \"\"")]
    [InlineData("\"published\": \"2022-01-10\"", "\"published\": \"10/01/2022\"")]
    [InlineData("[\"أحمد\", \"سارة\"]", "[\"أحمد\", \"أحمد\"]")]
    [InlineData("[\"أحمد\", \"سارة\"]", "[\"أحمد\", 3]")]
    [InlineData("\"agency\": null", "\"agency\": null, \"headline\": \"x\"")]
    [InlineData("\"text\": \"نص\"", "\"text\": \"\"")]
    [InlineData("\"id\": \"a-1\"", "\"id\": \"a-1\", \"id\": \"a-1\"")]
    public void Conforms_SchemaViolation_IsFalseAndNJsonSchemaReportsIt(string from, string to)
    {
        var json = Valid.Replace(from, to, StringComparison.Ordinal);
        json.ShouldNotBe(Valid);

        Conforms(json).ShouldBeFalse();
    }

    [Fact]
    public void Conforms_OnlyWhenNJsonSchemaFindsNothing_ForRandomFieldValues()
    {
        var value = Gen.OneOf(Gen.String[0, 12], Gen.Const("a-1"), Gen.Const("https://x.org/p"), Gen.Const("2022-01"), Gen.Const(string.Empty));
        Gen.Select(value, value, value, value).Sample(v =>
        {
            var json = JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["id"] = v.Item1, ["source"] = v.Item2, ["url"] = v.Item3, ["language"] = "ar",
                ["title"] = "t", ["published"] = v.Item4, ["text"] = "نص",
            });
            if (Conforms(json))
            {
                JsonSchemaValidator.Validate(File, json, SchemaKind.Article).ShouldBeEmpty();
            }
        }, iter: 300);
    }

    [Fact]
    public void Validate_WithParsedRoot_GivesNJsonSchemasFindings()
    {
        var json = Valid.Replace("\"id\": \"a-1\"", "\"id\": \"A_1\"", StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);

        JsonSchemaValidator.Validate(File, json, document.RootElement, SchemaKind.Article)
            .ShouldBe(JsonSchemaValidator.Validate(File, json, SchemaKind.Article));
    }

    private static bool Conforms(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Article.Conforms(document.RootElement);
    }
}

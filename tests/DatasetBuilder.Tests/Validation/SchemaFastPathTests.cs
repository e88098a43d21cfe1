using System.Text.Json;
using CsCheck;
using DatasetBuilder.Reading;
using DatasetBuilder.Tests.Support;
using DatasetBuilder.Validation;

namespace DatasetBuilder.Tests.Validation;

public sealed class SchemaFastPathTests
{
    private static readonly ContributionFile File = new("/x/a.json", "data/articles/s/a.json");

    private static readonly SchemaFastPath Article = SchemaFastPath.For(JsonSchemaValidator.SchemaText(SchemaKind.Article)).ShouldNotBeNull();

    private static readonly SchemaFastPath Dataset = SchemaFastPath.For(JsonSchemaValidator.SchemaText(SchemaKind.Dataset)).ShouldNotBeNull();

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
        // Mostly valid values per field, so a good share of the samples conform and the implication is tested, not vacuous.
        static Gen<string> Mostly(string valid) => Gen.Frequency((6, Gen.Const(valid)), (1, Gen.String[0, 12]), (1, Gen.OneOf(Gen.Const("a-1"), Gen.Const("https://x.org/p"), Gen.Const("2022-01"), Gen.Const(string.Empty))));
        var conforming = 0;
        Gen.Select(Mostly("a-1"), Mostly("s"), Mostly("https://x.org/p"), Mostly("2022-01")).Sample(v =>
        {
            var json = JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["id"] = v.Item1, ["source"] = v.Item2, ["url"] = v.Item3, ["language"] = "ar",
                ["title"] = "t", ["published"] = v.Item4, ["text"] = "نص",
            });
            if (Conforms(json))
            {
                Interlocked.Increment(ref conforming);
                JsonSchemaValidator.Validate(File, json, SchemaKind.Article).ShouldBeEmpty();
            }
        }, iter: 300, threads: 1);

        conforming.ShouldBeGreaterThanOrEqualTo(50);
    }

    [Fact]
    public void Validate_WithParsedRoot_GivesNJsonSchemasFindings()
    {
        var json = Valid.Replace("\"id\": \"a-1\"", "\"id\": \"A_1\"", StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);

        JsonSchemaValidator.Validate(File, json, document.RootElement, SchemaKind.Article)
            .ShouldBe(JsonSchemaValidator.Validate(File, json, SchemaKind.Article));
    }

    [Fact]
    public void Conforms_TheRepositorysDatasetJson_IsTrue()
    {
        var json = System.IO.File.ReadAllText(Path.Combine(RepositoryPaths.Data, "dataset.json"));
        JsonSchemaValidator.Validate(File, json, SchemaKind.Dataset).ShouldBeEmpty();

        ConformsTo(Dataset, json).ShouldBeTrue();
    }

    [Theory]
    [InlineData("\"extra.answer\": \"yes\"", true)] // unlisted, its name and value as additionalProperties and propertyNames ask
    [InlineData("\"Extra answer\": \"yes\"", false)] // a name propertyNames refuses
    [InlineData("\"extra.answer\": 3", false)] // a value additionalProperties refuses
    [InlineData("\"extra.answer\": \"a\", \"extra.answer\": \"b\"", false)] // an unlisted name twice: NJsonSchema's to judge
    [InlineData("\"motivation.purpose\": [\"x\"]", false)] // a listed answer of the wrong type
    public void Conforms_DatasheetAnswers_FollowAdditionalPropertiesAndPropertyNames(string answers, bool conforms)
    {
        var json = $$"""{ "name": "n", "pretty_name": "N", "description": "d", "license": "cc-by-4.0", "license_statement": "s", "datasheet": { {{answers}} } }""";

        ConformsTo(Dataset, json).ShouldBe(conforms);
        if (conforms)
        {
            JsonSchemaValidator.Validate(File, json, SchemaKind.Dataset).ShouldBeEmpty();
        }
    }

    [Fact]
    public void Conforms_OnlyWhenNJsonSchemaFindsNothing_ForRandomDatasheetAnswers()
    {
        var name = Gen.OneOf(Gen.Const("motivation.purpose"), Gen.Const("extra.answer"), Gen.Const("Extra"), Gen.Const("a.b_c"), Gen.String[0, 8]);
        var value = Gen.Int[0, 3].Select(static i => i switch { 0 => (object?)"yes", 1 => null, 2 => 3, _ => string.Empty });
        Gen.Select(name, value, name, value).Sample(v =>
        {
            var answers = new Dictionary<string, object?> { [v.Item1] = v.Item2 };
            answers[v.Item3] = v.Item4;
            var json = JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["name"] = "n", ["pretty_name"] = "N", ["description"] = "d", ["license"] = "l", ["license_statement"] = "s", ["datasheet"] = answers,
            });
            if (ConformsTo(Dataset, json))
            {
                JsonSchemaValidator.Validate(File, json, SchemaKind.Dataset).ShouldBeEmpty();
            }
        }, iter: 300);
    }

    private static bool ConformsTo(SchemaFastPath schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        return schema.Conforms(document.RootElement);
    }

    private static bool Conforms(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Article.Conforms(document.RootElement);
    }
}

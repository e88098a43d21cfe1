using DatasetBuilder.Reading;
using DatasetBuilder.Validation;

namespace DatasetBuilder.Tests.Validation;

public sealed class JsonSchemaValidatorTests
{
    private static readonly ContributionFile File = new("/x/a.json", "data/articles/s/a.json");

    private const string Valid = """
        {
          "id": "a-1",
          "source": "s",
          "url": null,
          "language": "ar",
          "title": "عنوان",
          "published": "2022-01-10",
          "text": "نص"
        }
        """;

    [Fact]
    public void Validate_ValidArticle_HasNoErrors() =>
        JsonSchemaValidator.Validate(File, Valid, SchemaKind.Article).ShouldBeEmpty();

    [Fact]
    public void Validate_MissingRequired_ReportsPropertyAndCode()
    {
        var json = Valid.Replace("\"title\": \"عنوان\",", string.Empty, StringComparison.Ordinal);
        var error = JsonSchemaValidator.Validate(File, json, SchemaKind.Article).ShouldHaveSingleItem();
        error.Code.ShouldBe(RuleCodes.SchemaRequired);
        error.Message.ShouldContain("title");
    }

    [Theory]
    [InlineData("\"title\": \"عنوان\",", "title", false)]
    [InlineData("\"url\": null,", "url", true)]
    [InlineData("\"published\": \"2022-01-10\",", "published", true)]
    public void Validate_MissingRequired_SuggestsNullOnlyWhereTheSchemaAllowsIt(string removed, string property, bool nullable)
    {
        var json = Valid.Replace(removed, string.Empty, StringComparison.Ordinal).Replace(",\n}", "\n}", StringComparison.Ordinal);
        var error = JsonSchemaValidator.Validate(File, json, SchemaKind.Article).ShouldHaveSingleItem();

        error.Message.ShouldContain($"\"{property}\" is missing");
        error.Message.Contains("use null", StringComparison.Ordinal).ShouldBe(nullable);
    }

    [Fact]
    public void Validate_WrongType_ReportsPointerAndLine()
    {
        var json = Valid.Replace("\"published\": \"2022-01-10\"", "\"published\": 2022", StringComparison.Ordinal);
        var error = JsonSchemaValidator.Validate(File, json, SchemaKind.Article).ShouldHaveSingleItem();
        error.Code.ShouldBe(RuleCodes.SchemaType);
        error.JsonPointer.ShouldBe("/published");
        error.Line.ShouldBe(7);
    }

    [Fact]
    public void Validate_UnknownProperty_IsAnError()
    {
        var json = Valid.Replace("\"text\"", "\"body\": \"x\", \"text\"", StringComparison.Ordinal);
        JsonSchemaValidator.Validate(File, json, SchemaKind.Article).ShouldContain(d => d.Code == RuleCodes.SchemaUnknownProperty && d.Message.Contains("body"));
    }

    [Fact]
    public void Validate_BadItemInArray_PointsAtTheItem()
    {
        var json = Valid.Replace("\"text\"", "\"authors\": [\"x\", 5], \"text\"", StringComparison.Ordinal);
        JsonSchemaValidator.Validate(File, json, SchemaKind.Article).ShouldContain(d => d.JsonPointer == "/authors/1");
    }

    [Theory]
    [InlineData("#/title", "/title")]
    [InlineData("#/authors[2]", "/authors/2")]
    [InlineData("#", "")]
    [InlineData("#/datasheet.motivation~x", "/datasheet/motivation~0x")]
    public void ToPointer_ConvertsNJsonSchemaPaths(string path, string expected) =>
        JsonSchemaValidator.ToPointer(path).ShouldBe(expected);

    [Theory]
    [InlineData(SchemaKind.Source, "data/sources")]
    [InlineData(SchemaKind.Dataset, "data")]
    public void Validate_RepositoryMetadata_IsValid(SchemaKind kind, string folder)
    {
        var path = Path.Combine(Support.RepositoryPaths.Root, folder);
        var files = kind == SchemaKind.Dataset ? [Path.Combine(path, "dataset.json")] : Directory.GetFiles(path, "*.json");
        files.ShouldNotBeEmpty();
        foreach (var f in files)
        {
            JsonSchemaValidator.Validate(new ContributionFile(f, f), System.IO.File.ReadAllText(f), kind).ShouldBeEmpty(f);
        }
    }

    [Theory]
    [InlineData("\"language\": \"ar\"", "\"language\": \"Arabic\"", "for example ar")]
    [InlineData("\"published\": \"2022-01-10\"", "\"published\": \"10/01/2022\"", "YYYY-MM-DD")]
    public void Validate_PatternMismatch_SaysTheFormInWordsWithAnExample(string good, string bad, string expected)
    {
        var error = JsonSchemaValidator.Validate(File, Valid.Replace(good, bad, StringComparison.Ordinal), SchemaKind.Article).ShouldHaveSingleItem();
        error.Code.ShouldBe(RuleCodes.SchemaPattern);
        error.Message.ShouldContain(expected);
        error.Message.ShouldNotContain("^");
        error.Message.ShouldNotContain("BCP 47 language tag of the text.");
    }

    [Fact]
    public void Validate_DatasetNameNotASlug_SaysTheFormWithoutTheRegex()
    {
        var path = Path.Combine(Support.RepositoryPaths.Data, "dataset.json");
        var json = System.IO.File.ReadAllText(path).Replace("\"name\": \"kazakhstan-security-news-ar\"", "\"name\": \"Kazakhstan News\"", StringComparison.Ordinal);
        var error = JsonSchemaValidator.Validate(File, json, SchemaKind.Dataset).ShouldHaveSingleItem();
        error.JsonPointer.ShouldBe("/name");
        error.Message.ShouldBe("\"name\" does not have the required form; write lowercase letters a-z and digits, in words joined by single hyphens, for example al-thawra or 2022-01-10-3293e65aecb4");
    }

    [Theory]
    [InlineData(SchemaKind.Article)]
    [InlineData(SchemaKind.Source)]
    [InlineData(SchemaKind.Dataset)]
    public void SchemaPatternText_DescribesEveryPatternOfTheSchemas(SchemaKind kind)
    {
        var patterns = new List<string>();
        void Collect(System.Text.Json.JsonElement e)
        {
            if (e.ValueKind == System.Text.Json.JsonValueKind.Object)
            {
                foreach (var p in e.EnumerateObject())
                {
                    if (p.Name == "pattern" && p.Value.ValueKind == System.Text.Json.JsonValueKind.String)
                    {
                        patterns.Add(p.Value.GetString()!);
                    }

                    Collect(p.Value);
                }
            }
        }

        using var schema = System.Text.Json.JsonDocument.Parse(JsonSchemaValidator.SchemaText(kind));
        Collect(schema.RootElement);
        patterns.ShouldNotBeEmpty();
        patterns.ShouldAllBe(static p => SchemaPatternText.Describe(p) != null);
    }
}

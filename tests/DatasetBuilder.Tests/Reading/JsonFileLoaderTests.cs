using System.Text;
using DatasetBuilder.Reading;
using DatasetBuilder.Validation;

namespace DatasetBuilder.Tests.Reading;

public sealed class JsonFileLoaderTests
{
    private static readonly ContributionFile File = new("/x/a.json", "data/articles/s/a.json");

    private static JsonLoadResult Load(string text, JsonLoadOptions? options = null) =>
        new JsonFileLoader(options ?? JsonLoadOptions.Default).Load(File, Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Load_Object_Succeeds()
    {
        var result = Load("{\"id\": \"a\"}");
        result.Success.ShouldBeTrue();
        result.Diagnostics.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("", RuleCodes.EmptyFile)]
    [InlineData("   \n", RuleCodes.EmptyFile)]
    [InlineData("[1, 2]", RuleCodes.NotAnObject)]
    [InlineData("\"text\"", RuleCodes.NotAnObject)]
    [InlineData("{\"a\": 1, \"a\": 2}", RuleCodes.DuplicateKey)]
    [InlineData("{\"a\": 1,}", RuleCodes.MalformedJson)]
    [InlineData("{\"a\": 1\n\"b\": 2}", RuleCodes.MalformedJson)]
    public void Load_BadDocument_ReportsItsRule(string text, string code)
    {
        var result = Load(text);
        result.Success.ShouldBeFalse();
        result.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(code);
        result.Diagnostics[0].File.ShouldBe("data/articles/s/a.json");
    }

    [Fact]
    public void Load_MalformedJson_ReportsLineAndColumn()
    {
        var diagnostic = Load("{\n  \"a\": 1\n  \"b\": 2\n}").Diagnostics.ShouldHaveSingleItem();
        diagnostic.Line.ShouldBe(3);
        diagnostic.Column.ShouldNotBeNull();
    }

    [Fact]
    public void Load_DeepNesting_IsRejectedWithoutCrashing()
    {
        var deep = new string('[', 10_000) + new string(']', 10_000);
        Load("{\"a\": " + deep + "}").Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(RuleCodes.TooDeep);
    }

    [Fact]
    public void Load_InvalidUtf8_ReportsLine()
    {
        var bytes = Encoding.UTF8.GetBytes("{\n\"a\": \"x").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes("\"}")).ToArray();
        var diagnostic = new JsonFileLoader(JsonLoadOptions.Default).Load(File, bytes).Diagnostics.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(RuleCodes.NotUtf8);
        diagnostic.Line.ShouldBe(2);
    }
}

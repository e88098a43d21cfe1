using System.Text;
using System.Text.Json;
using CsCheck;
using DatasetBuilder.Reading;
using DatasetBuilder.Validation;

namespace DatasetBuilder.Tests.Reading;

public sealed class JsonFileLoaderTests
{
    private static readonly ContributionFile File = new("/x/a.json", "data/articles/s/a.json");

    private static JsonLoadResult Load(string text, JsonLoadOptions? options = null) =>
        new JsonFileLoader(options ?? JsonLoadOptions.Default).Load(File, Encoding.UTF8.GetBytes(text));

    /// <summary>
    /// <c>dataset.json</c> and the profiles are loaded by path with no listed length: a device in their place that never ends
    /// is cut at the size limit and refused (File.ReadAllBytes read /dev/zero until memory ran out).
    /// </summary>
    [Fact]
    public void Load_EndlessDevice_IsTooLargeNotReadToTheEnd()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // /dev/zero is the Linux case this guards
        }

        var result = new JsonFileLoader(JsonLoadOptions.Default with { MaxFileBytes = 1_000_000 }).Load(new ContributionFile("/dev/zero", "data/dataset.json"));

        result.Success.ShouldBeFalse();
        result.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(RuleCodes.TooLarge);
    }

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

    [Theory]
    [InlineData("{\"title\": \"a\\ud800\"}", 1, 13)]
    [InlineData("{\"id\": \"a\",\n \"text\": \"\\ud83d\\u0041 \\ude00\"}", 2, 11)]
    [InlineData("{\"text\": \"\\\\ud800 \\ude00\"}", 1, 19)]
    public void Load_UnpairedSurrogateEscape_IsMalformedJsonAtTheEscape(string text, int line, int column)
    {
        // The JSON reader parses such a document but cannot read the string: validation once stopped with an internal error.
        var diagnostic = Load(text).Diagnostics.ShouldHaveSingleItem();

        diagnostic.Code.ShouldBe(RuleCodes.MalformedJson);
        (diagnostic.Line, diagnostic.Column).ShouldBe((line, column));
        diagnostic.Message.ShouldContain("surrogate");
    }

    [Fact]
    public void Load_PairedAndEscapedBackslashes_Succeeds() =>
        Load("{\"text\": \"\\ud83d\\ude00 \\\\ud800 \\\\\\n\"}").Success.ShouldBeTrue();

    /// <summary>
    /// Against the JSON reader, on objects of random strings (lone and paired surrogate escapes, escaped backslashes, bytes
    /// that are not UTF-8): a document loads exactly when the reader parses it and reads every string of it.
    /// </summary>
    [Fact]
    public void Load_AcceptsExactlyWhatTheReaderCanReadEveryStringOf() =>
        Gen.Int[0, JsonStringMeasureTests.Pieces.Length - 1].Array[0, 8].Array[1, 3].Sample(values =>
        {
            var json = new List<byte>("{"u8.ToArray());
            for (var i = 0; i < values.Length; i++)
            {
                json.AddRange(Encoding.UTF8.GetBytes($"{(i == 0 ? "" : ", ")}\"k{i}\": \""));
                json.AddRange(values[i].SelectMany(static p => JsonStringMeasureTests.Pieces[p]));
                json.Add((byte)'"');
            }

            json.Add((byte)'}');
            var bytes = json.ToArray();

            bool readable;
            try
            {
                using var document = JsonDocument.Parse(bytes);
                readable = document.RootElement.EnumerateObject().All(static p => p.Value.GetString() is not null);
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException)
            {
                readable = false;
            }

            new JsonFileLoader(JsonLoadOptions.Default).Load(File, bytes).Success.ShouldBe(readable, Convert.ToHexString(bytes));
        });

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

    [Fact]
    public void Load_TruncatedObject_IsMalformedJsonAtTheEndNotTooDeep()
    {
        var diagnostic = Load("{\"id\": \"undated-000000000001\", \"title\": \"x\"").Diagnostics.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(RuleCodes.MalformedJson);
        diagnostic.Line.ShouldBe(1);
        diagnostic.Column.ShouldBe(44);
        diagnostic.Message.ShouldContain("not closed", Case.Insensitive);
        diagnostic.Message.ShouldContain("}");
        diagnostic.Message.ShouldNotContain("deeper");
    }

    [Fact]
    public void Load_TruncatedInsideAList_NamesTheOpenList()
    {
        var diagnostic = Load("{\n  \"authors\": [\"a\",\n").Diagnostics.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(RuleCodes.MalformedJson);
        diagnostic.Message.ShouldContain("/authors");
        diagnostic.Message.ShouldContain("line 2");
    }

    [Fact]
    public void Load_MalformedAfterArabicText_ColumnCountsCharactersNotBytes()
    {
        // "عربي" is 4 characters but 8 bytes: the missing comma sits before character 15 of line 2.
        var diagnostic = Load("{\n  \"t\": \"عربي\" \"b\": 1\n}").Diagnostics.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(RuleCodes.MalformedJson);
        diagnostic.Line.ShouldBe(2);
        diagnostic.Column.ShouldBe(15);
    }

    [Fact]
    public void Load_DuplicateKey_NamesTheKeyTheObjectAndBothLines()
    {
        var diagnostic = Load("{\n  \"id\": \"a\",\n  \"title\": \"t\",\n  \"id\": \"b\"\n}").Diagnostics.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(RuleCodes.DuplicateKey);
        diagnostic.Line.ShouldBe(4);
        diagnostic.Column.ShouldBe(3);
        diagnostic.JsonPointer.ShouldBe(string.Empty);
        diagnostic.Message.ShouldBe("the key \"id\" appears twice in this object (first at line 2); keep one");
    }

    [Fact]
    public void Load_DuplicateKeyInANestedObject_PointsAtThatObject()
    {
        var diagnostic = Load("{\"datasheet\": {\"a.b\": \"x\", \"list\": [{\"k\": 1, \"k\": 2}]}}").Diagnostics.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(RuleCodes.DuplicateKey);
        diagnostic.JsonPointer.ShouldBe("/datasheet/list/0");
        diagnostic.Message.ShouldContain("\"k\"");
    }

    [Fact]
    public void Load_SameKeyInTwoObjects_IsNoDuplicate()
    {
        Load("{\"a\": {\"k\": 1}, \"b\": {\"k\": 2}, \"c\": [{\"k\": 1}, {\"k\": 2}]}").Success.ShouldBeTrue();
    }

    [Fact]
    public void Load_KeyRepeatedInAnEscapedSpelling_IsADuplicate()
    {
        Load("{\"id\": \"a\", \"\\u0069d\": \"b\"}").Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(RuleCodes.DuplicateKey);
    }

    [Fact]
    public void Load_DeepNesting_IsLocatedAtTheFirstLevelTooDeep()
    {
        var options = JsonLoadOptions.Default with { MaxDepth = 3 };
        Load("{\"a\": [[1]]}", options).Success.ShouldBeTrue();
        var diagnostic = Load("{\"a\": [[[1]]]}", options).Diagnostics.ShouldHaveSingleItem();
        diagnostic.Code.ShouldBe(RuleCodes.TooDeep);
        diagnostic.Line.ShouldBe(1);
        diagnostic.Column.ShouldBe(9);
        diagnostic.JsonPointer.ShouldBe("/a/0/0");
    }
}

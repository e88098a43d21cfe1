using DatasetBuilder.Reading;

namespace DatasetBuilder.Tests.Reading;

public sealed class JsonLocatorTests
{
    [Fact]
    public void Locate_FlatObject_GivesLineAndColumnOfEachValue()
    {
        var at = JsonLocator.Locate("{\n  \"id\": \"a\",\n  \"title\": \"عنوان\",\n  \"authors\": [\n    \"x\",\n    \"y\"\n  ]\n}");
        at["/id"].ShouldBe((2, 9));
        at["/title"].ShouldBe((3, 12));
        at["/authors"].ShouldBe((4, 14));
        at["/authors/1"].ShouldBe((6, 5));
    }

    [Fact]
    public void Locate_ColumnsCountCharactersNotBytes()
    {
        var at = JsonLocator.Locate("{\"ع\": 1, \"b\": 2}");
        at["/b"].ShouldBe((1, 15));
    }

    [Fact]
    public void Locate_BrokenJson_KeepsWhatItFound()
    {
        var at = JsonLocator.Locate("{\"a\": 1, \"b\": ");
        at.ShouldContainKey("/a");
    }
}

using DatasetBuilder.Datasheet;
using DatasetBuilder.Writing;

namespace DatasetBuilder.Tests.Datasheet;

public sealed class SplitSizeTests
{
    [Fact]
    public void Bytes_StringsAndListItems_CountTheirUtf8Bytes()
    {
        var empty = SplitSize.Bytes([new DatasetRow()]);

        var filled = SplitSize.Bytes([new DatasetRow { Title = "سلام", Authors = ["ab", "c"] }]);

        filled.ShouldBe(empty + 8 + 2 + 1);
    }

    [Fact]
    public void Bytes_NullableDate_CountsFourBytesOnlyWhenPresent()
    {
        var undated = SplitSize.Bytes([new DatasetRow()]);

        SplitSize.Bytes([new DatasetRow { PublishedDate = new DateOnly(2022, 1, 5) }]).ShouldBe(undated + 4);
    }

    [Fact]
    public void Bytes_TwoRows_IsTheSumOfEach()
    {
        DatasetRow a = new() { Text = "نص" }, b = new() { Text = "abc" };

        SplitSize.Bytes([a, b]).ShouldBe(SplitSize.Bytes([a]) + SplitSize.Bytes([b]));
    }
}

using DatasetBuilder.Importing;

namespace DatasetBuilder.Tests.Importing;

public sealed class PublishedDateParserTests
{
    [Theory]
    [InlineData("2022-01-08", "2022-01-08")]
    [InlineData("2022-01-08T23:59:00+06:00", "2022-01-08")]
    [InlineData("2022-01-08 11:42:50+00:00", "2022-01-08")]
    [InlineData("2022-01", "2022-01")]
    [InlineData("الأحد 9 كانون الثاني 2022", "2022-01-09")]
    public void Parse_Value_GivesTheCalendarDateAsWritten(string value, string expected) =>
        PublishedDateParser.Parse(value).ToString().ShouldBe(expected);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2022-02-30")]
    public void Parse_NoDate_IsNull(string? value) => PublishedDateParser.Parse(value).ShouldBeNull();
}

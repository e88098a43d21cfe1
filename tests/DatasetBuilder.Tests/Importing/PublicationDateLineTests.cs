using DatasetBuilder.Importing;

namespace DatasetBuilder.Tests.Importing;

public sealed class PublicationDateLineTests
{
    [Theory]
    [InlineData("١٠ يناير ٢٠٢٢", "2022-01-10")]
    [InlineData("نُشر في: 08/01/2022 | آخر تحديث: 09/01/2022 14:05", "2022-01-08")]
    [InlineData("نشر بتاريخ 8 يناير 2022", "2022-01-08")]
    [InlineData("2022-01-08", "2022-01-08")]
    [InlineData("2022-01-08T10:00:00Z", "2022-01-08")]
    [InlineData(" 2022-01-08T23:30:00+06:00 ", "2022-01-08")]
    [InlineData("2022-01-08 10:00", "2022-01-08")]
    public void TryRead_PublicationLine_GivesTheDate(string line, string expected)
    {
        PublicationDateLine.TryRead(line, out var date).ShouldBeTrue();
        date.ToString().ShouldBe(expected);
    }

    [Theory]
    [InlineData("آخر تحديث: 09/01/2022 14:05")]
    [InlineData("محدث 9 كانون الثاني 2022")]
    [InlineData("وقال الوزير يوم 10 يناير 2022 إن الوضع مستقر")]
    [InlineData("2022-13-08")]
    [InlineData("2022-01")]
    [InlineData("2022-01-08T10:00:00Z وقال الوزير")]
    public void TryRead_UpdateOnlyOrNotADateLine_IsFalse(string line) => PublicationDateLine.TryRead(line, out _).ShouldBeFalse();
}

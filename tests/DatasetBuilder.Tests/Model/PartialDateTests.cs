using DatasetBuilder.Model;

namespace DatasetBuilder.Tests.Model;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2022", DatePrecision.Year, "2022-01-01")]
    [InlineData("2022-03", DatePrecision.Month, "2022-03-01")]
    [InlineData("2022-03-17", DatePrecision.Day, "2022-03-17")]
    [InlineData("2024-02-29", DatePrecision.Day, "2024-02-29")]
    public void TryParse_ValidForms_KeepsPrecisionAndRoundTrips(string text, DatePrecision precision, string earliest)
    {
        PartialDate.TryParse(text, out var date).ShouldBeTrue();
        date!.Value.Precision.ShouldBe(precision);
        date.Value.EarliestDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).ShouldBe(earliest);
        date.Value.ToString().ShouldBe(text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("22")]
    [InlineData("2022-13")]
    [InlineData("2022-00")]
    [InlineData("2023-02-29")]
    [InlineData("2022-1-5")]
    [InlineData("0000")]
    [InlineData("٢٠٢٢")]
    [InlineData("2022-01-10T00:00:00")]
    public void TryParse_InvalidForms_ReturnsFalse(string text)
    {
        PartialDate.TryParse(text, out var date).ShouldBeFalse();
        date.ShouldBeNull();
    }
}

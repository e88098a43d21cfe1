using CsCheck;
using DatasetBuilder.Importing;
using DatasetBuilder.Model;
using DatasetBuilder.Text;

namespace DatasetBuilder.Tests.Importing;

public sealed class ArticleIdFactoryTests
{
    [Fact]
    public void Create_DatedText_IsDateThenTwelveHexOfTheTextHash()
    {
        var id = ArticleIdFactory.Create(PartialDate.FromDay(new DateOnly(2022, 1, 10)), "نص");

        id.ShouldBe("2022-01-10-" + ContentHash.Sha256Hex("نص")[..12]);
    }

    [Fact]
    public void Create_Undated_StartsWithUndated() => ArticleIdFactory.Create(null, "x").ShouldStartWith("undated-");

    [Fact]
    public void Create_MonthPrecision_KeepsThePartialDate() => ArticleIdFactory.Create(PartialDate.FromMonth(2021, 10), "x").ShouldStartWith("2021-10-");

    [Fact]
    public void Create_AnyText_IsAValidSlugAndStable()
    {
        Gen.String.Sample(text =>
        {
            var id = ArticleIdFactory.Create(null, text);
            return id == ArticleIdFactory.Create(null, text) && System.Text.RegularExpressions.Regex.IsMatch(id, "^[a-z0-9]+(-[a-z0-9]+)*$");
        });
    }
}

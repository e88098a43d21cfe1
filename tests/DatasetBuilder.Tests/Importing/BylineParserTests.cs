using DatasetBuilder.Importing;

namespace DatasetBuilder.Tests.Importing;

public sealed class BylineParserTests
{
    [Theory]
    [InlineData("وكالات – الثورة – حرر التقرير الإخباري ريم صالح:", "ريم صالح", "وكالات")]
    [InlineData("بقلم: أحمد علي", "أحمد علي", null)]
    [InlineData("كتب - محمود حسن", "محمود حسن", null)]
    [InlineData("دمشق - سانا", null, "سانا")]
    [InlineData("موسكو – وكالة سبوتنيك", null, "وكالة سبوتنيك")]
    [InlineData("إعداد: هالة منصور، سمير داود", "هالة منصور|سمير داود", null)]
    public void TryParse_Byline_GivesAuthorsAndAgency(string line, string? authors, string? agency)
    {
        BylineParser.TryParse(line, out var byline).ShouldBeTrue();

        byline.Authors.ShouldBe(authors is null ? [] : authors.Split('|'));
        byline.Agency.ShouldBe(agency);
    }

    [Theory]
    [InlineData("وقال الوزير إن الوضع مستقر - بحسب بيان رسمي صدر اليوم عن الوزارة")]
    [InlineData("آخر الأخبار")]
    [InlineData("")]
    [InlineData("كتب الرئيس رسالة مطولة إلى نظيره يشرح فيها موقف بلاده من الأزمة الراهنة في المنطقة")]
    public void TryParse_NotAByline_IsFalse(string line) => BylineParser.TryParse(line, out _).ShouldBeFalse();
}

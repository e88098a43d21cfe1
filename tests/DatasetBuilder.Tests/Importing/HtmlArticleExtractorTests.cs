using DatasetBuilder.Importing;

namespace DatasetBuilder.Tests.Importing;

public sealed class HtmlArticleExtractorTests
{
    private static readonly string Paragraphs = string.Concat(Enumerable.Range(1, 3).Select(static i =>
        $"<p>هذه هي الفقرة رقم {i} من نص الخبر وهي طويلة بما يكفي لتعد فقرة من المقال نفسه وليست سطراً قصيراً.</p>"));

    [Theory]
    [InlineData("<meta property=\"og:title\" content=\"العنوان الحقيقي | موقع الرصد\"><meta property=\"og:site_name\" content=\"موقع الرصد\">", "العنوان الحقيقي")]
    [InlineData("<meta property=\"og:title\" content=\"موقع الرصد - العنوان الحقيقي\"><meta property=\"og:site_name\" content=\"موقع الرصد\">", "العنوان الحقيقي")]
    [InlineData("<title>العنوان من وسم العنوان</title>", "العنوان من الترويسة")]
    [InlineData("<meta property=\"og:title\" content=\"عنوان - فيه شرطة\">", "عنوان - فيه شرطة")]
    public void Extract_TitleSources_InOrderOfPrecedence(string head, string expected)
    {
        var page = $"<html><head>{head}</head><body><h1>العنوان من الترويسة</h1>{Paragraphs}</body></html>";

        HtmlArticleExtractor.Extract(page, null).Metadata.Title.ShouldBe(expected);
    }

    [Theory]
    [InlineData("<meta property=\"article:published_time\" content=\"2021-03-01T23:30:00-05:00\">", "", "2021-03-01")] // the publisher's own date, not UTC's
    [InlineData("", "<time datetime=\"2020-02-29\">السبت</time>", "2020-02-29")]
    [InlineData("", "<div>نشر في: ١٢ آذار ٢٠٢٠</div>", "2020-03-12")]
    [InlineData("", "", null)]
    public void Extract_PublicationDate_FromMetaTimeOrDateLine(string head, string underHeadline, string? expected)
    {
        var page = $"<html><head>{head}</head><body><h1>العنوان</h1>{underHeadline}{Paragraphs}</body></html>";

        (HtmlArticleExtractor.Extract(page, null).Metadata.Published?.ToString()).ShouldBe(expected);
    }

    [Fact]
    public void Extract_RelativeCanonical_IsResolvedAgainstThePageAddress()
    {
        var page = $"<html><head><link rel=\"canonical\" href=\"/news/42\"></head><body><h1>العنوان</h1>{Paragraphs}</body></html>";

        HtmlArticleExtractor.Extract(page, new Uri("https://example.org/x?y=1")).Metadata.Url.ShouldBe("https://example.org/news/42");
    }

    [Fact]
    public void Extract_NonHttpCanonical_IsIgnored()
    {
        var page = $"<html><head><link rel=\"canonical\" href=\"javascript:void(0)\"></head><body><h1>العنوان</h1>{Paragraphs}</body></html>";

        HtmlArticleExtractor.Extract(page, null).Metadata.Url.ShouldBeNull();
    }

    [Fact]
    public void Extract_OutletNamedAsAuthor_IsNotAPerson()
    {
        var page = $"<html><head><meta name=\"author\" content=\"LBX\"><meta property=\"og:site_name\" content=\"LBX Lebanon\"></head><body><h1>العنوان</h1>{Paragraphs}</body></html>";

        HtmlArticleExtractor.Extract(page, null).Metadata.Authors.ShouldBeEmpty();
    }

    [Fact]
    public void Extract_Body_IsParagraphsSeparatedByBlankLinesWithoutScripts()
    {
        var page = $"<html><body><h1>العنوان</h1><script>var x = 1;</script>{Paragraphs}<div hidden>نص مخفي</div></body></html>";

        var text = HtmlArticleExtractor.Extract(page, null).Text;

        text.Split("\n\n").Length.ShouldBe(3);
        text.ShouldNotContain("var x");
        text.ShouldNotContain("نص مخفي");
    }
}

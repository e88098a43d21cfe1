using DatasetBuilder.Importing;

namespace DatasetBuilder.Tests.Importing;

public sealed class JsonLdArticleReaderTests
{
    [Fact]
    public void Read_NewsArticleInGraph_GivesItsFields()
    {
        const string block = """
            {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"الموقع"},
             {"@type":"NewsArticle","headline":"العنوان &amp; التفاصيل","alternativeHeadline":"عنوان بديل","datePublished":"2022-01-08T23:30:00+06:00",
              "author":[{"@type":"Person","name":"أحمد"},{"@type":"Organization","name":"الموقع"},"سارة"],
              "publisher":{"@type":"Organization","name":"الموقع"},"mainEntityOfPage":{"@id":"https://example.org/a/1"}}]}
            """;

        var article = JsonLdArticleReader.Read([block]).ShouldNotBeNull();

        article.Headline.ShouldBe("العنوان & التفاصيل");
        article.AlternativeHeadline.ShouldBe("عنوان بديل");
        article.DatePublished.ShouldBe("2022-01-08T23:30:00+06:00");
        article.Authors.ShouldBe(["أحمد", "سارة"]);
        article.Publisher.ShouldBe("الموقع");
        article.Url.ShouldBe("https://example.org/a/1");
    }

    [Fact]
    public void Read_MalformedBlockBeforeAGoodOne_SkipsIt()
    {
        var article = JsonLdArticleReader.Read(["{ not json", """[{"@type":["ReportageNewsArticle"],"headline":"خبر"}]"""]);

        article.ShouldNotBeNull().Headline.ShouldBe("خبر");
    }

    [Fact]
    public void Read_ArticleAfterWebPage_PrefersTheArticle()
    {
        var article = JsonLdArticleReader.Read(["""{"@type":"WebPage","name":"صفحة"}""", """{"@type":"NewsArticle","headline":"خبر"}"""]);

        article.ShouldNotBeNull().Headline.ShouldBe("خبر");
    }

    [Fact]
    public void Read_NoArticleType_IsNull() => JsonLdArticleReader.Read(["""{"@type":"Organization","name":"الموقع"}"""]).ShouldBeNull();
}

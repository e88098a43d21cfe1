using DatasetBuilder.Cleaning;
using DatasetBuilder.Model;
using DatasetBuilder.Text;

namespace DatasetBuilder.Tests.Cleaning;

public sealed class SiteTemplateLearnerTests
{
    private const string Promo = "حمّلوا تطبيق الموقع الآن";
    private const string Paragraph = "غمرت مياه الأمطار الغزيرة أحياء عدة في مدينة صور جنوب لبنان، ما أجبر مئات العائلات على مغادرة منازلها ليل الأحد.";

    [Fact]
    public void Learn_LineInThreeArticlesOfOneSource_IsTheSitesTemplate()
    {
        var templates = new SiteTemplateLearner().Learn([Article("a", "site", Promo), Article("b", "site", Promo), Article("c", "site", "حمّلوا تطبيقَ الموقع الآن")]);

        var template = templates.ShouldHaveSingleItem();
        template.Source.ShouldBe("site");
        template.Lines.ShouldContainKeyAndValue(ArabicNormalizer.Normalize(Promo), 3);
    }

    [Fact]
    public void Learn_LineInTwoArticles_IsNotLearned() =>
        new SiteTemplateLearner().Learn([Article("a", "site", Promo), Article("b", "site", Promo)]).ShouldBeEmpty();

    [Fact]
    public void Learn_LineInFewOfManyArticles_IsNotLearned()
    {
        var articles = Enumerable.Range(0, 20).Select(i => Article($"a{i}", "site", i < 3 ? Promo : "سطر " + i)).ToList();

        new SiteTemplateLearner().Learn(articles).ShouldBeEmpty();
    }

    [Fact]
    public void Learn_UnknownSource_LearnsNothing() =>
        new SiteTemplateLearner().Learn([Article("a", "unknown", Promo), Article("b", "unknown", Promo), Article("c", "unknown", Promo)]).ShouldBeEmpty();

    [Fact]
    public void Learn_LineSpreadOverSources_IsNotLearned() =>
        new SiteTemplateLearner().Learn([Article("a", "one", Promo), Article("b", "two", Promo), Article("c", "three", Promo)]).ShouldBeEmpty();

    [Fact]
    public void Learn_BodyParagraphInManyArticles_IsNeverLearned() =>
        new SiteTemplateLearner().Learn([Article("a", "site", Paragraph), Article("b", "site", Paragraph), Article("c", "site", Paragraph)]).ShouldBeEmpty();

    [Fact]
    public void Learn_LineRepeatedInsideOneArticle_CountsOnce() =>
        new SiteTemplateLearner().Learn([Article("a", "site", Promo + "\n" + Promo + "\n" + Promo), Article("b", "site", Promo)]).ShouldBeEmpty();

    [Fact]
    public void Learn_AnyInputOrder_SameTemplates()
    {
        List<Article> articles =
        [
            Article("a", "site", Promo + "\nالرئيسية"), Article("b", "site", "الرئيسية\n" + Promo), Article("c", "site", Promo + "\nالرئيسية"),
            Article("d", "other", "English\nTT"), Article("e", "other", "TT\nEnglish"), Article("f", "other", "TT"), Article("g", "other", "English"),
        ];
        var learner = new SiteTemplateLearner();
        var forward = learner.Learn(articles);

        foreach (var order in new[] { articles.AsEnumerable().Reverse().ToList(), [.. articles.OrderBy(static a => a.Text, StringComparer.Ordinal)] })
        {
            var again = learner.Learn(order);
            again.Select(static t => t.Source).ShouldBe(forward.Select(static t => t.Source));
            for (var i = 0; i < forward.Count; i++)
            {
                again[i].Lines.ToList().ShouldBe(forward[i].Lines.ToList());
            }
        }

        forward.Select(static t => t.Source).ShouldBe(["other", "site"]);
        forward[0].Lines.Keys.ShouldBe([ArabicNormalizer.Normalize("English"), ArabicNormalizer.Normalize("TT")]);
    }

    private static Article Article(string id, string source, string text) =>
        new() { Id = id, Source = source, Language = "ar", Title = "عنوان", Text = text };
}

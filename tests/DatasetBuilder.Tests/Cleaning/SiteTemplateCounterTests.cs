using DatasetBuilder.Cleaning;
using DatasetBuilder.Model;

namespace DatasetBuilder.Tests.Cleaning;

public sealed class SiteTemplateCounterTests
{
    private const string Promo = "حمّلوا تطبيق الموقع الآن";
    private const string Paragraph = "غمرت مياه الأمطار الغزيرة أحياء عدة في مدينة صور جنوب لبنان، ما أجبر مئات العائلات على مغادرة منازلها ليل الأحد.";

    [Theory]
    [InlineData("سطر أول\nسطر ثان\n\n" + Paragraph + "\n")]
    [InlineData("سطر أول\r\nسطر ثان\r\n\r\n" + Paragraph)]
    [InlineData("\u2028سطر\u2029  \u200f سطر آخر \r\r\n\u0085" + Promo)]
    [InlineData("")]
    [InlineData(Paragraph + "\n  " + Paragraph + "\u200f\n" + Promo + "  \n\u00A0" + Promo)] // lines in stored form and lines not
    public void CandidateKeys_AnyText_AreTheKeysOfTheDocumentsNonBodyLines(string text)
    {
        var article = new Article { Id = "a", Source = "site", Language = "ar", Title = "عنوان", Text = text };
        var expected = new CleaningDocument(new CleaningContext { Article = article }).Lines
            .Where(static l => !l.IsBlank && !LineShape.IsBodyParagraph(l.Text))
            .Select(static l => l.Key);

        SiteTemplateCounter.CandidateKeys(text).ShouldBe(expected);
    }

    [Fact]
    public void CandidateKeys_LinesOfMarksOnlyAndLigatures_KeepTheirKeys()
    {
        // A separator of tatweel has an empty key, which is still a line that may be template; a ligature's key is longer
        // than the line (the buffer the keys are written to grows).
        var text = "ـــــ\n" + new string('\uFDFA', 200) + "\n" + Promo;
        var article = new Article { Id = "a", Source = "site", Language = "ar", Title = "عنوان", Text = text };
        var expected = new CleaningDocument(new CleaningContext { Article = article }).Lines
            .Where(static l => !l.IsBlank && !LineShape.IsBodyParagraph(l.Text))
            .Select(static l => l.Key)
            .ToList();

        expected[0].ShouldBeEmpty();
        expected[1].Length.ShouldBeGreaterThan(200);
        SiteTemplateCounter.CandidateKeys(text).ShouldBe(expected);
    }

    [Fact]
    public void Learn_LineRepeatedInAnArticleAndMarkOnlyLines_CountOncePerArticle()
    {
        var articles = Enumerable.Range(0, 5)
            .Select(i => new Article { Id = $"a{i}", Source = "one", Language = "ar", Title = "عنوان", Text = $"ـــــ\n{Promo}\n{Promo}\nسطر {i}\n{Paragraph}\n{Promo}" })
            .ToList();
        var counter = new SiteTemplateCounter();
        articles.ForEach(counter.Add);

        var learned = counter.Learn().ShouldHaveSingleItem().Lines;
        learned.Keys.ShouldBe([string.Empty, DatasetBuilder.Text.ArabicNormalizer.Normalize(Promo)], ignoreOrder: true);
        learned.Values.ShouldAllBe(static v => v == 5);
    }

    [Fact]
    public void Learn_ArticlesAddedFromSeveralThreads_LearnsWhatOneThreadLearns()
    {
        var articles = Enumerable.Range(0, 40)
            .Select(i => new Article { Id = $"a{i}", Source = i % 2 == 0 ? "one" : "two", Language = "ar", Title = "عنوان", Text = $"{Promo}\nسطر {i % 5}\n{Paragraph}" })
            .ToList();
        var parallel = new SiteTemplateCounter();
        Parallel.ForEach(articles, parallel.Add);

        var sequential = new SiteTemplateLearner().Learn(articles);

        parallel.Learn().Select(static t => (t.Source, string.Join("|", t.Lines.Select(static l => $"{l.Key}={l.Value}"))))
            .ShouldBe(sequential.Select(static t => (t.Source, string.Join("|", t.Lines.Select(static l => $"{l.Key}={l.Value}")))));
        sequential.Count.ShouldBe(2);
    }
}

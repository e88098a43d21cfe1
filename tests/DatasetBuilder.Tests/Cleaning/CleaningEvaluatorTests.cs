using DatasetBuilder.Cleaning;

namespace DatasetBuilder.Tests.Cleaning;

public sealed class CleaningEvaluatorTests
{
    [Fact]
    public void Score_OneLostOneExtra_CountsBoth()
    {
        var score = CleaningEvaluator.Score("أ.\n\nب.\n\nزائد", "أ.\n\nب.\n\nج.");

        score.Matched.ShouldBe(2);
        score.Missed.ShouldBe(["ج."]);
        score.Extra.ShouldBe(["زائد"]);
        score.Precision.ShouldBe(2.0 / 3);
        score.Recall.ShouldBe(2.0 / 3);
    }

    [Fact]
    public void Score_DifferencesInDiacriticsAndSpacing_AreNotCounted()
    {
        var score = CleaningEvaluator.Score("قالَ   الوزير\u200f إنّ.", "قال الوزير إن.");

        score.F1.ShouldBe(1);
    }

    [Fact]
    public void Score_EverySeedWithProfilesOff_ReachesTheTargetAndLosesNoParagraph()
    {
        var cleaner = new ArticleCleaner();
        foreach (var (id, path) in CleaningCase.SeedFiles())
        {
            var article = CleaningCase.LoadArticle(path);
            var result = cleaner.Clean(new CleaningContext { Article = article, UseProfiles = false });

            var score = CleaningEvaluator.Score(result.Text, File.ReadAllText(Path.Combine(CleaningCase.SeedsDirectory, id + ".body.txt")));

            score.F1.ShouldBeGreaterThanOrEqualTo(0.98, id);
            score.Missed.ShouldBeEmpty(id);
        }
    }

    [Fact]
    public void Score_AllPagesWithProfilesOff_ReachTheTargetAndLoseNoParagraph()
    {
        var cleaner = new ArticleCleaner();
        int kept = 0, gold = 0, matched = 0;
        foreach (var path in Directory.GetFiles(CleaningCase.PagesDirectory, "*.json"))
        {
            var article = CleaningCase.LoadArticle(path);
            var result = cleaner.Clean(new CleaningContext { Article = article, UseProfiles = false });

            var score = CleaningEvaluator.Score(result.Text, File.ReadAllText(Path.ChangeExtension(path, ".body.txt")));

            score.Missed.ShouldBeEmpty(article.Id);
            (kept, gold, matched) = (kept + score.Kept, gold + score.Gold, matched + score.Matched);
        }

        var overall = new DatasetBuilder.Evaluation.EvaluationTotals(kept, gold, matched, gold - matched, kept - matched);
        overall.F1.ShouldBeGreaterThanOrEqualTo(0.98);
    }
}

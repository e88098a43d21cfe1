using DatasetBuilder.Datasheet;

namespace DatasetBuilder.Tests.Datasheet;

public sealed class DatasheetQuestionsTests
{
    [Fact]
    public void Unanswered_RepositoryDatasetJson_AnswersEveryQuestion()
    {
        DatasheetQuestions.Unanswered(DatasheetFixture.Dataset().Datasheet).ShouldBeEmpty();
    }

    [Fact]
    public void Unanswered_MissingAndBlankAnswers_AreListedInCardOrder()
    {
        var answers = DatasheetFixture.Dataset(static a =>
        {
            a.Remove("maintenance.errata");
            a["motivation.funding"] = " \n ";
        }).Datasheet;

        DatasheetQuestions.Unanswered(answers).Select(static q => q.Id).ShouldBe(["motivation.funding", "maintenance.errata"]);
    }

    [Theory]
    [InlineData("TODO")]
    [InlineData("tbd")]
    [InlineData("...")]
    [InlineData("…")]
    [InlineData(" TBA. ")]
    [InlineData("TODO: ask the funder")]
    [InlineData("FIXME")]
    public void Unanswered_PlaceholderAnswer_CountsAsUnanswered(string placeholder)
    {
        var answers = DatasheetFixture.Dataset(a => a["motivation.funding"] = placeholder).Datasheet;

        DatasheetQuestions.Unanswered(answers).Select(static q => q.Id).ShouldBe(["motivation.funding"]);
    }

    [Theory]
    [InlineData("No external funding.")]
    [InlineData("Todos los artículos")]
    [InlineData("TBDs are none")]
    public void IsPlaceholder_RealAnswer_IsFalse(string answer)
    {
        DatasheetQuestions.IsPlaceholder(answer).ShouldBeFalse();
    }

    [Fact]
    public void Unanswered_DatasetWithoutHomepage_ListsTheHomepageLast()
    {
        var dataset = DatasheetFixture.Dataset() with { Homepage = null };

        DatasheetQuestions.Unanswered(dataset).ShouldBe([DatasheetQuestions.Homepage]);
        DatasheetQuestions.Unanswered(dataset with { Homepage = "https://example.org/d" }).ShouldBeEmpty();
    }

    [Fact]
    public void All_EverySectionHasAQuestionAndIdsAreUnique()
    {
        DatasheetQuestions.All.Select(static q => q.Section).Distinct().Count().ShouldBe(Enum.GetValues<DatasheetSection>().Length);
        DatasheetQuestions.All.Select(static q => q.Id).ShouldBeUnique();
    }

    [Fact]
    public void All_MatchesTheQuestionsDocumentedInTheSchema()
    {
        using var schema = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Support.RepositoryPaths.Root, "schema", "dataset.schema.json")));
        var documented = schema.RootElement.GetProperty("properties").GetProperty("datasheet").GetProperty("properties").EnumerateObject()
            .Select(static p => (p.Name, p.Value.GetProperty("description").GetString())).ToList();
        documented.ShouldBe(DatasheetQuestions.All.Select(static q => (q.Id, (string?)q.Question)).ToList());
    }
}

using DatasetBuilder.Cleaning;

namespace DatasetBuilder.Tests.Cleaning;

public sealed class CleaningRuleTests
{
    [Theory]
    [InlineData("page-modern-portal")]
    [InlineData("page-classic-portal")]
    [InlineData("appended-article-repeated-headline")]
    public void Apply_EachRuleInOrder_ReturnsOnlyItsOwnSpansAndTogetherTheCleanersRemovals(string name)
    {
        var context = CleaningCase.Load(name).Context;
        var document = new CleaningDocument(context);
        var returned = new List<Removal>();

        foreach (var rule in CleaningRuleSet.Default)
        {
            var spans = rule.Apply(document);
            spans.ShouldAllBe(s => s.RuleId == rule.Id);
            returned.AddRange(spans);
        }

        returned.OrderBy(static r => r.Start).ShouldBe(new ArticleCleaner().Clean(context).Removals);
    }
}

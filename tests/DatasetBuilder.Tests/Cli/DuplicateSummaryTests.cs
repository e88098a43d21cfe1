using DatasetBuilder.Cli.Commands;
using DatasetBuilder.Deduplication;

namespace DatasetBuilder.Tests.Cli;

public sealed class DuplicateSummaryTests
{
    [Fact]
    public void Lines_NoDuplicates_SaysSoInOneLine()
    {
        DuplicateSummary.Lines([]).ShouldBe(["removed 0 duplicates"]);
    }

    [Fact]
    public void Lines_FewDuplicates_CountsByKindAndListsEachInIdOrder()
    {
        ClusterAssignment[] removed =
        [
            new("b", "k", "k", DuplicateKind.Near, 0.8123),
            new("a", "k", "k", DuplicateKind.Exact, 1.0),
            new("c", "m", "m", DuplicateKind.Contained, 0.95),
        ];

        DuplicateSummary.Lines(removed).ShouldBe(
        [
            "removed 3 duplicate(s) (exact 1, near 1, contained 1), each listed in duplicates.json:",
            "  a → k (exact, 1.000)",
            "  b → k (near, 0.812)",
            "  c → m (contained, 0.950)",
        ]);
    }

    [Fact]
    public void Lines_MoreThanTheCap_ListsTheFirstAndCountsTheRest()
    {
        var removed = Enumerable.Range(0, DuplicateSummary.MaxListed + 5).Select(static i => new ClusterAssignment($"id-{i:D3}", "kept", "kept", DuplicateKind.Exact, 1.0)).Reverse().ToList();

        var lines = DuplicateSummary.Lines(removed).ToList();

        lines.Count.ShouldBe(1 + DuplicateSummary.MaxListed + 1);
        lines[1].ShouldBe("  id-000 → kept (exact, 1.000)");
        lines[DuplicateSummary.MaxListed].ShouldStartWith($"  id-{DuplicateSummary.MaxListed - 1:D3} ");
        lines[^1].ShouldBe("  … 5 more in duplicates.json");
    }
}

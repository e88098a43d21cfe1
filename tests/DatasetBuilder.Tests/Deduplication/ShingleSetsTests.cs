using DatasetBuilder.Deduplication;

namespace DatasetBuilder.Tests.Deduplication;

/// <summary>The shingle sets dedup measures containment on are worked out once per text while the budget holds them, and are
/// the same sets whether they were held, let go or never held.</summary>
public sealed class ShingleSetsTests
{
    private static readonly string[] Texts = [.. Enumerable.Range(0, 20).Select(static i => string.Join(' ', Enumerable.Range(i, 30 + i).Select(static w => $"كلمة{w}")))];

    [Fact]
    public void Of_WithinTheBudget_ReadsEachTextOnce()
    {
        var reads = 0;
        var sets = new ShingleSets(i => { reads++; return Texts[i]; }, 5);

        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < Texts.Length; i++)
            {
                sets.Of(i).ShouldBe(ShingleContainment.Shingles(Texts[i], 5));
            }
        }

        reads.ShouldBe(Texts.Length);
        sets.Computed.ShouldBe(Texts.Length);
    }

    [Fact]
    public void Of_OverTheBudget_LetsTheLeastRecentlyUsedGoAndGivesTheSameSets()
    {
        // Text i has 30 + i different words, so 26 + i shingles of five: the budget holds 0 and 2, or 0 and 1, not all three.
        var reads = new List<int>();
        var sets = new ShingleSets(i => { reads.Add(i); return Texts[i]; }, 5, budget: 26 + 27 + 1);

        sets.Of(0);
        sets.Of(1);
        sets.Of(0); // 1 is now the least recently used
        sets.Of(2).ShouldBe(ShingleContainment.Shingles(Texts[2], 5)); // lets 1 go
        sets.Of(0);
        sets.Of(1).ShouldBe(ShingleContainment.Shingles(Texts[1], 5)); // read again; lets 2 go

        reads.ShouldBe([0, 1, 2, 1]);
        sets.Of(0);
        sets.Of(2);
        reads.ShouldBe([0, 1, 2, 1, 2]);
    }

    [Fact]
    public void Of_ASetLargerThanTheBudget_IsNeverHeld()
    {
        var sets = new ShingleSets(static i => Texts[i], 5, budget: 10);

        sets.Of(0).ShouldBe(ShingleContainment.Shingles(Texts[0], 5));
        sets.Of(0).ShouldBe(ShingleContainment.Shingles(Texts[0], 5));

        sets.Computed.ShouldBe(2);
    }
}

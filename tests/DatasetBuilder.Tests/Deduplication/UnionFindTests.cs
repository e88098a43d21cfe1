using DatasetBuilder.Deduplication;

namespace DatasetBuilder.Tests.Deduplication;

public sealed class UnionFindTests
{
    [Fact]
    public void Union_Chain_PutsAllInOneSet()
    {
        var sets = new UnionFind(5);

        sets.Union(0, 1).ShouldBeTrue();
        sets.Union(3, 4).ShouldBeTrue();
        sets.Union(1, 4).ShouldBeTrue();
        sets.Union(0, 3).ShouldBeFalse();

        sets.Find(3).ShouldBe(sets.Find(0));
        sets.Find(2).ShouldNotBe(sets.Find(0));
    }
}

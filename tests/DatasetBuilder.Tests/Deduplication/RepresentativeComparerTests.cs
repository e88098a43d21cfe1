using DatasetBuilder.Deduplication;
using DatasetBuilder.Model;

namespace DatasetBuilder.Tests.Deduplication;

public sealed class RepresentativeComparerTests
{
    [Fact]
    public void Compare_OrdersByDateThenLengthThenId()
    {
        var day = PartialDate.FromDay(new DateOnly(2022, 1, 10));
        var candidates = new[]
        {
            new DedupCandidate("e", "long text here", null),
            new DedupCandidate("d", "short", day),
            new DedupCandidate("c", "longer text", day),
            new DedupCandidate("b", "longer text", day),
            new DedupCandidate("a", "x", PartialDate.FromYear(2022)),
        };

        candidates.Order(RepresentativeComparer.Instance).Select(static c => c.Id).ShouldBe(["a", "b", "c", "d", "e"]);
    }
}

using DatasetBuilder.Deduplication;
using DatasetBuilder.Model;

namespace DatasetBuilder.Tests.Deduplication;

public sealed class RepresentativeComparerTests
{
    [Fact]
    public void Compare_OrdersByMetadataThenDateThenLengthThenId()
    {
        var day = PartialDate.FromDay(new DateOnly(2022, 1, 10));
        var candidates = new (DedupCandidate, int)[]
        {
            (new DedupCandidate("f", "t", null), 9),
            (new DedupCandidate("e", "t", day) { Source = "unknown" }, 9),
            (new DedupCandidate("d", "t", day) { Source = "src" }, 5),
            (new DedupCandidate("c", "t", day) { Source = "src" }, 9),
            (new DedupCandidate("b", "t", day) { Source = "src" }, 9),
            (new DedupCandidate("a", "t", PartialDate.FromYear(2022)) { Source = "src" }, 1),
            (new DedupCandidate("z", "t", PartialDate.FromYear(2023)) { Source = "src", Url = "https://example.org/z", Agency = "وكالات" }, 1),
        };

        // Full metadata first; then an identified source and a date (the year counts as 2022-01-01); "unknown" is no source.
        candidates.Order(RepresentativeComparer.Instance).Select(static c => c.Item1.Id).ShouldBe(["z", "a", "b", "c", "d", "e", "f"]);
    }

    [Theory]
    [InlineData("src", "https://x.org/a", "وكالات", 4)]
    [InlineData("unknown", null, null, 1)]
    [InlineData(null, "", null, 1)]
    public void MetadataScore_CountsKnownFields(string? source, string? url, string? agency, int expected) =>
        RepresentativeComparer.MetadataScore(new DedupCandidate("a", "t", PartialDate.FromYear(2022)) { Source = source, Url = url, Agency = agency }).ShouldBe(expected);
}

using DatasetBuilder.Deduplication;
using DatasetBuilder.Releases;

namespace DatasetBuilder.Tests.Releases;

public sealed class DuplicateListingTests
{
    [Fact]
    public void From_DroppedInAnyOrder_ListsThemByIdWithKeptIdKindAndSimilarity()
    {
        var listing = DuplicateListing.From(
        [
            new ClusterAssignment("z", "k", "k", DuplicateKind.Contained, 0.91),
            new ClusterAssignment("b", "k", "k", DuplicateKind.Near, 0.75),
        ]);

        listing.Count.ShouldBe(2);
        listing.Removed.ShouldBe(
        [
            new DuplicateEntry { Id = "b", Kept = "k", Kind = "near", Similarity = 0.75 },
            new DuplicateEntry { Id = "z", Kept = "k", Kind = "contained", Similarity = 0.91 },
        ]);
    }

    [Fact]
    public void Serialize_Listing_UsesSnakeCaseNamesAndEndsWithANewline()
    {
        var json = System.Text.Encoding.UTF8.GetString(ReleaseJson.Serialize(DuplicateListing.From([new ClusterAssignment("a", "b", "b", DuplicateKind.Exact, 1.0)])));

        json.ShouldContain("\"count\": 1");
        json.ShouldContain("\"kept\": \"b\"");
        json.ShouldContain("\"kind\": \"exact\"");
        json.ShouldEndWith("}\n");
    }
}

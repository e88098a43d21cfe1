using DatasetBuilder.Releases;
using DatasetBuilder.Tests.Support;

namespace DatasetBuilder.Tests.Releases;

public sealed class ReleaseJsonTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(50_000)]
    public async Task WriteAsync_AnyChangeSet_WritesTheBytesOfSerialize(int articles)
    {
        using var temp = new TempDirectory();
        var changes = new ChangeSet
        {
            Version = "1.1.0",
            PreviousVersion = articles == 0 ? null : "1.0.0",
            Bump = VersionBump.Major,
            Reason = "مقالات \"محذوفة\" <b> & \u2028 \\ تغيّرت",
            Added = [.. Enumerable.Range(0, articles).Select(static i => $"site-{i:D6}-عنوان")],
            Removed = [.. Enumerable.Range(0, articles / 3).Select(static i => $"gone-{i}")],
            Changed = [.. Enumerable.Range(0, articles / 7).Select(static i => new RecordChange($"c-{i}", ["text", "metadata"]))],
            Unchanged = articles,
            ColumnChanges = articles == 0 ? [] : ["+x string", "~y int32→int64"],
        };
        var path = temp.Combine("changes.json");

        await ReleaseJson.WriteAsync(path, changes);

        (await File.ReadAllBytesAsync(path)).ShouldBe(ReleaseJson.Serialize(changes));
    }
}

using DatasetBuilder.Releases;

namespace DatasetBuilder.Tests.Releases;

public sealed class ChangelogWriterTests
{
    private static readonly ChangeSet Changes = new()
    {
        PreviousVersion = "1.0.0",
        Version = "2.0.0",
        Bump = VersionBump.Major,
        Reason = "articles removed or edited: 1 added, 1 removed, 1 changed",
        Added = ["b"],
        Removed = ["c"],
        Changed = [new RecordChange("a", ["text", "metadata"])],
        Unchanged = 7,
    };

    [Fact]
    public void Write_ChangeSet_ListsAddedRemovedAndWhatChanged()
    {
        var log = ChangelogWriter.Write(Changes, new Dictionary<string, string> { ["a"] = "عنوان أ", ["b"] = "عنوان ب" }, new DateOnly(2026, 1, 2));

        log.ShouldContain("## 2.0.0 (2026-01-02)");
        log.ShouldContain("Compared with 1.0.0: **major**");
        log.ShouldContain("| 1 | 1 | 1 | 7 |");
        log.ShouldContain("### Added\n\n| id | title |\n|---|---|\n| b | عنوان ب |");
        log.ShouldContain("### Removed\n\n| id | title |\n|---|---|\n| c | (no longer in the dataset) |");
        log.ShouldContain("| a | text, metadata | عنوان أ |");
    }

    [Fact]
    public void Write_HostileTitle_IsEscaped()
    {
        var log = ChangelogWriter.Write(Changes, new Dictionary<string, string> { ["b"] = "<img src=x> | x\n# heading" }, new DateOnly(2026, 1, 2));

        log.ShouldNotContain("<img");
        log.ShouldContain("| b | &lt;img src=x&gt; \\| x \\# heading |");
    }
}

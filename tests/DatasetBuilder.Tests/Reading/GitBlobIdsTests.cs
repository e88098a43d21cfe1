using DatasetBuilder.Reading;
using DatasetBuilder.Tests.Support;

namespace DatasetBuilder.Tests.Reading;

/// <summary>Which files git names unchanged, with which blob id: only those may be taken from the keys cache by content.</summary>
public sealed class GitBlobIdsTests
{
    [Fact]
    public void Clean_GivesTheIndexBlobIdOfEachUnchangedRegularFile_AndLeavesOutEveryOtherKind()
    {
        using var temp = new TempDirectory();
        var repository = temp.Combine("repo");
        var articles = Path.Combine(repository, "data", "articles");
        var site = Path.Combine(articles, "site");
        Directory.CreateDirectory(Path.Combine(articles, "other site"));
        Directory.CreateDirectory(site);
        foreach (var name in new[] { "same.json", "edited.json", "staged.json", "renamed.json", "removed.json", "script.json", "sparse.json", "assumed.json" })
        {
            File.WriteAllText(Path.Combine(site, name), $"{{\"id\":\"{name}\"}}\n");
        }

        File.WriteAllText(Path.Combine(articles, "other site", "spaced name.json"), "{}\n");
        File.CreateSymbolicLink(Path.Combine(site, "link.json"), "same.json");
        if (!OperatingSystem.IsWindows())
        {
            // Mode 100755: an executable is still a regular file.
            File.SetUnixFileMode(Path.Combine(site, "script.json"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        File.WriteAllText(Path.Combine(repository, "outside.json"), "{}\n");
        GitRepository.InitAndCommitAll(repository);

        File.AppendAllText(Path.Combine(site, "edited.json"), " ");
        File.AppendAllText(Path.Combine(site, "staged.json"), " ");
        GitRepository.Git(repository, "add", "data/articles/site/staged.json");
        GitRepository.Git(repository, "mv", "data/articles/site/renamed.json", "data/articles/site/moved.json");
        File.Delete(Path.Combine(site, "removed.json"));
        File.WriteAllText(Path.Combine(site, "untracked.json"), "{}\n");
        // Git status does not look at these two, so it cannot tell they changed.
        GitRepository.Git(repository, "update-index", "--skip-worktree", "data/articles/site/sparse.json");
        GitRepository.Git(repository, "update-index", "--assume-unchanged", "data/articles/site/assumed.json");
        File.AppendAllText(Path.Combine(site, "sparse.json"), " ");
        File.AppendAllText(Path.Combine(site, "assumed.json"), " ");

        var blobs = GitBlobIds.Clean(articles).ShouldNotBeNull();

        string Blob(string relative) => GitRepository.Git(repository, "rev-parse", ":data/articles/" + relative);
        blobs.Keys.Order(StringComparer.Ordinal).ShouldBe([Path.Combine(articles, "other site", "spaced name.json"), Path.Combine(site, "same.json"), Path.Combine(site, "script.json")]);
        blobs[Path.Combine(site, "same.json")].Blob.ShouldBe(Blob("site/same.json"));
        blobs[Path.Combine(articles, "other site", "spaced name.json")].Blob.ShouldBe(Blob("other site/spaced name.json"));
        blobs[Path.Combine(site, "script.json")].Blob.ShouldBe(Blob("site/script.json"));
    }

    /// <summary>
    /// From the index's records: every tracked regular file with its blob id and the length and time git recorded, and the blob
    /// id trusted only while the file still has both (an edit that keeps the length, a touch that keeps the content: neither is
    /// named by the old blob id any more).
    /// </summary>
    [Fact]
    public void Recorded_GivesTheBlobIdOnlyForAFileWithTheRecordedLengthAndTime()
    {
        using var temp = new TempDirectory();
        var repository = temp.Combine("repo");
        var site = Path.Combine(repository, "data", "articles", "site");
        Directory.CreateDirectory(site);
        foreach (var name in new[] { "same.json", "edited.json", "touched.json" })
        {
            File.WriteAllText(Path.Combine(site, name), $"{{\"id\":\"{name}\"}}\n");
        }

        File.CreateSymbolicLink(Path.Combine(site, "link.json"), "same.json");
        var settled = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddTicks(1234567);
        foreach (var file in Directory.EnumerateFiles(site, "*.json").Where(static f => new FileInfo(f).LinkTarget is null))
        {
            File.SetLastWriteTimeUtc(file, settled);
        }

        GitRepository.InitAndCommitAll(repository);
        File.WriteAllText(Path.Combine(site, "edited.json"), "{\"id\":\"EDITED.json\"}\n"); // the same length
        File.SetLastWriteTimeUtc(Path.Combine(site, "touched.json"), settled.AddSeconds(1));
        var articles = Path.Combine(repository, "data", "articles");

        var recorded = GitBlobIds.Recorded(articles).ShouldNotBeNull();

        recorded.Keys.Order(StringComparer.Ordinal).ShouldBe([Path.Combine(site, "edited.json"), Path.Combine(site, "same.json"), Path.Combine(site, "touched.json")]);
        string? Now(string name)
        {
            var info = new FileInfo(Path.Combine(site, name));
            return recorded[info.FullName].For(info.Length, info.LastWriteTimeUtc.Ticks);
        }

        Now("same.json").ShouldBe(GitRepository.Git(repository, "rev-parse", ":data/articles/site/same.json"));
        recorded[Path.Combine(site, "same.json")].LastWriteTicks.ShouldBe(settled.Ticks);
        Now("edited.json").ShouldBeNull();
        Now("touched.json").ShouldBeNull();
        GitBlobIds.Find(articles).ShouldBe(recorded);
    }

    /// <summary>
    /// The records git wrote at or after the index file's own time are left out (racily clean: git compares those contents), and
    /// output whose entries lack a time or a size (git's debug format is not stable) gives null, so the caller asks git status.
    /// </summary>
    [Fact]
    public void ParseRecorded_LeavesOutRacyRecords_AndRefusesOutputItDoesNotUnderstand()
    {
        const string Blob = "8fa1641043d3697ba87d28046d857cf72197ec43";
        static string Entry(string path, long seconds, string mode = "100644", int stage = 0, string flags = "0") =>
            $"{mode} {Blob} {stage}\t{path}\0  ctime: {seconds}:5\n  mtime: {seconds}:500\n  dev: 1\tino: 2\n  uid: 0\tgid: 0\n  size: 42\tflags: {flags}\n";
        var root = OperatingSystem.IsWindows() ? @"C:\data" : "/data";
        var index = DateTime.UnixEpoch.AddSeconds(2000).Ticks;

        var parsed = GitBlobIds.ParseRecorded(
            System.Text.Encoding.UTF8.GetBytes(Entry("a.json", 1000) + Entry("racy.json", 2000) + Entry("link.json", 1000, mode: "120000") + Entry("merge.json", 1000, stage: 2) + Entry("sparse.json", 1000, flags: "40004000") + Entry("sub/b c.json", 1999, flags: "4000")),
            root,
            index).ShouldNotBeNull();

        parsed.Keys.Order(StringComparer.Ordinal).ShouldBe([Path.Combine(root, "a.json"), Path.Combine(root, "sub", "b c.json")]);
        parsed[Path.Combine(root, "a.json")].ShouldBe(new IndexedBlob(Blob, 42, DateTime.UnixEpoch.AddSeconds(1000).Ticks + 5));
        GitBlobIds.ParseRecorded(System.Text.Encoding.UTF8.GetBytes($"100644 {Blob} 0\ta.json\0"), root, index).ShouldBeNull();
        GitBlobIds.ParseRecorded(System.Text.Encoding.UTF8.GetBytes($"100644 {Blob} 0\ta.json\0  mtime: x:1\n  size: 42\n"), root, index).ShouldBeNull();
    }
}

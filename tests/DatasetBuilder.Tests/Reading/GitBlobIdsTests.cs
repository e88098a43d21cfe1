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
        foreach (var name in new[] { "same.json", "edited.json", "staged.json", "renamed.json", "removed.json", "script.json" })
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

        var blobs = GitBlobIds.Clean(articles).ShouldNotBeNull();

        string Blob(string relative) => GitRepository.Git(repository, "rev-parse", ":data/articles/" + relative);
        blobs.Keys.Order(StringComparer.Ordinal).ShouldBe([Path.Combine(articles, "other site", "spaced name.json"), Path.Combine(site, "same.json"), Path.Combine(site, "script.json")]);
        blobs[Path.Combine(site, "same.json")].ShouldBe(Blob("site/same.json"));
        blobs[Path.Combine(articles, "other site", "spaced name.json")].ShouldBe(Blob("other site/spaced name.json"));
        blobs[Path.Combine(site, "script.json")].ShouldBe(Blob("site/script.json"));
    }
}

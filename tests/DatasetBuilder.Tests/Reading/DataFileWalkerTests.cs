using DatasetBuilder.Reading;
using DatasetBuilder.Tests.Support;
using DatasetBuilder.Validation;

namespace DatasetBuilder.Tests.Reading;

public sealed class DataFileWalkerTests
{
    [Fact]
    public void Walk_MixedFolder_ClassifiesEveryEntryInOrdinalOrder()
    {
        using var temp = new TempDirectory();
        var articles = Directory.CreateDirectory(temp.Combine("data", "articles", "s")).FullName;
        File.WriteAllText(Path.Combine(articles, "b.json"), "{}");
        File.WriteAllText(Path.Combine(articles, "a.json"), "{}");
        File.WriteAllText(Path.Combine(articles, "c.txt"), "x");
        File.WriteAllText(Path.Combine(articles, ".gitkeep"), string.Empty);
        Directory.CreateDirectory(Path.Combine(articles, "d.json"));
        File.WriteAllText(temp.Combine("outside.json"), "{}");
        File.CreateSymbolicLink(Path.Combine(articles, "e.json"), temp.Combine("outside.json"));
        File.CreateSymbolicLink(Path.Combine(articles, "f.json"), Path.Combine(articles, "a.json"));

        var layout = new DataLayout(temp.Combine("data"));
        var entries = new DataFileWalker(layout).Walk(layout.ArticlesDirectory, recursive: true);

        entries.Select(static e => (e.File.DisplayPath, e.Problems.Count > 0 ? e.Problems[0].Code : null)).ShouldBe(
        [
            ("data/articles/s/a.json", null),
            ("data/articles/s/b.json", null),
            ("data/articles/s/c.txt", RuleCodes.StrayFile),
            ("data/articles/s/d.json/", RuleCodes.DirectoryNamedLikeFile),
            ("data/articles/s/e.json", RuleCodes.SymlinkOutsideData),
            ("data/articles/s/f.json", null),
        ]);
    }

    [Fact]
    public void Walk_Files_AreTheLayoutsFiles_WithTheListingsLengthAndTime()
    {
        using var temp = new TempDirectory();
        var articles = Directory.CreateDirectory(temp.Combine("data", "articles", "s")).FullName;
        File.WriteAllText(Path.Combine(articles, "a.json"), "{\"id\": 1}");
        Directory.CreateDirectory(temp.Combine("data", "articles", "t"));
        File.WriteAllText(temp.Combine("data", "articles", "t", "b.json"), "{}");

        var layout = new DataLayout(temp.Combine("data"));
        var entries = new DataFileWalker(layout).Walk(layout.ArticlesDirectory, recursive: true);

        entries.Select(static e => e.File).ShouldBe([layout.File(Path.Combine(articles, "a.json")), layout.File(temp.Combine("data", "articles", "t", "b.json"))]);
        entries.Select(static e => e.File.FullPath).ShouldBe([Path.Combine(articles, "a.json"), temp.Combine("data", "articles", "t", "b.json")]);
        entries[0].Length.ShouldBe(9);
        entries[0].LastWriteTicks.ShouldBe(File.GetLastWriteTimeUtc(Path.Combine(articles, "a.json")).Ticks);
        new DataEntry(entries[0].File, []).Length.ShouldBeNull();
    }

    [Fact]
    public void Walk_DanglingSymlink_IsUnreadable()
    {
        using var temp = new TempDirectory();
        var articles = Directory.CreateDirectory(temp.Combine("data", "articles", "s")).FullName;
        File.CreateSymbolicLink(Path.Combine(articles, "gone.json"), temp.Combine("nowhere.json"));

        var layout = new DataLayout(temp.Combine("data"));
        new DataFileWalker(layout).Walk(layout.ArticlesDirectory, recursive: true).ShouldHaveSingleItem().Problems.ShouldHaveSingleItem().Code.ShouldBe(RuleCodes.FileUnreadable);
    }

    [Fact]
    public void Walk_MissingFolder_IsEmpty()
    {
        using var temp = new TempDirectory();
        var layout = new DataLayout(temp.Combine("data"));
        new DataFileWalker(layout).Walk(layout.ArticlesDirectory, recursive: true).ShouldBeEmpty();
    }

    [Fact]
    public void Walk_FlatFolderWithASubfolder_ReportsEachFileInItAsMisplaced()
    {
        using var temp = new TempDirectory();
        var sources = Directory.CreateDirectory(temp.Combine("data", "sources")).FullName;
        File.WriteAllText(Path.Combine(sources, "a.json"), "{}");
        Directory.CreateDirectory(Path.Combine(sources, "sub", "deeper"));
        File.WriteAllText(Path.Combine(sources, "sub", "x.json"), "{}");
        File.WriteAllText(Path.Combine(sources, "sub", "deeper", "y.json"), "{}");
        File.WriteAllText(Path.Combine(sources, "sub", "notes.txt"), "x");

        var layout = new DataLayout(temp.Combine("data"));
        var entries = new DataFileWalker(layout).Walk(layout.SourcesDirectory, recursive: false);

        entries.Select(static e => (e.File.DisplayPath, e.Problems.Count > 0 ? e.Problems[0].Code : null)).ShouldBe(
        [
            ("data/sources/a.json", null),
            ("data/sources/sub/deeper/y.json", RuleCodes.StrayFile),
            ("data/sources/sub/notes.txt", RuleCodes.StrayFile),
            ("data/sources/sub/x.json", RuleCodes.StrayFile),
        ]);
        entries[3].Problems[0].Message.ShouldContain("move it to data/sources/x.json");
    }
}

using System.Security.Cryptography;
using CsCheck;
using DatasetBuilder.Reading;
using DatasetBuilder.Tests.Support;

namespace DatasetBuilder.Tests.Reading;

/// <summary>
/// Git's index read directly must give exactly the records git's own listing gives (<see cref="GitBlobIds.Recorded(string)"/>),
/// in every index version, and nothing at all where it is not sure.
/// </summary>
public sealed class GitIndexFileTests
{
    private static readonly DateTime Settled = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddTicks(1234567);

    private static string Padding(int i) => new('x', i % 2 == 0 ? 150 + i : i);

    /// <summary>A repository with the kinds of record the index holds under and beside the articles folder; returns the articles folder.</summary>
    private static string MakeRepository(string repository)
    {
        var articles = Path.Combine(repository, "data", "articles");
        var site = Path.Combine(articles, "site");
        var arabic = Path.Combine(articles, "الجزيرة نت");
        Directory.CreateDirectory(site);
        Directory.CreateDirectory(arabic);
        foreach (var name in new[] { "a.json", "b.json", "script.json", "skipped.json", "added.json" })
        {
            File.WriteAllText(Path.Combine(site, name), $"{{\"id\":\"{name}\"}}\n");
        }

        // Names sharing long prefixes, what version 4 compresses: a long one then a short one strips more than 127 bytes (a two-byte count).
        for (var i = 0; i < 12; i++)
        {
            File.WriteAllText(Path.Combine(arabic, $"2024-05-{i:00}-مقال-عن-الاقتصاد-{Padding(i)}.json"), $"{{\"n\":{i}}}\n");
        }

        File.WriteAllText(Path.Combine(repository, "outside.json"), "{}\n");
        File.CreateSymbolicLink(Path.Combine(site, "link.json"), "a.json");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path.Combine(site, "script.json"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        foreach (var file in Directory.EnumerateFiles(repository, "*.json", SearchOption.AllDirectories).Where(static f => new FileInfo(f).LinkTarget is null))
        {
            File.SetLastWriteTimeUtc(file, Settled);
        }

        File.Delete(Path.Combine(site, "added.json"));
        GitRepository.InitAndCommitAll(repository);
        File.WriteAllText(Path.Combine(site, "added.json"), "{}\n");
        GitRepository.Git(repository, "add", "--intent-to-add", "data/articles/site/added.json");
        GitRepository.Git(repository, "update-index", "--skip-worktree", "data/articles/site/skipped.json");
        return articles;
    }

    [Theory]
    [InlineData("2")]
    [InlineData("3")]
    [InlineData("4")]
    public void Read_GivesWhatGitsOwnListingGives_InEveryIndexVersion(string version)
    {
        using var temp = new TempDirectory();
        var repository = temp.Combine("repo");
        var articles = MakeRepository(repository);
        if (version == "2")
        {
            // Version 2 cannot hold the flags set above; git keeps version 3 for them, so they are cleared first.
            GitRepository.Git(repository, "update-index", "--no-skip-worktree", "data/articles/site/skipped.json");
            GitRepository.Git(repository, "rm", "-q", "--cached", "data/articles/site/added.json");
        }

        GitRepository.Git(repository, "update-index", "--index-version", version);
        File.ReadAllBytes(Path.Combine(repository, ".git", "index"))[7].ShouldBe((byte)(version == "2" ? 2 : version == "3" ? 3 : 4));
        // The records are settled (written before the index was), so none is left out as racily clean.
        File.SetLastWriteTimeUtc(Path.Combine(repository, ".git", "index"), DateTime.UtcNow);

        var read = GitIndexFile.Read(articles).ShouldNotBeNull();

        var expected = GitBlobIds.Recorded(articles).ShouldNotBeNull();
        read.OrderBy(static p => p.Key, StringComparer.Ordinal).ShouldBe(expected.OrderBy(static p => p.Key, StringComparer.Ordinal));
        // a, b, script and the twelve Arabic names; not the link, the intended or the outside file, nor the skipped one where it still is.
        var expectedCount = version == "2" ? 16 : 15;
        read.Count.ShouldBe(expectedCount);
        var a = Path.Combine(articles, "site", "a.json");
        read[a].ShouldBe(new IndexedBlob(GitRepository.Git(repository, "rev-parse", ":data/articles/site/a.json"), new FileInfo(a).Length, Settled.Ticks));
        read.Keys.ShouldContain(Path.Combine(articles, "الجزيرة نت", $"2024-05-10-مقال-عن-الاقتصاد-{Padding(10)}.json"));
        GitBlobIds.Find(articles).ShouldBe(read);
        GitIndexFile.Read(repository).ShouldNotBeNull().Count.ShouldBe(expectedCount + 1); // with outside.json, from the top
    }

    /// <summary>A record written at or after the index file's own time is racily clean: git would compare the content, so it is left out.</summary>
    [Fact]
    public void Read_LeavesOutRecordsNotBeforeTheIndexFilesTime()
    {
        using var temp = new TempDirectory();
        var repository = temp.Combine("repo");
        var articles = MakeRepository(repository);
        var index = Path.Combine(repository, ".git", "index");

        File.SetLastWriteTimeUtc(index, Settled);
        GitIndexFile.Read(articles).ShouldNotBeNull().ShouldBeEmpty();
        File.SetLastWriteTimeUtc(index, Settled.AddTicks(1));
        GitIndexFile.Read(articles).ShouldNotBeNull().Count.ShouldBe(15);
    }

    /// <summary>Where the index is not one this reader is sure of, it says nothing and git is asked instead.</summary>
    [Fact]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5350:Do not use weak cryptographic algorithms", Justification = "Git's index ends with the SHA-1 of its bytes.")]
    public void Read_GivesNull_ForASplitIndexACorruptIndexALinkedWorkTreeOrNoRepository()
    {
        using var temp = new TempDirectory();
        var repository = temp.Combine("repo");
        var articles = MakeRepository(repository);
        var index = Path.Combine(repository, ".git", "index");
        GitIndexFile.Read(articles).ShouldNotBeNull();

        var original = File.ReadAllBytes(index);
        var bytes = original.ToArray();
        bytes[40] ^= 1; // a bit of the first record's time
        File.WriteAllBytes(index, bytes);
        GitIndexFile.Read(articles).ShouldBeNull();
        // index.skipHash: a zero checksum is not checked.
        bytes.AsSpan(bytes.Length - 20).Clear();
        File.WriteAllBytes(index, bytes);
        GitIndexFile.Read(articles).ShouldNotBeNull();
        // Three stray bytes after the extensions, under a valid checksum: the file is not what it claims to be.
        bytes = [.. original.AsSpan(0, original.Length - 20), 1, 2, 3];
        bytes = [.. bytes, .. SHA1.HashData(bytes)];
        File.WriteAllBytes(index, bytes);
        GitIndexFile.Read(articles).ShouldBeNull();

        // An extension git must understand to read the index (a lower-case name) sends the question to git; an optional one does not.
        static byte[] WithExtension(byte[] index, string name)
        {
            byte[] body = [.. index.AsSpan(0, index.Length - 20), .. System.Text.Encoding.ASCII.GetBytes(name), 0, 0, 0, 0];
            return [.. body, .. SHA1.HashData(body)];
        }

        File.WriteAllBytes(index, WithExtension(original, "zzzz"));
        GitIndexFile.Read(articles).ShouldBeNull();
        File.WriteAllBytes(index, WithExtension(original, "ZZZZ"));
        GitIndexFile.Read(articles).ShouldNotBeNull().Count.ShouldBe(15);

        File.WriteAllBytes(index, original);
        GitIndexFile.Read(articles).ShouldNotBeNull();
        GitRepository.Git(repository, "update-index", "--split-index");
        GitIndexFile.Read(articles).ShouldBeNull();
        GitBlobIds.Find(articles).ShouldNotBeNull().ShouldContainKey(Path.Combine(articles, "site", "a.json"));

        var linked = temp.Combine("linked");
        GitRepository.Git(repository, "worktree", "add", "-q", linked);
        GitIndexFile.Read(Path.Combine(linked, "data", "articles")).ShouldBeNull();
        GitIndexFile.Read(temp.Combine("nowhere")).ShouldBeNull();
    }

    /// <summary>Git names files by their real path: through a linked folder inside the work tree, git is asked instead.</summary>
    [Fact]
    public void Read_GivesNull_ThroughALinkedFolder_WhereGitStillAnswers()
    {
        using var temp = new TempDirectory();
        var repository = temp.Combine("repo");
        var articles = MakeRepository(repository);
        Directory.CreateSymbolicLink(Path.Combine(repository, "alias"), Path.Combine(repository, "data"));
        var linked = Path.Combine(repository, "alias", "articles");
        Directory.Exists(linked).ShouldBeTrue();

        GitIndexFile.Read(linked).ShouldBeNull();
        GitIndexFile.Read(articles).ShouldNotBeNull().Count.ShouldBe(15);
    }

    /// <summary>Whatever the bytes after a valid header, the reader gives records or null: never an exception out of a validation.</summary>
    [Fact]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5350:Do not use weak cryptographic algorithms", Justification = "Git's index ends with the SHA-1 of its bytes.")]
    public void Parse_AnyBytesAfterTheHeader_NeverThrow()
    {
        // One version 3 entry cut short right after its flags, which say an extended-flags field follows (zero checksum: not checked).
        byte[] cut = [.. "DIRC"u8, 0, 0, 0, 3, 0, 0, 0, 1, .. new byte[60], 0x40, 0, .. new byte[20]];
        GitIndexFile.Parse(cut, [], "/r", long.MaxValue).ShouldBeNull();

        Gen.Select(Gen.Int[2, 4], Gen.Int[0, 5], Gen.Byte.Array[0, 400], Gen.Bool).Sample((version, count, rest, sign) =>
        {
            byte[] body = [.. "DIRC"u8, 0, 0, 0, (byte)version, 0, 0, 0, (byte)count, .. rest];
            byte[] index = [.. body, .. sign ? SHA1.HashData(body) : new byte[20]];
            Should.NotThrow(() => GitIndexFile.Parse(index, "a/"u8, "/r", long.MaxValue));
        }, iter: 20_000);
    }

    [Theory]
    [InlineData("[core]\n\trepositoryformatversion = 0\n\tbare = false\n", true)]
    [InlineData("[core]\n\tbare = true\n", false)]
    [InlineData("[core]\n\tworktree = ../elsewhere\n", false)]
    [InlineData("[extensions]\n\tobjectFormat = sha256\n", false)]
    public void UnderstoodConfig_SendsAnotherWorkTreeOrObjectFormatToGit(string config, bool understood) =>
        GitIndexFile.UnderstoodConfig(config).ShouldBe(understood);
}

using System.Text;
using DatasetBuilder.Reading;
using DatasetBuilder.Validation;

namespace DatasetBuilder.Tests.Reading;

/// <summary><see cref="JsonFileLoader.Use{T}(ContributionFile, Func{JsonLoadResult, T})"/> reads into a pooled buffer: what it hands over must be what Load returns.</summary>
public sealed class JsonFileLoaderPooledTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("loader-pooled-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("{\"id\": \"a\", \"text\": \"نص\"}")]
    [InlineData("\uFEFF{\"id\": \"a\"}")]
    [InlineData("")]
    [InlineData("{\"a\": 1, \"a\": 2}")]
    [InlineData("[1]")]
    [InlineData("{\"a\": ")]
    public void Use_GivesWhatLoadGives(string text)
    {
        var file = Write("a.json", Encoding.UTF8.GetBytes(text));
        AssertSame(new JsonFileLoader(JsonLoadOptions.Default), file);
    }

    [Fact]
    public void Use_LargeAndInvalidAndMissingFiles_GiveWhatLoadGives()
    {
        var loader = new JsonFileLoader(JsonLoadOptions.Default with { MaxFileBytes = 100_000 });
        AssertSame(loader, Write("big.json", Encoding.UTF8.GetBytes("{\"text\": \"" + new string('ع', 40_000) + "\"}")));
        AssertSame(loader, Write("huge.json", new byte[100_001]));
        AssertSame(loader, Write("bad.json", [(byte)'{', 0xC3, 0x28, (byte)'}']));
        AssertSame(loader, new ContributionFile(Path.Combine(_folder, "missing.json"), "data/articles/s/missing.json"));
    }

    [Fact]
    public void Use_ListedLengthOfTheWholeFile_GivesWhatLoadGives()
    {
        var loader = new JsonFileLoader(JsonLoadOptions.Default);
        var file = Write("a.json", Encoding.UTF8.GetBytes("{\"id\": \"a\", \"text\": \"نص\"}"));
        var expected = loader.Load(file);
        var (success, raw) = loader.Use(file, new FileInfo(file.FullPath).Length, r => (r.Success, r.Document?.RootElement.GetRawText()));
        success.ShouldBeTrue();
        raw.ShouldBe(expected.Document!.RootElement.GetRawText());
        expected.Document.Dispose();
    }

    /// <summary>
    /// The listing's length is what the size limit is checked against and what is read, without asking the file again: a file
    /// listed over the limit is refused as too large, and one that grew since it was listed reads cut (and fails as what it then is).
    /// </summary>
    [Fact]
    public void Use_ListedLength_IsTheLengthLimitedAndRead()
    {
        var loader = new JsonFileLoader(JsonLoadOptions.Default with { MaxFileBytes = 1_000 });
        var file = Write("a.json", Encoding.UTF8.GetBytes("{\"id\": \"a\"}"));

        var tooLarge = loader.Use(file, 5_000, static r => r.Diagnostics.Select(static d => d.Code).ToList());
        tooLarge.ShouldBe([RuleCodes.TooLarge]);

        var (success, codes) = loader.Use(file, 5, static r => (r.Success, r.Diagnostics.Select(static d => d.Code).ToList()));
        success.ShouldBeFalse(); // "{"id" is not a whole document
        codes.ShouldNotBeEmpty();
        codes.ShouldNotContain(RuleCodes.TooLarge);
    }

    [Fact]
    public void TextSha256_IsContentHashOfTheText()
    {
        foreach (var text in new[] { string.Empty, "abc", "نص عربي 😀", "\ud800 lone", new string('ع', 70_000) })
        {
            // Against the digest of a freshly encoded array: both sides share ContentHash.Sha256 now, so it is the reference.
            var digest = System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text));
            TextSha256.Hex(text).ShouldBe(Convert.ToHexStringLower(digest));
            TextSha256.Key(text).ShouldBe(ArticleKeys.TextHashOf(digest));
        }
    }

    private ContributionFile Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return new ContributionFile(path, "data/articles/s/" + name);
    }

    private static void AssertSame(JsonFileLoader loader, ContributionFile file)
    {
        var expected = loader.Load(file);
        var (success, diagnostics, text, raw) = loader.Use(file, r => (r.Success, r.Diagnostics, r.Text, r.Document?.RootElement.GetRawText()));
        success.ShouldBe(expected.Success);
        diagnostics.ShouldBe(expected.Diagnostics);
        text.ShouldBe(expected.Text);
        raw.ShouldBe(expected.Document?.RootElement.GetRawText());
        expected.Document?.Dispose();
    }
}

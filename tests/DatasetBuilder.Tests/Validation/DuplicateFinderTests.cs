using DatasetBuilder.Reading;
using DatasetBuilder.Tests.Support;
using DatasetBuilder.Validation;

namespace DatasetBuilder.Tests.Validation;

public sealed class DuplicateFinderTests
{
    private static ArticleKeys Keys(string name, string? id = null, string? url = null, string? text = null) =>
        new(new ContributionFile("/d/" + name, "data/articles/s/" + name), id ?? name, url, text is null ? null : TextSha256.Key(text), null);

    [Theory]
    [InlineData("https://www.Site.example/news/1/", "http://site.example/news/1")]
    [InlineData("https://site.example/news/1#top", "https://site.example/news/1")]
    public void NormalizeUrl_SamePage_SameAddress(string a, string b) => DuplicateFinder.NormalizeUrl(a).ShouldBe(DuplicateFinder.NormalizeUrl(b));

    [Theory]
    [InlineData("https://site.example/news/1", "https://site.example/news/2")]
    [InlineData("https://site.example/news?id=1", "https://site.example/news?id=2")]
    [InlineData("https://site.example:8080/news/1", "https://site.example/news/1")]
    public void NormalizeUrl_OtherPage_OtherAddress(string a, string b) => DuplicateFinder.NormalizeUrl(a).ShouldNotBe(DuplicateFinder.NormalizeUrl(b));

    [Fact]
    public void Find_ThreeFilesSameText_EachNamesTheOtherTwo()
    {
        var all = new[] { Keys("a.json", text: "h"), Keys("b.json", text: "h"), Keys("c.json", text: "h"), Keys("d.json", text: "x") };
        var found = DuplicateFinder.Find(all, static _ => true);
        found.Count.ShouldBe(3);
        found.Single(static d => d.File.EndsWith("b.json", StringComparison.Ordinal)).Message.ShouldContain("data/articles/s/a.json, data/articles/s/c.json");
    }

    [Fact]
    public void Find_OnlySelectedFiles_GetFindings()
    {
        var all = new[] { Keys("a.json", url: "https://x.example/1"), Keys("b.json", url: "https://x.example/1") };
        var found = DuplicateFinder.Find(all, static f => f.DisplayPath.EndsWith("b.json", StringComparison.Ordinal));
        found.ShouldHaveSingleItem().Message.ShouldContain("a.json");
    }

    [Fact]
    public void Find_TextKeysEqualInTheirLow64Bits_AreNotTheSameText()
    {
        // The sort meets files by the low 64 bits of the 128-bit key; files are only the same text when all 128 bits agree.
        var low = (UInt128)0x0123_4567_89AB_CDEFUL;
        var file = static (string name, UInt128 key) => new ArticleKeys(new ContributionFile("/d/" + name, "data/articles/s/" + name), name, null, key, null);
        var all = new[] { file("a.json", low | ((UInt128)1 << 64)), file("b.json", low | ((UInt128)2 << 64)), file("c.json", low | ((UInt128)1 << 64)) };

        var found = DuplicateFinder.Find(all, static _ => true);

        found.Select(static d => d.File).ShouldBe(["data/articles/s/a.json", "data/articles/s/c.json"]);
    }

    [Fact]
    public void Find_NullValues_AreNeverDuplicates()
    {
        var all = new[] { Keys("a.json"), Keys("b.json") };
        DuplicateFinder.Find(all, static _ => true).ShouldBeEmpty();
    }

    [Fact]
    public void Find_SeveralGroups_FindingsInTheOrderOfEachGroupsFirstFile()
    {
        // Values whose hashes sort in another order than the files: the findings still follow the files.
        var values = Enumerable.Range(0, 40).Select(static i => "text-" + i).ToArray();
        var all = new List<ArticleKeys>();
        for (var i = 0; i < values.Length; i++)
        {
            all.Add(Keys($"first-{i:D2}.json", text: values[i]));
        }

        for (var i = values.Length - 1; i >= 0; i--)
        {
            all.Add(Keys($"second-{i:D2}.json", text: values[i]));
        }

        var found = DuplicateFinder.Find(all, static _ => true);

        found.Count.ShouldBe(80);
        for (var i = 0; i < values.Length; i++)
        {
            found[2 * i].File.ShouldEndWith($"first-{i:D2}.json");
            found[(2 * i) + 1].File.ShouldEndWith($"second-{i:D2}.json");
            found[2 * i].Message.ShouldContain($"second-{i:D2}.json");
        }
    }

    [Fact]
    public void Find_KeysWithoutPlaces_ReadsThePlaceFromTheFile()
    {
        using var temp = new TempDirectory();
        var a = temp.Combine("a.json");
        var b = temp.Combine("b.json");
        File.WriteAllText(a, "\uFEFF{\n  \"id\": \"a\",\n  \"url\": \"https://x.example/1\"\n}\n");
        File.WriteAllText(b, "{\n  \"id\": \"b\",\n\n\n  \"url\":   \"https://x.example/1/\"\n}\n");
        var all = new[] { new ArticleKeys(new ContributionFile(a, "data/articles/s/a.json"), "a", "https://x.example/1", null, null), new ArticleKeys(new ContributionFile(b, "data/articles/s/b.json"), "b", "https://x.example/1/", null, null) };

        var found = DuplicateFinder.Find(all, static _ => true);

        found.Select(static d => (d.Line, d.Column)).ShouldBe([(3, 10), (5, 12)]);
    }

    [Fact]
    public void Find_FileGoneBeforeItsPlaceIsRead_FindingWithoutAPlace()
    {
        var all = new[] { Keys("a.json", id: "same"), Keys("b.json", id: "same") };

        var found = DuplicateFinder.Find(all, static _ => true);

        found.Count.ShouldBe(2);
        found.ShouldAllBe(static d => d.Line == null);
    }

    [Fact]
    public void Meeting_KeepsTheFilesThatShareAnIdUrlOrTextWithACheckedOne_InTheirOrder()
    {
        var checkedFiles = new[] { Keys("a.json", id: "a", url: "https://site.example/news/1", text: "t") };
        var others = new[]
        {
            Keys("b.json", id: "a"),
            Keys("c.json", id: "c", url: "http://www.site.example/news/1/"),
            Keys("d.json", id: "d", text: "t"),
            Keys("e.json", id: "e", url: "https://site.example/news/2", text: "u"),
            Keys("f.json"),
        };

        DuplicateFinder.Meeting(checkedFiles, others).Select(static k => k.Id).ShouldBe(["a", "c", "d"]);
    }

    [Fact]
    public void Meeting_ThenFind_SameFindingsAsFindOverTheWholeCorpus()
    {
        // 300 files drawing ids, urls and texts from small pools (many groups, some of three or more); a few are "checked".
        var random = new Random(7);
        var all = Enumerable.Range(0, 300)
            .Select(i => Keys($"f{i:D3}.json", id: "id-" + random.Next(250), url: random.Next(3) == 0 ? null : $"https://site.example/{random.Next(200)}", text: "text-" + random.Next(220)))
            .ToList();
        var chosen = new[] { 3, 77, 150, 151, 299 }.Select(i => all[i].File.DisplayPath).ToHashSet(StringComparer.Ordinal);
        bool IsChecked(ContributionFile f) => chosen.Contains(f.DisplayPath);

        var whole = DuplicateFinder.Find(all, IsChecked);
        var meeting = DuplicateFinder.Meeting([.. all.Where(k => IsChecked(k.File))], all.Where(k => !IsChecked(k.File)));
        var partial = DuplicateFinder.Find([.. all.Where(k => IsChecked(k.File) || meeting.Contains(k)).OrderBy(static k => k.File, ContributionFile.DisplayOrder)], IsChecked);

        whole.Count.ShouldBeGreaterThan(5);
        meeting.Count.ShouldBeLessThan(60);
        partial.ShouldBe(whole);
    }
}

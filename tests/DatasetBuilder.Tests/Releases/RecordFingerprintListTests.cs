using System.Security.Cryptography;
using DatasetBuilder.Releases;

namespace DatasetBuilder.Tests.Releases;

public sealed class RecordFingerprintListTests
{
    private static string Hash(string s) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(s)));

    [Fact]
    public void Add_ManyRecords_ReadsBackEachAsAdded()
    {
        var records = Enumerable.Range(0, 1000).Select(i => new RecordFingerprint($"article-{i}", Hash("t" + i), Hash("h" + i), Hash("m" + i))).ToList();
        var list = new RecordFingerprintList(10);
        records.ForEach(list.Add);

        list.Count.ShouldBe(1000);
        list.ShouldBe(records);
        list[999].ShouldBe(records[999]);
        list.IdAt(5).ShouldBe("article-5");
    }

    [Fact]
    public void Add_UnderTheCallersId_KeepsThatString()
    {
        var id = new string("shared-id".AsSpan());
        var list = new RecordFingerprintList();
        list.Add(id, new RecordFingerprint("shared-id", Hash("t"), Hash("h"), Hash("m")));

        ReferenceEquals(list.IdAt(0), id).ShouldBeTrue();
        Should.Throw<ArgumentException>(() => list.Add("other", new RecordFingerprint("shared-id", Hash("t"), Hash("h"), Hash("m"))));
    }

    [Theory]
    [InlineData("upper")]
    [InlineData("short")]
    [InlineData("not-hex")]
    public void Add_HashNotLowerCaseSha256Hex_Refuses(string kind)
    {
        var bad = kind switch
        {
            "upper" => Hash("x").ToUpperInvariant(),
            "short" => Hash("x")[..62],
            _ => "zz" + Hash("x")[2..],
        };
        var list = new RecordFingerprintList();

        Should.Throw<ArgumentException>(() => list.Add(new RecordFingerprint("a", Hash("t"), bad, Hash("m")))).Message.ShouldContain("lower-case hex");
        list.Count.ShouldBe(0);
    }

    [Fact]
    public void RecordListingRead_HashInUpperCase_NamesTheLineAndTheField()
    {
        using var temp = new DatasetBuilder.Tests.Support.TempDirectory();
        var good = $"{{\"id\":\"a\",\"text_sha256\":\"{Hash("t")}\",\"title_sha256\":\"{Hash("h")}\",\"metadata_sha256\":\"{Hash("m")}\"}}";
        File.WriteAllLines(temp.Combine(RecordListing.FileName), [good, good.Replace("\"a\"", "\"b\"", StringComparison.Ordinal).Replace(Hash("h"), Hash("h").ToUpperInvariant(), StringComparison.Ordinal)]);

        var error = Should.Throw<InvalidDataException>(() => RecordListing.Read(temp.Path));

        error.Message.ShouldContain(RecordListing.FileName + ":2:");
        error.Message.ShouldContain("title_sha256");
        error.Message.ShouldNotContain("Parameter");
    }

    [Fact]
    public void Indexer_OutOfRange_Throws()
    {
        var list = new RecordFingerprintList();
        Should.Throw<ArgumentOutOfRangeException>(() => list[0]);
    }

    [Theory]
    [InlineData(new[] { "a", "b", "c" }, true)]
    [InlineData(new[] { "a", "c", "b" }, false)]
    [InlineData(new[] { "a", "a" }, false)]
    [InlineData(new[] { "B", "a" }, true)]
    public void IsInIdOrder_OnlyWhenEachIdFollowsASmallerOne(string[] ids, bool ordered)
    {
        var list = new RecordFingerprintList();
        foreach (var id in ids)
        {
            list.Add(new RecordFingerprint(id, Hash("t" + id), Hash("h"), Hash("m")));
        }

        list.IsInIdOrder.ShouldBe(ordered);
    }

    [Fact]
    public async Task RecordListing_WritesIdOrder_WhetherOrNotTheListWasAddedInIt()
    {
        using var temp = new DatasetBuilder.Tests.Support.TempDirectory();
        var records = new[] { "b", "c", "a", "d" }.Select(id => new RecordFingerprint(id, Hash("t" + id), Hash("h" + id), Hash("m"))).ToList();
        var shuffled = new RecordFingerprintList();
        records.ForEach(shuffled.Add);
        var ordered = new RecordFingerprintList();
        records.OrderBy(static r => r.Id, StringComparer.Ordinal).ToList().ForEach(ordered.Add);
        Directory.CreateDirectory(temp.Combine("one"));
        Directory.CreateDirectory(temp.Combine("two"));

        await RecordListing.WriteAsync(temp.Combine("one"), shuffled);
        await RecordListing.WriteAsync(temp.Combine("two"), ordered);

        var one = File.ReadAllBytes(temp.Combine("one", RecordListing.FileName));
        one.ShouldBe(File.ReadAllBytes(temp.Combine("two", RecordListing.FileName)));
        RecordListing.Read(temp.Combine("one"))!.Select(static r => r.Id).ShouldBe(["a", "b", "c", "d"]);
    }
}

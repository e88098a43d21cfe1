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
    [InlineData("ABCDEF")]
    [InlineData("not-hex")]
    [InlineData("")]
    public void Add_HashNotLowerCaseSha256Hex_Refuses(string prefix)
    {
        var bad = (prefix + Hash("x"))[..64];
        var list = new RecordFingerprintList();

        Should.Throw<ArgumentException>(() => list.Add(new RecordFingerprint("a", Hash("t"), bad == Hash("x") ? Hash("x").ToUpperInvariant() : bad, Hash("m"))));
        list.Count.ShouldBe(0);
    }

    [Fact]
    public void Indexer_OutOfRange_Throws()
    {
        var list = new RecordFingerprintList();
        Should.Throw<ArgumentOutOfRangeException>(() => list[0]);
    }
}

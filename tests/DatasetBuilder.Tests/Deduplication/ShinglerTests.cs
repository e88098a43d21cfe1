using CsCheck;
using DatasetBuilder.Deduplication;

namespace DatasetBuilder.Tests.Deduplication;

public sealed class ShinglerTests
{
    [Fact]
    public void Shingles_PunctuationAndSpacing_DoNotChangeTheSet()
    {
        var plain = Shingler.Shingles("قال الرئيس إن الوضع تحت السيطرة في البلاد", 3, 4);
        var punctuated = Shingler.Shingles("قال الرئيس: «إن الوضع تحت السيطرة»، في   البلاد.", 3, 4);

        punctuated.Shingles.Order().ShouldBe(plain.Shingles.Order());
        punctuated.LeadKey.ShouldBe(plain.LeadKey);
    }

    [Fact]
    public void Shingles_RepeatedPhrase_CountsEachShingleOnce()
    {
        var (shingles, _) = Shingler.Shingles("a b c a b c a b c", 3, 4);

        shingles.Length.ShouldBe(3); // "a b c", "b c a", "c a b"
    }

    [Fact]
    public void Shingles_TextShorterThanAShingle_IsOneShingle()
    {
        Shingler.Shingles("كلمتان فقط", 5, 12).Shingles.Length.ShouldBe(1);
        Shingler.Shingles("", 5, 12).Shingles.ShouldBeEmpty();
    }

    [Fact]
    public void Shingles_KnownText_GivesTheRecordedHashes()
    {
        // XxHash3 with fixed seeds is stable across runs and machines (string.GetHashCode is not): these values were
        // recorded once; a change here changes every cluster of every release and must be deliberate.
        var (shingles, lead) = Shingler.Shingles("one two three four five six", 5, 12);

        shingles.Order().ShouldBe([5281386180355634735UL, 11275647434277144034UL]);
        lead.ShouldBe(4723172330600171966UL);
    }

    [Fact]
    public void Shingles_DifferentEnding_KeepsTheLeadKey()
    {
        var a = Shingler.Shingles("w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 end one", 5, 12);
        var b = Shingler.Shingles("w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 other ending entirely", 5, 12);
        var c = Shingler.Shingles("w0 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 end one", 5, 12);

        b.LeadKey.ShouldBe(a.LeadKey);
        c.LeadKey.ShouldNotBe(a.LeadKey);
    }

    /// <summary>Texts from a small vocabulary, so shingles repeat; long enough at times to outgrow the scratch buffers.</summary>
    [Fact]
    public void ForSigning_AnyText_GivesTheDistinctCountLeadAndSetOfShingles() =>
        Gen.OneOf(Gen.Const("قال"), Gen.Const("الرئيس"), Gen.Const("إن"), Gen.Const("الوضع"), Gen.Const("a"), Gen.Const("b"), Gen.Const("1"))
            .Array[0, 3000].Select(Gen.Int[1, 6], static (words, width) => (Text: string.Join(' ', words), Width: width))
            .Sample(sample =>
            {
                var (shingles, lead) = Shingler.Shingles(sample.Text, sample.Width, 12);

                var forSigning = Shingler.ForSigning(sample.Text, sample.Width, 12, out var distinct, out var signingLead).ToArray();

                distinct.ShouldBe(shingles.Length);
                signingLead.ShouldBe(lead);
                forSigning.Distinct().Order().ShouldBe(shingles.Order());
            });

    [Fact]
    public void CountDistinct_ZeroesAndValuesThatShareTheirLowBits_AreEachCountedOnce()
    {
        ulong[] values = [0, 16, 32, 0, 16, 48, 1UL << 40, (1UL << 40) + 16, 32, ulong.MaxValue, ulong.MaxValue - 15];

        Shingler.CountDistinct(values).ShouldBe(values.Distinct().Count());
        Shingler.CountDistinct([]).ShouldBe(0);
    }
}

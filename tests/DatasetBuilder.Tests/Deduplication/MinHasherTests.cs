using CsCheck;
using DatasetBuilder.Deduplication;

namespace DatasetBuilder.Tests.Deduplication;

public sealed class MinHasherTests
{
    [Theory]
    [InlineData(1000, 1000, 0.0)]
    [InlineData(1000, 600, 0.25)]
    [InlineData(1000, 200, 0.6667)]
    [InlineData(1000, 0, 1.0)]
    public void EstimateJaccard_OverlappingSets_IsCloseToTheTrueJaccard(int size, int shift, double expected)
    {
        // Set A = 0..size-1, set B = shift..shift+size-1; hashed so the elements look like shingle hashes.
        var hasher = new MinHasher(128, 42);
        var a = Sign(hasher, Enumerable.Range(0, size));
        var b = Sign(hasher, Enumerable.Range(shift, size));

        // 128 permutations: standard error at most 0.045; four of them is a margin this fixed seed cannot flake on.
        MinHasher.EstimateJaccard(a, b).ShouldBe(expected, 0.18);
    }

    [Fact]
    public void Sign_SameSeed_GivesTheSameSignature_OtherSeed_Differs()
    {
        var set = Enumerable.Range(0, 50);

        Sign(new MinHasher(16, 7), set).ShouldBe(Sign(new MinHasher(16, 7), set));
        Sign(new MinHasher(16, 8), set).ShouldNotBe(Sign(new MinHasher(16, 7), set));
    }

    [Fact]
    public void Sign_ElementOrder_DoesNotMatter()
    {
        var hasher = new MinHasher(32, 1);

        Sign(hasher, Enumerable.Range(0, 100)).ShouldBe(Sign(hasher, Enumerable.Range(0, 100).Reverse()));
    }

    [Theory]
    [InlineData(128)]
    [InlineData(8)]
    [InlineData(12)]
    public void Sign_AnySet_EqualsTheScalarSignature(int permutations)
    {
        var hasher = new MinHasher(permutations, 3);
        // The vector path is taken wherever it can be: whole blocks of eight permutations on AVX2.
        hasher.IsVectorized.ShouldBe(System.Runtime.Intrinsics.X86.Avx2.IsSupported && permutations % 8 == 0);
        Gen.ULong.Array[0, 300].Sample(shingles =>
        {
            var scalar = new uint[permutations];
            var signed = new uint[permutations];
            hasher.SignScalar(shingles, scalar);
            hasher.Sign(shingles, signed);
            signed.ShouldBe(scalar);
            if (hasher.IsVectorized)
            {
                // Sign picks the vector path here, but compare that path itself so a wrong dispatch cannot hide it.
                Array.Clear(signed);
                hasher.SignVectorized(shingles, signed);
                signed.ShouldBe(scalar);
            }
        });
    }

    [Fact]
    public void Sign_ExtremeShingles_EqualsTheScalarSignature()
    {
        // The carries of the split multiply: all-ones halves, zero, and values whose low half alone is set.
        ulong[] shingles = [0, ulong.MaxValue, uint.MaxValue, (ulong)uint.MaxValue << 32, 1, 1UL << 63];
        var hasher = new MinHasher(128, 11);
        var scalar = new uint[128];
        var signed = new uint[128];
        hasher.SignScalar(shingles, scalar);
        hasher.Sign(shingles, signed);
        signed.ShouldBe(scalar);
    }

    private static uint[] Sign(MinHasher hasher, IEnumerable<int> elements)
    {
        var shingles = elements.Select(static e => System.IO.Hashing.XxHash3.HashToUInt64(BitConverter.GetBytes(e))).ToArray();
        var signature = new uint[hasher.Permutations];
        hasher.Sign(shingles, signature);
        return signature;
    }
}

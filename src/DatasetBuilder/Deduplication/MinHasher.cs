using System.Runtime.Intrinsics;

namespace DatasetBuilder.Deduplication;

/// <summary>
/// MinHash signatures over shingle hashes. Permutation <c>i</c> is the multiply-shift hash <c>(a[i]·x + b[i]) &gt;&gt; 32</c>
/// with odd <c>a[i]</c>; the coefficients come from SplitMix64 of a fixed seed, so signatures are the same on every run.
/// 32-bit minima halve the memory of 64-bit ones; two different shingles colliding at 32 bits is too rare to move an estimate.
/// </summary>
internal sealed class MinHasher
{
    private readonly ulong[] _a;
    private readonly ulong[] _b;

    public MinHasher(int permutations, ulong seed)
    {
        _a = new ulong[permutations];
        _b = new ulong[permutations];
        var state = seed;
        for (var i = 0; i < permutations; i++)
        {
            _a[i] = SplitMix64(ref state) | 1UL;
            _b[i] = SplitMix64(ref state);
        }
    }

    public int Permutations => _a.Length;

    /// <summary>Writes the signature of <paramref name="shingles"/> into <paramref name="signature"/> (all <see cref="uint.MaxValue"/> for no shingles).</summary>
    public void Sign(ReadOnlySpan<ulong> shingles, Span<uint> signature)
    {
        if (Vector256.IsHardwareAccelerated && _a.Length % Vector256<ulong>.Count == 0)
        {
            SignVectorized(shingles, signature);
        }
        else
        {
            SignScalar(shingles, signature);
        }
    }

    /// <summary>The same signature, four permutations at a time (one register of minima per block, shingles in L1).</summary>
    internal void SignVectorized(ReadOnlySpan<ulong> shingles, Span<uint> signature)
    {
        var lanes = Vector256<ulong>.Count;
        for (var block = 0; block < _a.Length; block += lanes)
        {
            var a = Vector256.Create<ulong>(_a.AsSpan(block, lanes));
            var b = Vector256.Create<ulong>(_b.AsSpan(block, lanes));
            var min = Vector256.Create((ulong)uint.MaxValue);
            foreach (var x in shingles)
            {
                min = Vector256.Min(min, Vector256.ShiftRightLogical((a * Vector256.Create(x)) + b, 32));
            }

            for (var lane = 0; lane < lanes; lane++)
            {
                signature[block + lane] = (uint)min.GetElement(lane);
            }
        }
    }

    internal void SignScalar(ReadOnlySpan<ulong> shingles, Span<uint> signature)
    {
        signature.Fill(uint.MaxValue);
        var a = _a.AsSpan();
        var b = _b.AsSpan(0, a.Length);
        var s = signature[..a.Length];
        foreach (var x in shingles)
        {
            for (var i = 0; i < a.Length; i++)
            {
                var h = (uint)(((a[i] * x) + b[i]) >> 32);
                if (h < s[i])
                {
                    s[i] = h;
                }
            }
        }
    }

    /// <summary>Share of equal positions: an unbiased estimate of the Jaccard similarity of the two shingle sets.</summary>
    public static double EstimateJaccard(ReadOnlySpan<uint> x, ReadOnlySpan<uint> y)
    {
        var equal = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (x[i] == y[i])
            {
                equal++;
            }
        }

        return (double)equal / x.Length;
    }

    private static ulong SplitMix64(ref ulong state)
    {
        var z = state += 0x9E37_79B9_7F4A_7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58_476D_1CE4_E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D0_49BB_1331_11EBUL;
        return z ^ (z >> 31);
    }
}

using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace DatasetBuilder.Deduplication;

/// <summary>
/// MinHash signatures over shingle hashes. Permutation <c>i</c> is the multiply-shift hash <c>(a[i]·x + b[i]) &gt;&gt; 32</c>
/// with odd <c>a[i]</c>; the coefficients come from SplitMix64 of a fixed seed, so signatures are the same on every run.
/// 32-bit minima halve the memory of 64-bit ones; two different shingles colliding at 32 bits is too rare to move an estimate.
/// </summary>
internal sealed class MinHasher
{
    /// <summary>Permutations per block of the vector path: eight 32-bit lanes.</summary>
    private const int Lanes = 8;

    private readonly ulong[] _a;
    private readonly ulong[] _b;
    private readonly uint[]? _aLow;
    private readonly uint[]? _aHigh;

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

        // The vector path's halves of a, eight permutations to a block, in the order its lanes hold them (see SignVectorized).
        if (permutations % Lanes == 0)
        {
            _aLow = new uint[permutations];
            _aHigh = new uint[permutations];
            for (var block = 0; block < permutations; block += Lanes)
            {
                for (var k = 0; k < Lanes; k++)
                {
                    var i = block + LanePermutation(k);
                    _aLow[block + k] = (uint)_a[i];
                    _aHigh[block + k] = (uint)(_a[i] >> 32);
                }
            }
        }
    }

    public int Permutations => _a.Length;

    /// <summary>True when <see cref="Sign"/> takes <see cref="SignVectorized"/>: AVX2, and whole blocks of eight permutations.</summary>
    internal bool IsVectorized => Avx2.IsSupported && _aLow is not null;

    /// <summary>Writes the signature of <paramref name="shingles"/> into <paramref name="signature"/> (all <see cref="uint.MaxValue"/> for no shingles).</summary>
    public void Sign(ReadOnlySpan<ulong> shingles, Span<uint> signature)
    {
        if (IsVectorized)
        {
            SignVectorized(shingles, signature);
        }
        else
        {
            SignScalar(shingles, signature);
        }
    }

    /// <summary>
    /// The same signature, eight permutations at a time in 32-bit lanes (AVX2 has no 64-bit multiply nor 64-bit minimum; both
    /// are emulated at several instructions each). Only bits 32–63 of <c>a·x + b</c> (mod 2⁶⁴) are kept, and with
    /// <c>a = aₕ·2³² + aₗ</c>, <c>x = xₕ·2³² + xₗ</c> they are <c>hi32(aₗ·xₗ + b) + aₕ·xₗ + aₗ·xₕ</c> (mod 2³²): one 32×32→64
    /// multiply and two 32-bit ones, exactly. Lane 2k holds permutation k of the block and lane 2k+1 permutation k+4.
    /// </summary>
    internal void SignVectorized(ReadOnlySpan<ulong> shingles, Span<uint> signature)
    {
        if (!IsVectorized)
        {
            throw new PlatformNotSupportedException("the vector signature needs AVX2 and a multiple of eight permutations");
        }

        Span<uint> minima = stackalloc uint[Lanes];
        for (var block = 0; block < _a.Length; block += Lanes)
        {
            // Low halves of a zero-extended, and b, for the 64-bit products of permutations block..+3 and block+4..+7.
            var aLow0 = Vector256.Create(_a[block] & uint.MaxValue, _a[block + 1] & uint.MaxValue, _a[block + 2] & uint.MaxValue, _a[block + 3] & uint.MaxValue);
            var aLow1 = Vector256.Create(_a[block + 4] & uint.MaxValue, _a[block + 5] & uint.MaxValue, _a[block + 6] & uint.MaxValue, _a[block + 7] & uint.MaxValue);
            var b0 = Vector256.Create<ulong>(_b.AsSpan(block, 4));
            var b1 = Vector256.Create<ulong>(_b.AsSpan(block + 4, 4));
            var aLow = Vector256.Create<uint>(_aLow.AsSpan(block, Lanes));
            var aHigh = Vector256.Create<uint>(_aHigh.AsSpan(block, Lanes));
            var min = Vector256<uint>.AllBitsSet;
            // Each shingle's halves broadcast straight from memory (AVX2 is x86, little-endian: the low half first), not moved out of a
            // register and broadcast: a third of the loop's instructions.
            ref var half = ref MemoryMarshal.GetReference(MemoryMarshal.Cast<ulong, uint>(shingles));
            for (var j = 0; j < shingles.Length; j++)
            {
                var xLow = Vector256.Create(Unsafe.Add(ref half, 2 * j));
                var xHigh = Vector256.Create(Unsafe.Add(ref half, (2 * j) + 1));
                var wide = Vector256.Create(shingles[j]);
                var low0 = Avx2.Multiply(aLow0.AsUInt32(), wide.AsUInt32()) + b0; // aₗ·xₗ + b, permutations k
                var low1 = Avx2.Multiply(aLow1.AsUInt32(), wide.AsUInt32()) + b1; // the same, permutations k+4
                var high = Avx2.Blend(Vector256.ShiftRightLogical(low0, 32).AsUInt32(), low1.AsUInt32(), 0b1010_1010);
                min = Vector256.Min(min, high + (aHigh * xLow) + (aLow * xHigh));
            }

            min.CopyTo(minima);
            for (var k = 0; k < Lanes; k++)
            {
                signature[block + LanePermutation(k)] = minima[k];
            }
        }
    }

    /// <summary>The permutation of a block that lane <paramref name="lane"/> holds in <see cref="SignVectorized"/>.</summary>
    private static int LanePermutation(int lane) => (lane / 2) + (lane % 2 * 4);

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

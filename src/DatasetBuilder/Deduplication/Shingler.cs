using System.IO.Hashing;
using System.Numerics;
using System.Runtime.InteropServices;
using DatasetBuilder.Text;

namespace DatasetBuilder.Deduplication;

/// <summary>
/// Turns a normalised text into the distinct 64-bit hashes of its word shingles. Words are runs of letters and digits, so
/// punctuation and spacing edits do not change a shingle. XxHash3 with fixed seeds: stable across runs and platforms.
/// </summary>
internal static class Shingler
{
    private const ulong WordSeed = 0x9E37_79B9_7F4A_7C15UL;
    private const ulong ShingleSeed = 0xC2B2_AE3D_27D4_EB4FUL;

    private const ulong LeadSeed = 0x1656_67B1_9E37_79F9UL;

    // Per-thread scratch for word hashes: signatures are computed on all cores, and a fresh list per article was most of the garbage.
    [ThreadStatic]
    private static List<ulong>? t_words;

    /// <summary>
    /// Distinct shingle hashes, ascending, and the hash of the first
    /// <paramref name="leadWords"/> words (the lead key, 0 for no words). A text shorter than one shingle is a single shingle of all its words.
    /// </summary>
    public static (ulong[] Shingles, ulong LeadKey) Shingles(string normalized, int shingleWords, int leadWords)
    {
        var hashes = ShingleHashes(normalized, shingleWords, leadWords, out var lead).ToArray();

        // Sort and drop repeats in place: cheaper than a hash set for a few hundred values, and the order is canonical.
        Array.Sort(hashes);
        var distinct = hashes.Length == 0 ? 0 : 1;
        for (var i = 1; i < hashes.Length; i++)
        {
            if (hashes[i] != hashes[distinct - 1])
            {
                hashes[distinct++] = hashes[i];
            }
        }

        if (distinct < hashes.Length)
        {
            Array.Resize(ref hashes, distinct);
        }

        return (hashes, lead);
    }

    // Per-thread scratch for the signing path: the shingle hashes with their repeats, and the open-addressing table that counts
    // the distinct ones.
    [ThreadStatic]
    private static ulong[]? t_hashes;

    [ThreadStatic]
    private static ulong[]? t_table;

    /// <summary>
    /// What signing needs of a text, without sorting: the shingle hashes in text order with their repeats (a MinHash minimum
    /// over them is the minimum over the distinct ones), valid until the thread's next call; how many are distinct (the
    /// length of <see cref="Shingles"/>' array); and the lead key — the same facts as <see cref="Shingles"/> gives.
    /// </summary>
    public static ReadOnlySpan<ulong> ForSigning(string normalized, int shingleWords, int leadWords, out int distinct, out ulong leadKey)
    {
        var hashes = ShingleHashes(normalized, shingleWords, leadWords, out leadKey);
        distinct = CountDistinct(hashes);
        return hashes;
    }

    /// <summary>
    /// The hash of each shingle in text order, repeats included, in the thread's scratch (valid until its next call), and the
    /// lead key (0 for no words). A text shorter than one shingle is a single shingle of all its words.
    /// </summary>
    private static ReadOnlySpan<ulong> ShingleHashes(string normalized, int shingleWords, int leadWords, out ulong leadKey)
    {
        var words = WordHashes(normalized);
        leadKey = 0;
        if (words.Count == 0)
        {
            return [];
        }

        var span = CollectionsMarshal.AsSpan(words);
        leadKey = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(span[..Math.Min(leadWords, span.Length)]), unchecked((long)LeadSeed));
        var width = Math.Min(shingleWords, span.Length);
        var count = span.Length - width + 1;
        var hashes = t_hashes is { } kept && kept.Length >= count ? kept : t_hashes = new ulong[Math.Max(count, 1024)];
        for (var i = 0; i < count; i++)
        {
            hashes[i] = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(span.Slice(i, width)), unchecked((long)ShingleSeed));
        }

        return hashes.AsSpan(0, count);
    }

    /// <summary>
    /// The number of distinct values, by linear probing in a table at least twice their number (the values are XxHash3
    /// outputs, so their low bits index it well); zero, the table's empty mark, is counted apart.
    /// </summary>
    internal static int CountDistinct(ReadOnlySpan<ulong> values)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(values.Length * 2, 16));
        var table = t_table is { } kept && kept.Length >= size ? kept : t_table = new ulong[size];
        var slots = table.AsSpan(0, size);
        slots.Clear();
        var mask = (ulong)(size - 1);
        var distinct = 0;
        var zero = false;
        foreach (var value in values)
        {
            if (value == 0)
            {
                distinct += zero ? 0 : 1;
                zero = true;
                continue;
            }

            var slot = value & mask;
            while (slots[(int)slot] != 0 && slots[(int)slot] != value)
            {
                slot = (slot + 1) & mask;
            }

            if (slots[(int)slot] == 0)
            {
                slots[(int)slot] = value;
                distinct++;
            }
        }

        return distinct;
    }

    private static List<ulong> WordHashes(string text)
    {
        var words = t_words ??= new List<ulong>(1024);
        words.Clear();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (CharFacts.Of(text[i]) & CharFacts.LetterOrDigit) != 0;
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(XxHash3.HashToUInt64(MemoryMarshal.AsBytes(text.AsSpan(start, i - start)), unchecked((long)WordSeed)));
                start = -1;
            }
        }

        return words;
    }
}

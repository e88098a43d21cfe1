using System.IO.Hashing;
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
        var words = WordHashes(normalized);
        if (words.Count == 0)
        {
            return ([], 0);
        }

        var span = CollectionsMarshal.AsSpan(words);
        var lead = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(span[..Math.Min(leadWords, span.Length)]), unchecked((long)LeadSeed));
        var width = Math.Min(shingleWords, span.Length);
        var hashes = new ulong[span.Length - width + 1];
        for (var i = 0; i < hashes.Length; i++)
        {
            hashes[i] = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(span.Slice(i, width)), unchecked((long)ShingleSeed));
        }

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

using System.IO.Hashing;
using System.Runtime.InteropServices;

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

    /// <summary>
    /// Distinct shingle hashes (in no meaningful order: MinHash does not depend on it) and the hash of the first
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
        var set = new HashSet<ulong>(span.Length - width + 1);
        for (var i = 0; i + width <= span.Length; i++)
        {
            set.Add(XxHash3.HashToUInt64(MemoryMarshal.AsBytes(span.Slice(i, width)), unchecked((long)ShingleSeed)));
        }

        var result = new ulong[set.Count];
        set.CopyTo(result);
        return (result, lead);
    }

    private static List<ulong> WordHashes(string text)
    {
        var words = new List<ulong>(text.Length / 5);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
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

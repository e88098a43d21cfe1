using DatasetBuilder.Text;

namespace DatasetBuilder.Cleaning;

/// <summary>
/// Content words of a text for topic comparison: folded (<see cref="ArabicNormalizer"/>), with the article and the common
/// one-letter prefixes stripped, short words and function words left out.
/// </summary>
public static class TopicWords
{
    private static readonly HashSet<string> FunctionWords = Lexicon.Set(
    [
        "في", "من", "علي", "الي", "عن", "ان", "او", "ام", "ثم", "قد", "لقد", "كان", "كانت", "يكون", "تكون", "هذا", "هذه", "ذلك", "تلك",
        "التي", "الذي", "الذين", "اللذين", "مع", "بعد", "قبل", "بين", "حتي", "اذا", "اذ", "لكن", "لان", "كما", "مما", "فيما", "عند", "منذ",
        "خلال", "حول", "ضد", "غير", "كل", "بعض", "اي", "هو", "هي", "هم", "ما", "لا", "لم", "لن", "الا", "وقال", "قال", "قالت", "اليوم",
        "امس", "ايضا", "وفق", "وفقا", "عبر", "اكثر", "اول", "اخر", "حيث", "وكان", "وقد", "وهو", "وهي", "the", "and", "of", "to", "in", "إلى", "على", "أن", "إن", "أو", "الذي", "التي", "أي", "أمس", "أيضا", "أكثر", "أول", "آخر",
    ]);

    /// <summary>The distinct content words of <paramref name="text"/>.</summary>
    public static HashSet<string> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return OfKey(ArabicNormalizer.Normalize(text));
    }

    /// <summary><see cref="Of"/> of a text whose matching key is already at hand (a line's <see cref="DocumentLine.Key"/>).</summary>
    internal static HashSet<string> OfKey(string key)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in Tokens(key))
        {
            if (FunctionWords.Contains(token))
            {
                continue;
            }

            var stem = Stem(token);
            if (stem.Length >= 3 && !FunctionWords.Contains(stem))
            {
                words.Add(stem);
            }
        }

        return words;
    }

    /// <summary>Share of <paramref name="words"/> found in <paramref name="reference"/>; 0 for no words.</summary>
    public static double Coverage(IReadOnlySet<string> words, IReadOnlySet<string> reference)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(reference);
        return words.Count == 0 ? 0 : (double)words.Count(reference.Contains) / words.Count;
    }

    /// <summary>The distinct folded tokens of <paramref name="text"/>, function words included (for comparing headlines).</summary>
    public static HashSet<string> TokenSet(string text) => [.. Tokens(ArabicNormalizer.Normalize(text))];

    /// <summary>
    /// How many distinct <see cref="Tokens"/> <paramref name="key"/> has, and how many of those <paramref name="reference"/>
    /// holds: <see cref="Overlap"/> and <see cref="Coverage"/> against a <see cref="TokenSet"/> without building the key's own
    /// set. <paramref name="scratch"/> is reused between calls (the caller's, one per thread).
    /// </summary>
    internal static (int Distinct, int Shared) CountTokens(string key, HashSet<string> reference, ref TokenScratch scratch)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(reference);
        var lookup = reference.GetAlternateLookup<ReadOnlySpan<char>>();
        var (distinct, shared, position) = (0, 0, 0);
        while (NextToken(key, ref position, out var range))
        {
            var token = key.AsSpan()[range];
            var hash = string.GetHashCode(token);
            if (scratch.Seen(key, token, hash, distinct))
            {
                continue;
            }

            scratch.Add(distinct++, range, hash);
            if (lookup.Contains(token))
            {
                shared++;
            }
        }

        return (distinct, shared);
    }

    /// <summary>Shared words over the size of the larger set: high only when both say nearly the same.</summary>
    public static double Overlap(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a.Count == 0 || b.Count == 0 ? 0 : (double)a.Count(b.Contains) / Math.Max(a.Count, b.Count);
    }

    /// <summary>Folded tokens: runs of letters and digits.</summary>
    public static IEnumerable<string> Tokens(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Iterate(key);

        static IEnumerable<string> Iterate(string key)
        {
            var position = 0;
            while (NextToken(key, ref position, out var token))
            {
                yield return key[token];
            }
        }
    }

    /// <summary>
    /// Where the next of the <see cref="Tokens"/> of <paramref name="key"/> is, from <paramref name="position"/> on (which it
    /// moves past the token); false when there is none. For callers that need no token strings, without an iterator.
    /// </summary>
    internal static bool NextToken(string key, ref int position, out Range token)
    {
        var start = position;
        while (start < key.Length && (CharFacts.Of(key[start]) & CharFacts.LetterOrDigit) == 0)
        {
            start++;
        }

        var end = start;
        while (end < key.Length && (CharFacts.Of(key[end]) & CharFacts.LetterOrDigit) != 0)
        {
            end++;
        }

        position = end;
        token = start..end;
        return end > start;
    }

    private static string Stem(string token)
    {
        var t = token;
        foreach (var prefix in (ReadOnlySpan<string>)["وال", "فال", "بال", "كال", "لل", "ال"])
        {
            if (t.Length - prefix.Length >= 3 && t.StartsWith(prefix, StringComparison.Ordinal))
            {
                return t[prefix.Length..];
            }
        }

        if (t.Length >= 5 && t[0] is 'و' or 'ف' or 'ب' or 'ل')
        {
            t = t[1..];
        }

        // Pronoun and plural endings, so that "منازلها" and "المنازل", "العائلات" and "عائله" meet.
        foreach (var suffix in (ReadOnlySpan<string>)["ها", "هم", "هن", "كم", "نا", "ات", "ون", "ين", "ه"])
        {
            if (t.Length - suffix.Length >= 3 && t.EndsWith(suffix, StringComparison.Ordinal))
            {
                return t[..^suffix.Length];
            }
        }

        return t;
    }
}

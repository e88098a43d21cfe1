using DatasetBuilder.Text;

namespace DatasetBuilder.Cleaning;

/// <summary>Word lists of the rules, written as published and folded once, so they match lines by their matching key.</summary>
internal static class Lexicon
{
    public static HashSet<string> Set(params string[] words) => new(words.Select(static w => ArabicNormalizer.Normalize(w)), StringComparer.Ordinal);

    public static string[] List(params string[] phrases) => [.. phrases.Select(static p => ArabicNormalizer.Normalize(p))];

    /// <summary>
    /// True when <paramref name="key"/> contains one of <paramref name="fragments"/> (ordinal). A loop rather than
    /// Array.Exists with a lambda: the lambda would capture the key, an allocation for every line asked.
    /// </summary>
    public static bool ContainsAny(string key, string[] fragments)
    {
        foreach (var f in fragments)
        {
            if (key.Contains(f, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

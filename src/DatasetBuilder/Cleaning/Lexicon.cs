using DatasetBuilder.Text;

namespace DatasetBuilder.Cleaning;

/// <summary>Word lists of the rules, written as published and folded once, so they match lines by their matching key.</summary>
internal static class Lexicon
{
    public static HashSet<string> Set(params string[] words) => new(words.Select(static w => ArabicNormalizer.Normalize(w)), StringComparer.Ordinal);

    public static string[] List(params string[] phrases) => [.. phrases.Select(static p => ArabicNormalizer.Normalize(p))];
}

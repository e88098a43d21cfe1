using System.Buffers;
using System.Text;
using DatasetBuilder.Text;

namespace DatasetBuilder.Cleaning;

/// <summary>
/// Turns kept lines into stored text: drops invisible formatting (bidi controls, zero-width characters),
/// turns no-break spaces into spaces, trims each paragraph and joins paragraphs with one blank line.
/// Words are kept as published: no diacritic stripping, no letter folding.
/// </summary>
public static class ParagraphNormalizer
{
    public static string NormalizeLine(ReadOnlySpan<char> line)
    {
        if (IsNormal(line))
        {
            return line.IsEmpty ? string.Empty : new string(line); // most lines are already clean: one copy, no builder
        }

        var builder = new StringBuilder(line.Length);
        var pendingSpace = false;
        foreach (var c in line)
        {
            if (InvisibleCharacters.IsInvisibleFormatting(c))
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || InvisibleCharacters.IsNoBreakSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    public static string Join(IEnumerable<string> paragraphs) =>
        string.Join("\n\n", paragraphs.Select(static p => IsNormal(p) ? p : NormalizeLine(p)).Where(static p => p.Length > 0));

    /// <summary>True when <see cref="NormalizeLine"/> would return the line unchanged: no invisible formatting, no white space other than single inner spaces.</summary>
    internal static bool IsNormal(ReadOnlySpan<char> line) =>
        line.IsEmpty || (line[0] != ' ' && line[^1] != ' ' && !line.ContainsAny(NotStored) && !line.Contains("  ", StringComparison.Ordinal));

    /// <summary>
    /// Every character <see cref="NormalizeLine"/> drops or turns into a space, the plain space aside: white space, no-break
    /// spaces, invisible formatting (40 characters, listed once from the predicates). One vectorised search of a line for any of
    /// them, where a test of each character was about a quarter of the first pass's template counting (perf).
    /// </summary>
    private static readonly SearchValues<char> NotStored = SearchValues.Create(
    [
        .. Enumerable.Range(0, char.MaxValue + 1).Select(static i => (char)i)
            .Where(static c => c != ' ' && (InvisibleCharacters.IsInvisibleFormatting(c) || char.IsWhiteSpace(c) || InvisibleCharacters.IsNoBreakSpace(c))),
    ]);
}

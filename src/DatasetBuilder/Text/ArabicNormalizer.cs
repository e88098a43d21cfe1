using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace DatasetBuilder.Text;

/// <summary>
/// Folds Arabic text into a matching key: Unicode compatibility decomposition (NFKD from a built-in table, so the key does
/// not depend on ICU or InvariantGlobalization; with the marks dropped next, it equals NFKC for matching); diacritics,
/// tatweel and invisible formatting removed;
/// alef/hamza, alef maqsura and taa marbuta variants folded; hamza on a waw or yeh seat (ؤ ئ) to the bare hamza ء; Arabic-Indic and Persian digits to Latin;
/// Latin lower-cased; whitespace collapsed. Used only for matching and hashing, never for stored text.
/// </summary>
public static class ArabicNormalizer
{
    private const char HamzaAbove = '\u0654';

    /// <summary>Returns the matching key of <paramref name="text"/>.</summary>
    public static string Normalize(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return string.Empty;
        }

        // A pooled buffer rather than a StringBuilder: every line of every article is normalised, so the per-character cost counts.
        var buffer = ArrayPool<char>.Shared.Rent(text.Length + 16);
        try
        {
            var length = NormalizeInto(text, ref buffer, 0);
            return new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Writes the matching key of <paramref name="text"/> into <paramref name="buffer"/> (pooled; replaced by a larger pooled one
    /// when the key does not fit) from <paramref name="start"/> on, and returns where it ends: the key without a string, for a
    /// caller that only hashes most keys (the template counter).
    /// </summary>
    public static int NormalizeInto(ReadOnlySpan<char> text, ref char[] buffer, int start)
    {
        var length = start;
        var pendingSpace = false;
        foreach (var original in text)
        {
            // A space, most common of all, only marks a pending space (as Append does).
            if (original == ' ')
            {
                pendingSpace = length > start;
                continue;
            }

            // Below U+0700 (ASCII, Latin-1, the Arabic block: most of any text here) a table gives Append's result for a
            // character with no decomposition that is neither white space nor the hamza above: its fold, or nothing.
            if (original < FoldTableSize && FoldTable[original] is var folded and not NeedsAppend)
            {
                if (folded != '\0') // '\0': carries no letter (a diacritic, tatweel, an invisible)
                {
                    Put(ref buffer, ref length, folded, ref pendingSpace);
                }

                continue;
            }

            if (CompatibilityDecomposition.Of(original) is { } decomposed)
            {
                foreach (var c in decomposed)
                {
                    Append(ref buffer, ref length, start, c, ref pendingSpace);
                }
            }
            else
            {
                Append(ref buffer, ref length, start, original, ref pendingSpace);
            }
        }

        return length;
    }

    /// <summary>The characters <see cref="FoldTable"/> covers.</summary>
    private const int FoldTableSize = 0x0700;

    /// <summary>In <see cref="FoldTable"/>: the character takes the full path (white space, a decomposition, the hamza above).</summary>
    private const char NeedsAppend = '\uFFFF';

    /// <summary><see cref="Fold"/> of each character below <see cref="FoldTableSize"/>, or <see cref="NeedsAppend"/>.</summary>
    private static readonly char[] FoldTable = BuildFoldTable();

    private static char[] BuildFoldTable()
    {
        var table = new char[FoldTableSize];
        for (var i = 0; i < table.Length; i++)
        {
            var c = (char)i;
            table[i] = char.IsWhiteSpace(c) || c == HamzaAbove || CompatibilityDecomposition.Of(c) is not null ? NeedsAppend : Fold(c);
        }

        return table;
    }

    private static void Append(ref char[] buffer, ref int length, int start, char c, ref bool pendingSpace)
    {
        if (char.IsWhiteSpace(c))
        {
            pendingSpace = length > start;
            return;
        }

        // Hamza on a waw or yeh seat (ؤ ئ, decomposed to the seat + U+0654 above) becomes the bare hamza: writers and sites
        // disagree on the seat (مسؤول / مسئول), so both spellings must give one key. Hamza on alef still folds to alef.
        if (c == HamzaAbove && !pendingSpace && length > start && buffer[length - 1] is '\u0648' or '\u064A')
        {
            buffer[length - 1] = '\u0621';
            return;
        }

        var folded = Fold(c);
        if (folded != '\0')
        {
            Put(ref buffer, ref length, folded, ref pendingSpace);
        }
    }

    /// <summary>Writes a folded character, after the space that was pending before it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Put(ref char[] buffer, ref int length, char folded, ref bool pendingSpace)
    {
        if (length + 2 > buffer.Length)
        {
            Grow(ref buffer, length);
        }

        if (pendingSpace)
        {
            buffer[length++] = ' ';
            pendingSpace = false;
        }

        buffer[length++] = folded;
    }

    /// <summary>A compatibility decomposition can be longer than its character (a ligature): grow like a builder would.</summary>
    private static void Grow(ref char[] buffer, int length)
    {
        var larger = ArrayPool<char>.Shared.Rent(Math.Max(buffer.Length * 2, 16)); // an empty buffer grows too
        buffer.AsSpan(0, length).CopyTo(larger);
        ArrayPool<char>.Shared.Return(buffer);
        buffer = larger;
    }

    /// <summary>Folds one character for matching; returns <c>'\0'</c> for characters that carry no letter (diacritics, tatweel, invisibles).</summary>
    public static char Fold(char c)
    {
        switch (c)
        {
            case '\u0640': // tatweel
                return '\0';
            case '\u0622' or '\u0623' or '\u0625' or '\u0671' or '\u0672' or '\u0673': // alef with madda/hamza/wasla
                return '\u0627';
            case '\u0649' or '\u06CC' or '\u064A': // alef maqsura, Farsi yeh -> yeh
                return '\u064A';
            case '\u0629': // taa marbuta -> heh
                return '\u0647';
            case '\u0624' or '\u0626': // waw and yeh with hamza -> hamza (the seat varies between spellings)
                return '\u0621';
            case '\u06A9': // keheh -> kaf
                return '\u0643';
            case >= '\u0660' and <= '\u0669':
                return (char)('0' + (c - '\u0660'));
            case >= '\u06F0' and <= '\u06F9':
                return (char)('0' + (c - '\u06F0'));
        }

        // Fast paths (same result as below, without the category lookup): ASCII has no marks or invisibles, and the other
        // basic Arabic letters fold to themselves.
        if (c < '\u0080')
        {
            return char.ToLowerInvariant(c);
        }

        if (c is (>= '\u0621' and <= '\u063A') or (>= '\u0641' and <= '\u064A'))
        {
            return c;
        }

        if (InvisibleCharacters.IsInvisibleFormatting(c))
        {
            return '\0';
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
        {
            return '\0';
        }

        return char.ToLowerInvariant(c);
    }

    /// <summary>True when <paramref name="c"/> is an Arabic-script letter (any Arabic block).</summary>
    public static bool IsArabicLetter(char c) =>
        (c is (>= '\u0620' and <= '\u064A') or (>= '\u066E' and <= '\u06D3') or (>= '\u06FA' and <= '\u06FF')
            or (>= '\u0750' and <= '\u077F') or (>= '\u08A0' and <= '\u08C9') or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFC'))
        && char.IsLetter(c);
}

using System.Globalization;
using System.Runtime.CompilerServices;

namespace DatasetBuilder.Text;

/// <summary>
/// The Unicode facts the line shapes and word counts ask of every character — letter, decimal digit, non-spacing mark,
/// Arabic letter — as bit flags, read from one table for the characters below U+0700 (Latin, Arabic and their punctuation and
/// marks: nearly every character of an Arabic article) and from the runtime's Unicode data above it. The table is built from
/// those same runtime calls, so every answer is theirs; it saves one or two category lookups per character per question (the
/// cleaner and the template counter ask them of every line of every article).
/// </summary>
internal static class CharFacts
{
    /// <summary><see cref="char.IsLetter(char)"/>.</summary>
    public const int Letter = 1;

    /// <summary><see cref="char.IsDigit(char)"/> (a decimal digit of any script).</summary>
    public const int Digit = 2;

    /// <summary><see cref="UnicodeCategory.NonSpacingMark"/> (harakat, shadda, combining accents).</summary>
    public const int NonSpacingMark = 4;

    /// <summary><see cref="ArabicNormalizer.IsArabicLetter(char)"/>.</summary>
    public const int ArabicLetter = 8;

    /// <summary><see cref="Letter"/> or <see cref="Digit"/>: <see cref="char.IsLetterOrDigit(char)"/>.</summary>
    public const int LetterOrDigit = Letter | Digit;

    /// <summary>The characters the table answers: U+0000 to U+06FF.</summary>
    private const int TableSize = 0x700;

    private static readonly byte[] Table = BuildTable();

    /// <summary>The flags of <paramref name="c"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Of(char c)
    {
        var table = Table;
        return c < (uint)table.Length ? table[c] : Compute(c);
    }

    /// <summary>The flags of <paramref name="c"/> from the runtime's Unicode data: what the table holds, and the answer above it.</summary>
    private static int Compute(char c)
    {
        var flags = char.IsLetter(c) ? Letter : 0;
        flags |= char.IsDigit(c) ? Digit : 0;
        flags |= char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark ? NonSpacingMark : 0;
        flags |= ArabicNormalizer.IsArabicLetter(c) ? ArabicLetter : 0;
        return flags;
    }

    private static byte[] BuildTable()
    {
        var table = new byte[TableSize];
        for (var c = 0; c < TableSize; c++)
        {
            table[c] = (byte)Compute((char)c);
        }

        return table;
    }
}

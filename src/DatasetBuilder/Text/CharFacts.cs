using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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

    /// <summary>Characters <see cref="PlainRun"/> looks at: one 256-bit vector of UTF-16.</summary>
    public const int BlockLength = 16;

    /// <summary>The first and last of the characters a plain block holds besides the space: the Arabic letters and tatweel.</summary>
    private const char FirstPlain = '\u0621';

    private const char LastPlain = '\u064A';

    /// <summary>
    /// Up to sixteen characters at once, from <paramref name="start"/> to the first that is not plain: plain are the Arabic
    /// letters U+0621–U+064A (each <see cref="Letter"/> and <see cref="ArabicLetter"/>, nothing else) and the space (no flag,
    /// and no other character's meaning) — most of an Arabic paragraph. Returns how many it took (0 when the first is not
    /// plain, when fewer than sixteen characters are left, or without vector hardware); of those, <paramref name="letters"/>
    /// are letters and <paramref name="starts"/> begin a word (a letter after a space, or first with <paramref name="inWord"/>
    /// false), and <paramref name="inWord"/> becomes whether the last one taken is a letter: exactly what a walk of those
    /// characters by their flags counts. <paramref name="others"/> is how many characters follow them among the sixteen before
    /// the next Arabic letter, for the caller to walk one by one before it asks again: Latin text, whose only plain characters
    /// are its spaces, is then walked sixteen characters to one vector look, not a word to one.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int PlainRun(ReadOnlySpan<char> text, int start, ref bool inWord, out int letters, out int starts, out int others)
    {
        letters = starts = others = 0;
        if (!Vector256.IsHardwareAccelerated || start > text.Length - BlockLength)
        {
            return 0;
        }

        var block = Vector256.LoadUnsafe(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text)), (nuint)start);
        var letter = Vector256.LessThanOrEqual(block - Vector256.Create((ushort)FirstPlain), Vector256.Create((ushort)(LastPlain - FirstPlain)));
        var plain = (letter | Vector256.Equals(block, Vector256.Create((ushort)' '))).ExtractMostSignificantBits();
        var letterMask = letter.ExtractMostSignificantBits();
        var taken = Math.Min(BitOperations.TrailingZeroCount(~plain), BlockLength); // up to the first character that is not plain
        others = Math.Min(BitOperations.TrailingZeroCount(letterMask >> taken), BlockLength - taken); // up to the next Arabic letter
        if (taken == 0)
        {
            return 0;
        }

        var mask = letterMask & ((1u << taken) - 1);
        letters = BitOperations.PopCount(mask);
        starts = BitOperations.PopCount(mask & ~((mask << 1) | (inWord ? 1u : 0u)));
        inWord = (mask & (1u << (taken - 1))) != 0;
        return taken;
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

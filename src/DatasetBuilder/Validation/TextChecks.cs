using System.Buffers;
using System.Globalization;
using DatasetBuilder.Text;

namespace DatasetBuilder.Validation;

/// <summary>Character-level checks shared by the content rules: slugs, control characters, scripts.</summary>
internal static class TextChecks
{
    /// <summary>The script most letters of a text in each language are written in; languages not listed are not checked.</summary>
    private static readonly Dictionary<string, UnicodeScript> ExpectedScripts = new(StringComparer.Ordinal)
    {
        ["ar"] = UnicodeScript.Arabic, ["fa"] = UnicodeScript.Arabic, ["ur"] = UnicodeScript.Arabic, ["ps"] = UnicodeScript.Arabic,
        ["en"] = UnicodeScript.Latin, ["fr"] = UnicodeScript.Latin, ["de"] = UnicodeScript.Latin, ["es"] = UnicodeScript.Latin, ["tr"] = UnicodeScript.Latin,
        ["ru"] = UnicodeScript.Cyrillic, ["uk"] = UnicodeScript.Cyrillic, ["kk"] = UnicodeScript.Cyrillic,
    };

    /// <summary>C0 controls other than tab, line feed and carriage return.</summary>
    private static readonly SearchValues<char> Controls = CharsWhere(static c => c < '\u0020' && c is not ('\t' or '\n' or '\r'));

    private static readonly SearchValues<char> BidiControls = CharsWhere(InvisibleCharacters.IsBidiControl);

    private static readonly SearchValues<char> BidiOverrides = CharsWhere(InvisibleCharacters.IsBidiOverride);

    /// <summary>
    /// For every UTF-16 unit: <see cref="LetterBit"/> when <see cref="char.IsLetter(char)"/> holds, plus its
    /// <see cref="ScriptOf"/> above that bit. Built from those two functions, so a lookup answers exactly what they would.
    /// </summary>
    private static readonly byte[] LetterTable = BuildLetterTable();

    private const byte LetterBit = 1;

    [ThreadStatic]
    private static string? _lastTallied;

    [ThreadStatic]
    private static (int Letters, int Arabic, int Latin, int Cyrillic) _lastTally;

    private enum UnicodeScript
    {
        Other,
        Arabic,
        Latin,
        Cyrillic,
    }

    /// <summary>Lowercase ASCII letters and digits in hyphen-separated runs: safe as a file name and a URL segment, never a path.</summary>
    public static bool IsSlug(string value)
    {
        if (value.Length is 0 or > 120 || value[0] == '-' || value[^1] == '-')
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var ok = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || (c == '-' && value[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Index of the first C0 control character other than tab, line feed and carriage return, or -1.</summary>
    public static int IndexOfControl(string value) => value.AsSpan().IndexOfAny(Controls);

    public static int IndexOfReplacement(string value) => value.AsSpan().IndexOf('\uFFFD');

    public static int IndexOfBidiControl(string value) => value.AsSpan().IndexOfAny(BidiControls);

    public static int IndexOfBidiOverride(string value) => value.AsSpan().IndexOfAny(BidiOverrides);

    /// <summary><c>U+202E</c> style name of the character at <paramref name="index"/>.</summary>
    public static string CodePoint(string value, int index) => string.Create(CultureInfo.InvariantCulture, $"U+{(int)value[index]:X4}");

    public static int CountLetters(string text) => Tally(text).Letters;

    /// <summary>Share of the text's letters written in the script of <paramref name="language"/>; null when the language's script is not known.</summary>
    public static double? ShareInLanguageScript(string text, string language)
    {
        var primary = language.Split('-')[0];
        if (!ExpectedScripts.TryGetValue(primary, out var expected))
        {
            return null;
        }

        var (letters, arabic, latin, cyrillic) = Tally(text);
        var matching = expected switch
        {
            UnicodeScript.Arabic => arabic,
            UnicodeScript.Latin => latin,
            UnicodeScript.Cyrillic => cyrillic,
            _ => 0,
        };
        return letters == 0 ? null : (double)matching / letters;
    }

    public static string ScriptName(string language) =>
        ExpectedScripts.TryGetValue(language.Split('-')[0], out var script) ? script.ToString() : "its";

    private static UnicodeScript ScriptOf(char c) => c switch
    {
        (>= '\u0600' and <= '\u06FF') or (>= '\u0750' and <= '\u077F') or (>= '\u08A0' and <= '\u08FF')
            or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF') => UnicodeScript.Arabic,
        (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '\u00C0' and <= '\u024F') or (>= '\u1E00' and <= '\u1EFF') => UnicodeScript.Latin,
        (>= '\u0400' and <= '\u052F') => UnicodeScript.Cyrillic,
        _ => UnicodeScript.Other,
    };

    /// <summary>
    /// The letters of <paramref name="text"/>, and how many of them are in each script, in one pass. The rules ask for the
    /// letters and for the share of one script of the same text in a row: the last text's tally is kept (per thread, by
    /// reference, so a different string is always counted afresh).
    /// </summary>
    private static (int Letters, int Arabic, int Latin, int Cyrillic) Tally(string text)
    {
        if (ReferenceEquals(text, _lastTallied))
        {
            return _lastTally;
        }

        var table = LetterTable;
        const byte arabicLetter = ((int)UnicodeScript.Arabic << 1) | LetterBit;
        const byte latinLetter = ((int)UnicodeScript.Latin << 1) | LetterBit;
        const byte cyrillicLetter = ((int)UnicodeScript.Cyrillic << 1) | LetterBit;
        int letters = 0, arabic = 0, latin = 0, cyrillic = 0;
        var inWord = false;
        for (var i = 0; i < text.Length;)
        {
            // Runs of Arabic letters U+0621-U+064A (each an Arabic-script letter here too) and spaces up to sixteen at a time.
            i += CharFacts.PlainRun(text, i, ref inWord, out var plainLetters, out _, out var others);
            letters += plainLetters;
            arabic += plainLetters;
            for (var end = Math.Min(i + Math.Max(others, 1), text.Length); i < end; i++)
            {
                var entry = table[text[i]];
                letters += entry & LetterBit;
                arabic += entry == arabicLetter ? 1 : 0;
                latin += entry == latinLetter ? 1 : 0;
                cyrillic += entry == cyrillicLetter ? 1 : 0;
            }
        }

        _lastTally = (letters, arabic, latin, cyrillic);
        _lastTallied = text;
        return _lastTally;
    }

    private static SearchValues<char> CharsWhere(Func<char, bool> predicate)
    {
        var chars = new List<char>();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (predicate((char)c))
            {
                chars.Add((char)c);
            }
        }

        return SearchValues.Create([.. chars]);
    }

    private static byte[] BuildLetterTable()
    {
        var table = new byte[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            table[c] = char.IsLetter((char)c) ? (byte)(((int)ScriptOf((char)c) << 1) | LetterBit) : (byte)0;
        }

        return table;
    }
}

using CsCheck;
using DatasetBuilder.Text;
using DatasetBuilder.Validation;

namespace DatasetBuilder.Tests.Validation;

/// <summary>The table and vector searches of <see cref="TextChecks"/> must answer what the per-character tests answer.</summary>
public sealed class TextChecksFastPathTests
{
    [Fact]
    public void CountLetters_EveryCharacter_IsCountedAsCharIsLetterSays()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var s = ((char)c).ToString();
            if (TextChecks.CountLetters(s) != (char.IsLetter((char)c) ? 1 : 0))
            {
                Assert.Fail($"U+{c:X4}");
            }
        }
    }

    [Fact]
    public void Searches_EveryCharacter_AreFoundExactlyWhenThePredicateHolds()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var ch = (char)c;
            var s = "ab" + ch;
            Check(TextChecks.IndexOfControl(s), ch < '\u0020' && ch is not ('\t' or '\n' or '\r'), c);
            Check(TextChecks.IndexOfBidiControl(s), InvisibleCharacters.IsBidiControl(ch), c);
            Check(TextChecks.IndexOfBidiOverride(s), InvisibleCharacters.IsBidiOverride(ch), c);
            Check(TextChecks.IndexOfReplacement(s), ch == '\uFFFD', c);
        }

        static void Check(int index, bool expected, int c)
        {
            if (index != (expected ? 2 : -1))
            {
                Assert.Fail($"U+{c:X4}: {index}");
            }
        }
    }

    [Fact]
    public void ShareInLanguageScript_RandomTexts_MatchesAPerCharacterCount()
    {
        var chars = Gen.OneOf(Gen.Char, Gen.Char['\u0600', '\u06FF'], Gen.Char['a', 'z'], Gen.Char['\u0400', '\u052F'], Gen.Const(' '));
        Gen.Select(chars.Array[0, 80], Gen.OneOf<string>("ar", "en-US", "ru", "kk", "ja", "fa-IR")).Sample((text, language) =>
        {
            var s = new string(text);
            TextChecks.ShareInLanguageScript(s, language).ShouldBe(Plain(s, language));
            TextChecks.CountLetters(s).ShouldBe(s.Count(char.IsLetter));
        }, iter: 2000);
    }

    /// <summary>Arabic prose, whose runs of letters and spaces are counted sixteen at a time, with now and then another character.</summary>
    [Fact]
    public void ShareInLanguageScript_ArabicProse_MatchesAPerCharacterCount()
    {
        var chars = Gen.Frequency((30, Gen.Char['\u0621', '\u064A']), (8, Gen.Const(' ')), (1, Gen.Char["\u064E\u0663\u060C\n.a\u0416\u06A9\uFEFB"]));
        Gen.Select(chars.Array[0, 400], Gen.OneOf<string>("ar", "en", "ru")).Sample((text, language) =>
        {
            var s = new string(text);
            TextChecks.ShareInLanguageScript(s, language).ShouldBe(Plain(s, language));
            TextChecks.CountLetters(s).ShouldBe(s.Count(char.IsLetter));
        }, iter: 2000);
    }

    /// <summary>The share as it was counted before the table: char.IsLetter, then the script's code point ranges.</summary>
    private static double? Plain(string text, string language)
    {
        var expected = language.Split('-')[0] switch
        {
            "ar" or "fa" or "ur" or "ps" => 1,
            "en" or "fr" or "de" or "es" or "tr" => 2,
            "ru" or "uk" or "kk" => 3,
            _ => 0,
        };
        if (expected == 0)
        {
            return null;
        }

        int letters = 0, matching = 0;
        foreach (var c in text.Where(char.IsLetter))
        {
            letters++;
            var script = c switch
            {
                (>= '\u0600' and <= '\u06FF') or (>= '\u0750' and <= '\u077F') or (>= '\u08A0' and <= '\u08FF')
                    or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF') => 1,
                (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '\u00C0' and <= '\u024F') or (>= '\u1E00' and <= '\u1EFF') => 2,
                (>= '\u0400' and <= '\u052F') => 3,
                _ => 0,
            };
            matching += script == expected ? 1 : 0;
        }

        return letters == 0 ? null : (double)matching / letters;
    }
}

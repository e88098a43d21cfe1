using System.Globalization;
using CsCheck;
using DatasetBuilder.Cleaning;
using DatasetBuilder.Text;

namespace DatasetBuilder.Tests.Text;

/// <summary>
/// <see cref="CharFacts"/> answers from a table what the runtime's Unicode data answers: every UTF-16 unit is checked against
/// the calls it replaced, so the word counts and line shapes built on it cannot drift from them.
/// </summary>
public sealed class CharFactsTests
{
    [Fact]
    public void Of_EveryUtf16Unit_MatchesTheRuntimeCalls()
    {
        var wrong = new List<string>();
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            var facts = CharFacts.Of(c);
            var expected = (char.IsLetter(c), char.IsDigit(c), char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark, ArabicNormalizer.IsArabicLetter(c), char.IsLetterOrDigit(c));
            var actual = ((facts & CharFacts.Letter) != 0, (facts & CharFacts.Digit) != 0, (facts & CharFacts.NonSpacingMark) != 0, (facts & CharFacts.ArabicLetter) != 0, (facts & CharFacts.LetterOrDigit) != 0);
            if (actual != expected)
            {
                wrong.Add($"U+{i:X4}: {actual} instead of {expected}");
            }
        }

        wrong.ShouldBeEmpty();
    }

    [Theory]
    [InlineData('\u0628', CharFacts.Letter | CharFacts.ArabicLetter)]   // ب
    [InlineData('\u0640', CharFacts.Letter | CharFacts.ArabicLetter)]   // tatweel is a modifier letter
    [InlineData('\u064E', CharFacts.NonSpacingMark)]                    // fatha
    [InlineData('\u0663', CharFacts.Digit)]                             // ٣
    [InlineData('\u060C', 0)]                                           // ، is punctuation
    [InlineData('a', CharFacts.Letter)]
    [InlineData('\u0915', CharFacts.Letter)]                            // Devanagari ka, above the table
    [InlineData('\u0966', CharFacts.Digit)]                             // Devanagari zero, above the table
    [InlineData('\uFEFB', CharFacts.Letter | CharFacts.ArabicLetter)]   // lam-alef presentation form, above the table
    public void Of_KnownCharacters(char c, int expected) => CharFacts.Of(c).ShouldBe(expected);

    /// <summary>A word runs on through its marks: "كَتَبَ" is one word, and a mark after a space starts none.</summary>
    [Theory]
    [InlineData("كَتَبَ الوَلَدُ الدَّرسَ", 3)]
    [InlineData("عام ٢٠٢٤، في 3 مدن", 5)]
    [InlineData(" \u064E ", 0)]
    [InlineData("Cafe\u0301 au lait", 3)]
    public void WordCount_CountsRunsOfLettersDigitsAndTheirMarks(string text, int expected) => LineShape.WordCount(text).ShouldBe(expected);

    [Fact]
    public void PlainRun_Premise_EveryPlainCharacterIsAnArabicLetterAndNothingElse()
    {
        for (var c = '\u0621'; c <= '\u064A'; c++)
        {
            CharFacts.Of(c).ShouldBe(CharFacts.Letter | CharFacts.ArabicLetter, $"U+{(int)c:X4}");
        }

        CharFacts.Of(' ').ShouldBe(0);
    }

    /// <summary>Runs of plain characters with now and then another (a mark, a digit, punctuation, a letter just outside the range).</summary>
    [Fact]
    public void PlainRun_AnyText_TakesThePlainPrefixCountsWhatAWalkOfTheFlagsCountsAndWhatFollowsUpToAnArabicLetter() =>
        Gen.Frequency((20, Gen.Char['\u0621', '\u064A']), (6, Gen.Const(' ')), (1, Gen.Char["\u0620\u064B\u0660\u060C.a\u00A0\u0670"]))
            .Array[0, 40].Select(Gen.Bool, static (chars, inWord) => (Text: new string(chars), InWord: inWord))
            .Sample(sample =>
            {
                var (text, inWord) = sample;
                var prefix = 0;
                while (prefix < Math.Min(text.Length, CharFacts.BlockLength) && text[prefix] is ' ' or (>= '\u0621' and <= '\u064A'))
                {
                    prefix++;
                }

                var looked = text.Length >= CharFacts.BlockLength && System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated;
                var expectedTaken = looked ? prefix : 0;
                var following = 0;
                while (looked && prefix + following < CharFacts.BlockLength && text[prefix + following] is not (>= '\u0621' and <= '\u064A'))
                {
                    following++;
                }

                var (walked, letters, starts) = (inWord, 0, 0);
                for (var i = 0; i < expectedTaken; i++)
                {
                    var letter = (CharFacts.Of(text[i]) & CharFacts.Letter) != 0;
                    letters += letter ? 1 : 0;
                    starts += letter && !walked ? 1 : 0;
                    walked = letter;
                }

                var state = inWord;
                var taken = CharFacts.PlainRun(text, 0, ref state, out var runLetters, out var runStarts, out var others);

                (taken, runLetters, runStarts, state, others).ShouldBe((expectedTaken, letters, starts, walked, following), text);
            });

    /// <summary>Arabic lines of words, spaces and now and then a mark, a digit or punctuation, long enough for many blocks.</summary>
    [Fact]
    public void WordCount_ArabicLines_CountsTheRunsOfLettersDigitsAndTheirMarks() =>
        Gen.Frequency((30, Gen.Char['\u0621', '\u064A']), (8, Gen.Const(' ')), (1, Gen.Char["\u064E\u0651\u0663\u060C.\u061F3a\u00A0"]))
            .Array[0, 400].Select(static chars => new string(chars))
            .Sample(text => LineShape.WordCount(text).ShouldBe(System.Text.RegularExpressions.Regex.Count(text, @"[\p{L}\p{Nd}][\p{L}\p{Nd}\p{Mn}]*"), text));
}

using System.Globalization;
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
}

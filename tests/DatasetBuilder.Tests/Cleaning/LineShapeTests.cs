using System.Text.RegularExpressions;
using CsCheck;
using DatasetBuilder.Cleaning;
using DatasetBuilder.Text;

namespace DatasetBuilder.Tests.Cleaning;

/// <summary>The single-walk and pre-checked forms of the line tests against the definitions they stand for.</summary>
public sealed class LineShapeTests
{
    /// <summary>Lines of words, marks, digits of three systems, clause and sentence punctuation, credits, menu marks and quotes.</summary>
    private static readonly Gen<string> Line = Gen.OneOf(
            Gen.OneOf(Gen.Const("غمرت"), Gen.Const("المياه"), Gen.Const("أحياء"), Gen.Const("مدينة"), Gen.Const("صور"), Gen.Const("Reuters"),
                Gen.Const("فرانس برس"), Gen.Const("2024"), Gen.Const("١٠"), Gen.Const("café"), Gen.Const("и")),
            Gen.OneOf(Gen.Const(" "), Gen.Const(" "), Gen.Const("، "), Gen.Const(", "), Gen.Const("؛ "), Gen.Const(". "), Gen.Const("؟"), Gen.Const("..."),
                Gen.Const(" | "), Gen.Const(" • "), Gen.Const("·"), Gen.Const("«"), Gen.Const("»"), Gen.Const("\""), Gen.Const(" ("), Gen.Const(")"),
                Gen.Const("\u064E"), Gen.Const("\u0640"), Gen.Const("/"), Gen.Const("!")))
        .Array[0, 90].Select(static parts => string.Concat(parts).Trim());

    [Fact]
    public void IsBodyParagraph_AnyLine_IsItsDefinitionFromTheSeparateTests() =>
        Line.Sample(text => LineShape.IsBodyParagraph(text).ShouldBe(
            !LineShape.IsRunOn(text)
            && ((LineShape.WordCount(text) >= 6 && LineShape.IsSentence(text))
                || (LineShape.WordCount(text) >= 25 && LineShape.ArabicShare(text) >= 0.5 && LineShape.HasClausePunctuation(text)
                    && !LineShape.EndsWithCredit(text) && !LineShape.IsMenu(text))),
            text));

    /// <summary>Arabic prose as the corpus has it: long runs of letters and spaces (counted sixteen at a time) between punctuation.</summary>
    [Fact]
    public void IsBodyParagraph_ArabicProse_IsItsDefinitionFromTheSeparateTests() =>
        Gen.Frequency((30, Gen.Char['\u0621', '\u064A']), (7, Gen.Const(' ')), (1, Gen.Char["\u064E\u0663\u060C\u061B.|\u00BBa"]))
            .Array[0, 600].Select(Gen.OneOf(Gen.Const("."), Gen.Const("؟"), Gen.Const("")), static (chars, end) => new string(chars).Trim() + end)
            .Sample(text => LineShape.IsBodyParagraph(text).ShouldBe(
                !LineShape.IsRunOn(text)
                && ((LineShape.WordCount(text) >= 6 && LineShape.IsSentence(text))
                    || (LineShape.WordCount(text) >= 25 && LineShape.ArabicShare(text) >= 0.5 && LineShape.HasClausePunctuation(text)
                        && !LineShape.EndsWithCredit(text) && !LineShape.IsMenu(text))),
                text));

    [Fact]
    public void IsBodyParagraph_LongLines_AreJudgedAsTheDefinitionJudgesThem()
    {
        // Long enough for the 25-word and 120-word limits, with and without clause punctuation and a final stop.
        var words = string.Join(' ', Enumerable.Repeat("غمرت المياه أحياء", 45));
        foreach (var text in new[] { words, words + ".", words.Replace(" أحياء", "، أحياء", StringComparison.Ordinal), string.Join(' ', Enumerable.Repeat("غمرت المياه", 15)) + "، أحياء", words[..200] + " | عاجل | رياضة" })
        {
            LineShape.IsBodyParagraph(text).ShouldBe(
                !LineShape.IsRunOn(text) && ((LineShape.WordCount(text) >= 6 && LineShape.IsSentence(text))
                    || (LineShape.WordCount(text) >= 25 && LineShape.ArabicShare(text) >= 0.5 && LineShape.HasClausePunctuation(text)
                        && !LineShape.EndsWithCredit(text) && !LineShape.IsMenu(text))));
        }
    }

    [Fact]
    public void NormalizeLine_ArabicLettersAndMarks_AreNeverWhiteSpaceOrInvisible()
    {
        // ParagraphNormalizer.IsNormal passes U+0621..U+064A over without its white-space and formatting tests.
        for (var c = '\u0621'; c <= '\u064A'; c++)
        {
            (char.IsWhiteSpace(c) || InvisibleCharacters.IsInvisibleFormatting(c) || InvisibleCharacters.IsNoBreakSpace(c)).ShouldBeFalse($"U+{(int)c:X4}");
        }
    }

    [Fact]
    public void NormalizeLine_AnyLine_IsInStoredFormAfterwards() =>
        Line.Select(static l => "  " + l.Replace(" ", "  \u200f", StringComparison.Ordinal) + "\u00a0").Sample(text =>
        {
            var line = ParagraphNormalizer.NormalizeLine(text);
            ParagraphNormalizer.IsNormal(line).ShouldBeTrue();
            ParagraphNormalizer.NormalizeLine(line).ShouldBe(line);
        });

    /// <summary>
    /// The definition of a line in stored form, a character at a time: no space at either end nor two in a row, and no other
    /// white space, no-break space or invisible formatting anywhere.
    /// </summary>
    [Fact]
    public void IsNormal_AnyLine_IsItsCharacterByCharacterDefinition() =>
        Gen.Char["\u0627\u0628 ,.A1\t\n\r\u00A0\u2003\u2007\u202F\u3000\u0085\u1680\u2028\u200B\u200C\u200D\u200E\u200F\u061C\u202A\u202E\u2066\u2069\uFEFF\u2060\u064E"]
            .Array[0, 12].Select(static chars => new string(chars)).Sample(line =>
            {
                var normal = true;
                for (var i = 0; i < line.Length; i++)
                {
                    var c = line[i];
                    normal &= c == ' '
                        ? i > 0 && i < line.Length - 1 && line[i - 1] != ' '
                        : !(char.IsWhiteSpace(c) || InvisibleCharacters.IsNoBreakSpace(c) || InvisibleCharacters.IsInvisibleFormatting(c));
                }

                ParagraphNormalizer.IsNormal(line).ShouldBe(normal, line);
            });

    [Fact]
    public void Tokens_AnyKey_AreTheRunsOfLettersAndDigits() =>
        Line.Select(static l => ArabicNormalizer.Normalize(l)).Sample(key =>
        {
            var expected = Regex.Matches(key, @"[\p{L}\p{Nd}]+").Select(static m => m.Value).ToList();
            TopicWords.Tokens(key).ShouldBe(expected);
        });

    [Fact]
    public void CountTokens_AnyKey_CountsTheDistinctTokensAndThoseTheReferenceHas() =>
        Line.Select(static l => ArabicNormalizer.Normalize(l)).Sample(key =>
        {
            var distinct = Regex.Matches(key, @"[\p{L}\p{Nd}]+").Select(static m => m.Value).Distinct(StringComparer.Ordinal).ToList();
            var reference = new HashSet<string>(distinct.Where(static (_, i) => i % 3 == 0)) { "غيرموجود" };
            var scratch = default(TokenScratch);
            TopicWords.CountTokens(key, reference, ref scratch).ShouldBe((distinct.Count, distinct.Count(reference.Contains)), key);
            TopicWords.CountTokens(key + " " + key, reference, ref scratch).ShouldBe((distinct.Count, distinct.Count(reference.Contains)), key); // each once
        });
    [Theory]
    [InlineData("جانب من أحد عروض المهرجان على خشبة المركز - تصوير: روني عمر", true)]
    [InlineData("الطالبة الأولى تحتفل مع عائلتها | عدسة: أحمد مزهر", true)]
    [InlineData("سياح في ساحة السلطان أحمد بإسطنبول (AA)", true)]
    [InlineData("حريق في مستودع للأخشاب (أحمد علي/رويترز)", true)]          // photographer/agency
    [InlineData("السعر للمستهلك (جنيه/طن)", false)]                         // a table's header cell: a unit
    [InlineData("قال المصور إن العرض نجح. - تصوير: روني عمر", false)]        // a sentence before the dash is no caption
    [InlineData("وزارة التربية والتعليم - فلسطين", false)]                   // a dash, but no credit label
    [InlineData("المعرض - تصوير: فريق التصوير الصحفي في الجريدة اليومية", false)] // more words than a name
    public void EndsWithCredit_CaptionWithALabelledCreditAfterADash(string text, bool expected) =>
        LineShape.EndsWithCredit(text).ShouldBe(expected);
}

using CsCheck;
using DatasetBuilder.Text;

namespace DatasetBuilder.Tests.Text;

public sealed class ArabicNormalizerTests
{
    [Theory]
    [InlineData("أَحْمَد", "احمد")]            // diacritics and hamza on alef
    [InlineData("إسلام", "اسلام")]
    [InlineData("آتا", "اتا")]
    [InlineData("مـــدرسـة", "مدرسه")]        // tatweel, taa marbuta
    [InlineData("على", "علي")]                // alef maqsura
    [InlineData("١٠ يناير ٢٠٢٢", "10 يناير 2022")]
    [InlineData("۱۲۳", "123")]                // Persian digits
    [InlineData("  كازاخستان \u00A0\t اليوم  ", "كازاخستان اليوم")]
    [InlineData("\u200Fنص\u202Bمضمن\u202C", "نصمضمن")]
    [InlineData("Reuters", "reuters")]
    [InlineData("مسؤول سئل", "مسءول سءل")]     // hamza on waw and yeh: the bare hamza
    [InlineData("مسئول", "مسءول")]              // the other spelling of the same word meets it
    [InlineData("مسو\u0654ول شاطي\u0654", "مسءول شاطء")] // decomposed seat + hamza above, as NFKD gives it
    [InlineData("ﺋ", "ء")]                      // presentation form of yeh with hamza
    [InlineData("و ٔ", "و")]                    // a stray hamza mark after a space attaches to nothing
    [InlineData("ٱلرحمٰن", "الرحمن")]          // alef wasla, dagger alef (a mark)
    [InlineData("ﻻﺎﺳ", "لااس")]  // presentation forms (lam-alef ligature) unfold under NFKC
    [InlineData("أ", "ا")]           // decomposed alef + hamza above composes, then folds
    [InlineData("عدد ٣٥ و ۴۵", "عدد 35 و 45")]
    [InlineData("ＡＢ１２", "ab12")]                // fullwidth forms
    [InlineData("Cafe\u0301 café", "cafe cafe")]   // decomposed and precomposed accents meet
    public void Normalize_FoldsVariantsForMatching(string input, string expected) =>
        ArabicNormalizer.Normalize(input).ShouldBe(expected);

    [Fact]
    public void Normalize_IsIdempotent()
    {
        const string text = "تُوكاييف: أعمال الشغب تقودها «عصابات» إرهابية ٢٠٢٢";
        var once = ArabicNormalizer.Normalize(text);
        ArabicNormalizer.Normalize(once).ShouldBe(once);
    }

    [Fact]
    public void Normalize_AnyMixOfScripts_IsIdempotentAndHasNoDoubleSpaces()
    {
        // Arabic letters and marks, presentation forms, Latin with accents, fullwidth, digits of three systems, spaces.
        var chars = Gen.OneOf(Gen.Char['\u0600', '\u06FF'], Gen.Char['\uFB50', '\uFDFF'], Gen.Char['\uFE70', '\uFEFC'],
            Gen.Char['\u00A0', '\u024F'], Gen.Char['\uFF01', '\uFF5E'], Gen.Char[' ', '~'], Gen.Const('\u0640'), Gen.Const('\u00A0'));
        chars.Array[0, 40].Select(static a => new string(a)).Sample(text =>
        {
            var once = ArabicNormalizer.Normalize(text);
            ArabicNormalizer.Normalize(once).ShouldBe(once);
            once.ShouldNotContain("  ");
        });
    }

    [Fact]
    public void Normalize_FastPathLetters_FoldAsTheGeneralPathFoldsThem()
    {
        // The letters Normalize copies without the decomposition table and Append: none decomposes, none is white space or
        // the hamza above, and each folds as the fast path folds it. The hamza-seated letters next to them decompose: refused.
        var fast = Enumerable.Range(0x0621, 0x064A - 0x0621 + 1).Select(static c => (char)c).Where(static c => c is '\u0621' or (>= '\u0627' and <= '\u063A') or >= '\u0641');
        foreach (var c in fast)
        {
            CompatibilityDecomposition.Of(c).ShouldBeNull();
            char.IsWhiteSpace(c).ShouldBeFalse();
            ArabicNormalizer.Fold(c).ShouldBe(c switch { '\u0629' => '\u0647', '\u0649' => '\u064A', _ => c });
        }

        foreach (var seated in "\u0622\u0623\u0624\u0625\u0626")
        {
            CompatibilityDecomposition.Of(seated).ShouldNotBeNull();
        }
    }

    [Fact]
    public void Normalize_AnyMixOfScripts_IsWhatTheCharacterByCharacterFoldGives()
    {
        var chars = Gen.OneOf(Gen.Char['\u0600', '\u06FF'], Gen.Char['\uFB50', '\uFDFF'], Gen.Char['\uFE70', '\uFEFC'],
            Gen.Char['\u00A0', '\u024F'], Gen.Char[' ', '~'], Gen.Const('\u0654'), Gen.Const('\u0640'), Gen.Const(' '), Gen.Const('\u200F'));
        chars.Array[0, 40].Select(static a => new string(a)).Sample(text => ArabicNormalizer.Normalize(text).ShouldBe(Reference(text)));
    }

    /// <summary>Normalize without its fast paths: every character decomposed, then each folded (the general path).</summary>
    private static string Reference(string text)
    {
        var builder = new System.Text.StringBuilder();
        var pendingSpace = false;
        foreach (var original in text)
        {
            foreach (var c in CompatibilityDecomposition.Of(original) ?? original.ToString())
            {
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = builder.Length > 0;
                }
                else if (c == '\u0654' && !pendingSpace && builder.Length > 0 && builder[^1] is '\u0648' or '\u064A')
                {
                    builder[^1] = '\u0621';
                }
                else if (ArabicNormalizer.Fold(c) is var folded && folded != '\0')
                {
                    builder.Append(pendingSpace ? " " : string.Empty).Append(folded);
                    pendingSpace = false;
                }
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The table of folds below U+0700 gives what the character-by-character path gives, for every UTF-16 unit, alone and
    /// after what changes its treatment (a pending space, a waw or yeh that takes the hamza above, a letter), and before them.
    /// </summary>
    [Fact]
    public void Normalize_EveryCharacterInContext_IsWhatTheCharacterPathGives()
    {
        string[] before = ["", "ا", "و", "ي", " ", "ا ", "x"];
        string[] after = ["", "ٔ", " ب", "ة"];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = ((char)i).ToString();
            foreach (var b in before)
            {
                foreach (var a in after)
                {
                    var text = b + c + a;
                    var expected = Reference(text);
                    var actual = ArabicNormalizer.Normalize(text);
                    if (!string.Equals(actual, expected, StringComparison.Ordinal))
                    {
                        Assert.Fail($"U+{i:X4} in \"{text}\": {Escape(actual)} against {Escape(expected)}");
                    }
                }
            }
        }
    }

    private static string Escape(string s) => string.Concat(s.Select(static c => $"\\u{(int)c:X4}"));
}

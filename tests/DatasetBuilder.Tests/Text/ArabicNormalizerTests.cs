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
    public void Normalize_FoldsVariantsForMatching(string input, string expected) =>
        ArabicNormalizer.Normalize(input).ShouldBe(expected);

    [Fact]
    public void Normalize_IsIdempotent()
    {
        const string text = "تُوكاييف: أعمال الشغب تقودها «عصابات» إرهابية ٢٠٢٢";
        var once = ArabicNormalizer.Normalize(text);
        ArabicNormalizer.Normalize(once).ShouldBe(once);
    }
}

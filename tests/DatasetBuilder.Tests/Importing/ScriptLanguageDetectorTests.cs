using DatasetBuilder.Importing;

namespace DatasetBuilder.Tests.Importing;

public sealed class ScriptLanguageDetectorTests
{
    [Theory]
    [InlineData("Ru En\nتحييد خليتين متطرفتين في ألما-آتا\nФото: Creative Commons", "ar")]
    [InlineData("پژوهشگران گفتند که چگونه این گزارش را آماده کردند", "fa")]
    [InlineData("Власти сообщили о задержании", "ru")]
    [InlineData("Қазақстан үкіметі мәлімдеді", "kk")]
    [InlineData("The ministry said on Monday", "und")] // Latin script does not pin a language
    [InlineData("12:30 — 2022", "und")]
    public void Detect_Text_NamesTheLanguageByScript(string text, string expected) => ScriptLanguageDetector.Detect(text).ShouldBe(expected);
}

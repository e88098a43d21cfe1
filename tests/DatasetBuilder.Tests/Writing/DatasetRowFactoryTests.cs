using DatasetBuilder.Writing;

namespace DatasetBuilder.Tests.Writing;

public sealed class DatasetRowFactoryTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("فقرة", 1)]
    [InlineData("فقرة\n\nثانية", 2)]
    [InlineData("فقرة\nسطر\n\nثانية\n\nثالثة", 3)]
    [InlineData("a\n\n\nb", 2)]
    [InlineData("a\n\n\n\nb", 3)]
    [InlineData("\n\n", 2)]
    public void ParagraphCount_CleanedText_IsTheNumberOfBlankLineSeparatedParts(string text, int expected) =>
        DatasetRowFactory.ParagraphCount(text).ShouldBe(expected);

    [Fact]
    public void ParagraphCount_AnyText_IsWhatSplittingOnABlankLineGives()
    {
        var random = new Random(5);
        for (var i = 0; i < 5_000; i++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(1, 30)).Select(_ => random.Next(3) == 0 ? 'ن' : '\n')]);
            DatasetRowFactory.ParagraphCount(text).ShouldBe(text.Split("\n\n").Length, text.Replace("\n", "\\n", StringComparison.Ordinal));
        }
    }
}

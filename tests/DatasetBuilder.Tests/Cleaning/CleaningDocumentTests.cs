using DatasetBuilder.Cleaning;
using DatasetBuilder.Model;

namespace DatasetBuilder.Tests.Cleaning;

public sealed class CleaningDocumentTests
{
    private static CleaningDocument Document(string text) =>
        new(new CleaningContext { Article = new Article { Id = "a", Source = "site", Language = "ar", Title = "عنوان", Text = text } });

    [Fact]
    public void Kept_NothingRemoved_IsEveryNonBlankLine()
    {
        var document = Document("أول\n\nثان\nثالث\n");

        document.Kept().ShouldBe([0, 2, 3]);
        document.Kept().ToList().ShouldBe([0, 2, 3]);
    }

    [Fact]
    public void Kept_LineRemovedDuringTheWalk_IsSkippedWhenReached()
    {
        // Read live: a line removed before the walk reaches it is not visited (the rules remove only the line at hand, so for
        // them this equals walking a copy).
        var document = Document("أول\nثان\nثالث\nرابع");
        var visited = new List<int>();
        foreach (var i in document.Kept())
        {
            visited.Add(i);
            if (i == 0)
            {
                document.Remove(2, "test", "removed ahead");
            }
        }

        visited.ShouldBe([0, 1, 3]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("كلمة")]
    [InlineData("  عدة كلمات، هنا 12 و\u064Eنص  ")]
    public void Line_WordCount_IsTheWordCountOfItsText(string text) =>
        Document(text).Lines.ShouldAllBe(static l => l.WordCount == LineShape.WordCount(l.Text));
}

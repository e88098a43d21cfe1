using DatasetBuilder.Importing;
using DatasetBuilder.Model;
using DatasetBuilder.Reading;
using DatasetBuilder.Tests.Support;

namespace DatasetBuilder.Tests.Importing;

public sealed class ContributionWriterTests
{
    private static readonly Article Sample = new()
    {
        Id = "2022-01-10-abcdefabcdef",
        Source = "unknown",
        Language = "ar",
        Title = "عنوان \"مقتبس\"",
        Published = PartialDate.FromDay(new DateOnly(2022, 1, 10)),
        Authors = ["أحمد"],
        Text = "نص",
    };

    [Fact]
    public void Serialize_Article_WritesSchemaFieldOrderUnescapedArabicAndAFinalNewline()
    {
        ContributionWriter.Serialize(Sample).ShouldBe("""
            {
              "id": "2022-01-10-abcdefabcdef",
              "source": "unknown",
              "url": null,
              "language": "ar",
              "title": "عنوان \"مقتبس\"",
              "subtitle": null,
              "published": "2022-01-10",
              "authors": [
                "أحمد"
              ],
              "agency": null,
              "text": "نص"
            }

            """.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void TryWrite_ExistingFile_IsRefusedWithoutForceAndReplacedWithIt()
    {
        using var temp = new TempDirectory();
        var path = ContributionWriter.PathFor(new DataLayout(temp.Path), Sample);
        ContributionWriter.TryWrite(path, "first", force: false).ShouldBeTrue();

        ContributionWriter.TryWrite(path, "second", force: false).ShouldBeFalse();
        File.ReadAllText(path).ShouldBe("first");

        ContributionWriter.TryWrite(path, "third", force: true).ShouldBeTrue();
        File.ReadAllText(path).ShouldBe("third");
    }

    [Fact]
    public void PathFor_Article_IsArticlesSourceId() =>
        ContributionWriter.PathFor(new DataLayout("/d"), Sample).ShouldBe(Path.Combine(Path.GetFullPath("/d"), "articles", "unknown", "2022-01-10-abcdefabcdef.json"));
}

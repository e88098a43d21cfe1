using DatasetBuilder.Importing;

namespace DatasetBuilder.Tests.Importing;

public sealed class ArticleBlockSelectorTests
{
    private const string Long = "فقرة طويلة من نص المقال فيها أكثر من عشر كلمات كي تعد فقرة حقيقية";

    [Fact]
    public void Select_HeaderAndTailChrome_AreDropped()
    {
        string[] blocks = ["2026-01-08 | 12:42", "مشاهدات عالية", "2min", Long + " 1", "عنوان فرعي", Long + " 2", "منوعات", "وسم", "التالي", "السابق", "خبر آخر لا علاقة له", "0", Long + " 3"];

        ArticleBlockSelector.Select(blocks).ShouldBe([Long + " 1", "عنوان فرعي", Long + " 2"]);
    }

    [Fact]
    public void Select_TwoRuns_KeepsTheOneWithMoreText()
    {
        string[] blocks = [Long, "a", "b", "c", "d", Long + " " + Long, Long];

        ArticleBlockSelector.Select(blocks).ShouldBe([Long + " " + Long, Long]);
    }

    [Fact]
    public void Select_NoParagraphLongBlock_KeepsEverythingVisible()
    {
        ArticleBlockSelector.Select(["سطر قصير", "\uFEFF", "سطر آخر"]).ShouldBe(["سطر قصير", "سطر آخر"]);
    }
}

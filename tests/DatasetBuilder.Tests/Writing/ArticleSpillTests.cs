using DatasetBuilder.Tests.Support;
using DatasetBuilder.Writing;

namespace DatasetBuilder.Tests.Writing;

public sealed class ArticleSpillTests
{
    [Fact]
    public void Read_RecordsAppended_ComeBackFieldForFieldByOffsetWithoutTheirCluster()
    {
        using var temp = new TempDirectory();
        var full = Row("b-2", "نص أول\n\nفقرة", new DateOnly(2022, 1, 10), "أحمد");
        var sparse = new DatasetRow { Id = "a-1", Source = "unknown", Title = "t", Language = "ar", Text = string.Empty, TextSha256 = "x", RawSha256 = "y" };
        var removal = new RemovalAuditRow { Id = "b-2", Rule = "footer", Start = 3, Length = 4, Reason = "site name", RemovedText = "موقع" };
        using var spill = new ArticleSpill(temp.Combine("spill"));

        var first = spill.Append(ArticleSpill.Encode(new SpilledArticle(full, [removal])));
        var second = spill.Append(ArticleSpill.Encode(new SpilledArticle(sparse, [])));

        var (row, removals) = spill.Read(first);
        row.DedupCluster.ShouldBeEmpty();
        System.Text.Json.JsonSerializer.Serialize(row).ShouldBe(System.Text.Json.JsonSerializer.Serialize(full));
        System.Text.Json.JsonSerializer.Serialize(removals.ShouldHaveSingleItem()).ShouldBe(System.Text.Json.JsonSerializer.Serialize(removal));
        System.Text.Json.JsonSerializer.Serialize(spill.Read(second).Row).ShouldBe(System.Text.Json.JsonSerializer.Serialize(sparse));
    }

    [Fact]
    public void ReadWithoutText_AnyRecord_IsReadLeavingOnlyTheBodyEmpty()
    {
        using var temp = new TempDirectory();
        using var spill = new ArticleSpill(temp.Combine("spill"));
        var bodies = new[] { string.Empty, "نص", new string('ب', 200), new string('x', 127), new string('x', 128), new string('ن', 70_000) };
        foreach (var (text, i) in bodies.Select(static (t, i) => (t, i)))
        {
            var removal = new RemovalAuditRow { Id = "r" + i, Rule = "footer", Start = i, Length = 2, Reason = "site name", RemovedText = "موقع" };
            var row = i % 2 == 0 ? Row("r" + i, text, new DateOnly(2022, 1, 10), "أحمد") : new DatasetRow { Id = "r" + i, Source = "s", Title = "t", Language = "ar", Text = text, TextSha256 = "x", RawSha256 = "y" };
            var offset = spill.Append(ArticleSpill.Encode(new SpilledArticle(row, i == 0 ? [] : [removal, removal])));

            var full = spill.Read(offset);
            var (lean, removals) = spill.ReadWithoutText(offset);
            lean.Text.ShouldBeEmpty();
            lean.Text = full.Row.Text;
            System.Text.Json.JsonSerializer.Serialize(lean).ShouldBe(System.Text.Json.JsonSerializer.Serialize(full.Row));
            System.Text.Json.JsonSerializer.Serialize(removals).ShouldBe(System.Text.Json.JsonSerializer.Serialize(full.Removals));
        }
    }

    [Fact]
    public void Dispose_Spill_DeletesItsFile()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("spill");
        using (var spill = new ArticleSpill(path))
        {
            spill.Append(ArticleSpill.Encode(new SpilledArticle(Row("a", "نص", null, null), [])));
            File.Exists(path).ShouldBeTrue();
        }

        File.Exists(path).ShouldBeFalse();
    }

    private static DatasetRow Row(string id, string text, DateOnly? date, string? author) => new()
    {
        Id = id, Source = "site", SourceName = "Site", Url = "https://x.org/" + id, Title = "عنوان", Subtitle = "فرعي",
        PublishedDate = date, PublishedPrecision = date is null ? null : "day", Language = "ar",
        Authors = author is null ? [] : [author, "سارة"], Agency = "وكالة", Text = text, CharCount = text.Length, WordCount = 3,
        ParagraphCount = 2, TextSha256 = "t", RawSha256 = "r", RemovedCharCount = 9,
    };
}

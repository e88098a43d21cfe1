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

    /// <summary>
    /// The title read from a record's head is the record's title: records shorter and longer than the head, urls and titles
    /// long enough that the title ends past the head (or starts past it), the last record of the file.
    /// </summary>
    [Fact]
    public void ReadTitle_AnyRecord_IsTheRecordsTitle()
    {
        using var temp = new TempDirectory();
        using var spill = new ArticleSpill(temp.Combine("spill"));
        var offsets = new List<long>();
        foreach (var url in new[] { 0, 100, 3_900, 4_200, 9_000 })
        {
            foreach (var title in new[] { 1, 60, 300, 3_000 })
            {
                foreach (var body in new[] { 0, 20_000 })
                {
                    var row = Row($"u{url}-t{title}-b{body}", new string('ن', body), null, "أحمد");
                    row.Url = url == 0 ? null : "https://example.com/" + new string('a', url);
                    row.Title = string.Concat(Enumerable.Range(0, title).Select(static i => (char)(0x0621 + (i % 40))));
                    offsets.Add(spill.Append(ArticleSpill.Encode(new SpilledArticle(row, []))));
                }
            }
        }

        foreach (var offset in offsets)
        {
            spill.ReadTitle(offset).ShouldBe(spill.Read(offset).Row.Title);
        }
    }

    /// <summary>
    /// A cursor reads what a positional read reads, through its window: records skipped, records across the window's end,
    /// a record larger than the window, bodies with every kind of UTF-16 unit (a lone surrogate is kept as it was).
    /// </summary>
    [Fact]
    public void Cursor_ForwardWithSkips_ReadsWhatPositionalReadsRead()
    {
        using var temp = new TempDirectory();
        using var spill = new ArticleSpill(temp.Combine("spill"));
        var random = new Random(7);
        var offsets = new List<long>();
        for (var i = 0; i < 400; i++)
        {
            var length = i == 150 ? 700_000 : random.Next(0, 9_000);
            var text = new string([.. Enumerable.Range(0, length).Select(k => (char)(k % 97 == 0 ? 0xD800 : 0x0621 + random.Next(0, 40)))]);
            var removal = new RemovalAuditRow { Id = "r" + i, Rule = "footer", Start = i, Length = 2, Reason = "site name", RemovedText = "موقع" };
            offsets.Add(spill.Append(ArticleSpill.Encode(new SpilledArticle(Row($"r{i:D3}", text, null, i % 3 == 0 ? null : "أحمد"), i % 2 == 0 ? [] : [removal]))));
        }

        var cursor = spill.OpenCursor();
        var lean = spill.OpenCursor();
        var rows = spill.OpenCursor();
        var arena = new TextArena();
        var group = new List<(ReadOnlyMemory<char> Text, string Expected)>();
        foreach (var offset in offsets.Where((_, i) => i % 5 != 1))
        {
            var expected = spill.Read(offset);
            var read = cursor.Read(offset);
            string.CompareOrdinal(read.Row.Text, expected.Row.Text).ShouldBe(0);
            System.Text.Json.JsonSerializer.Serialize(read.Row).ShouldBe(System.Text.Json.JsonSerializer.Serialize(expected.Row));
            System.Text.Json.JsonSerializer.Serialize(read.Removals).ShouldBe(System.Text.Json.JsonSerializer.Serialize(expected.Removals));
            System.Text.Json.JsonSerializer.Serialize(lean.ReadWithoutText(offset)).ShouldBe(System.Text.Json.JsonSerializer.Serialize(spill.ReadWithoutText(offset)));
            var row = rows.ReadRow(offset, arena, out var body);
            row.Text.ShouldBeEmpty();
            group.Add((body, expected.Row.Text));
            row.Text = body.ToString();
            System.Text.Json.JsonSerializer.Serialize(row).ShouldBe(System.Text.Json.JsonSerializer.Serialize(expected.Row));
            if (group.Count == 40)
            {
                // A row group's bodies stay intact until the arena is reset, however many blocks they fill.
                group.Where(g => !g.Text.Span.SequenceEqual(g.Expected)).ShouldBeEmpty();
                group.Clear();
                arena.Reset();
            }
        }

        group.Where(g => !g.Text.Span.SequenceEqual(g.Expected)).ShouldBeEmpty();

        Should.Throw<ArgumentOutOfRangeException>(() => cursor.Read(offsets[0]));
    }

    [Fact]
    public void Read_StringsAsStored_KeepEveryUtf16UnitOfTheBody()
    {
        using var temp = new TempDirectory();
        using var spill = new ArticleSpill(temp.Combine("spill"));
        var text = "نص\u0640\u064B \ud83d\ude00 \ud800 \u200F،؛؟ ٣";
        var offset = spill.Append(ArticleSpill.Encode(new SpilledArticle(Row("a", text, null, null), [])));
        string.CompareOrdinal(spill.Read(offset).Row.Text, text).ShouldBe(0);
        string.CompareOrdinal(spill.OpenCursor().Read(offset).Row.Text, text).ShouldBe(0);
    }

    [Fact]
    public void Read_CutRecord_IsAnErrorNamingTheSpill()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("spill");
        using var spill = new ArticleSpill(path);
        var record = ArticleSpill.Encode(new SpilledArticle(Row("a", "نص طويل", null, null), []));
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(record.AsSpan(4), 1_000); // the id claims more than the record holds
        var offset = spill.Append(record);
        Should.Throw<EndOfStreamException>(() => spill.Read(offset)).Message.ShouldContain("spill");
        Should.Throw<EndOfStreamException>(() => spill.OpenCursor().Read(offset)).Message.ShouldContain("spill");
        var past = spill.Append(new byte[] { 100, 0, 0, 0, 1 }); // a length prefix running past the end of the file
        Should.Throw<EndOfStreamException>(() => spill.Read(past)).Message.ShouldContain(path);
        Should.Throw<EndOfStreamException>(() => spill.OpenCursor().Read(past)).Message.ShouldContain(path);
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

using DatasetBuilder.Pipeline;
using DatasetBuilder.Tests.Support;
using DatasetBuilder.Writing;
using Microsoft.Extensions.Time.Testing;
using Parquet;
using Parquet.Serialization;
using ParquetSharp;

namespace DatasetBuilder.Tests.Writing;

/// <summary>
/// Proof that readers other than Parquet.Net see what we meant: the release built from the repository's data is read back
/// with ParquetSharp (Apache Arrow's C++ implementation), Parquet.Net and DuckDB, and all three agree with the contributions.
/// </summary>
public sealed class ParquetReadBackTests : IClassFixture<ParquetReadBackTests.Release>
{
    private readonly Release _release;

    public ParquetReadBackTests(Release release) => _release = release;

    [Fact]
    public void ParquetSharp_SeesOneRowPerArticleWithTypedColumns()
    {
        using var reader = new ParquetFileReader(_release.ShardPath);
        var meta = reader.FileMetaData;
        meta.NumRows.ShouldBe(_release.ContributedIds.Count);
        var schema = meta.Schema;
        schema.Column(schema.ColumnIndex("published_date")).LogicalType.ShouldBeOfType<DateLogicalType>();
        schema.Column(schema.ColumnIndex("id")).LogicalType.ShouldBeOfType<StringLogicalType>();
        schema.Column(schema.ColumnIndex("char_count")).PhysicalType.ShouldBe(PhysicalType.Int32);
        using var group = reader.RowGroup(0);
        group.MetaData.GetColumnChunkMetaData(0).Compression.ShouldBe(Compression.Zstd);
    }

    [Fact]
    public async Task ThreeReaders_AgreeOnEveryValue()
    {
        var netRows = (await ParquetSerializer.DeserializeAsync<DatasetRow>(_release.ShardPath)).Data.ToList();
        var sharp = ReadWithParquetSharp(_release.ShardPath);
        using var duck = DuckDbReader.Read(_release.ShardPath);
        List<System.Text.Json.JsonElement> duckRows = [.. duck.RootElement.GetProperty("rows").EnumerateArray()];

        netRows.Select(r => r.Id).ShouldBe(_release.ContributedIds);
        sharp.Ids.ShouldBe(_release.ContributedIds);
        duckRows.Select(r => r.GetProperty("id").GetString()).ShouldBe(_release.ContributedIds);

        for (var i = 0; i < netRows.Count; i++)
        {
            var row = netRows[i];
            var duckRow = duckRows[i];
            sharp.Texts[i].ShouldBe(row.Text);
            duckRow.GetProperty("text").GetString().ShouldBe(row.Text);
            sharp.Titles[i].ShouldBe(row.Title);
            duckRow.GetProperty("title").GetString().ShouldBe(row.Title);
            var expectedDate = row.PublishedDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            sharp.Dates[i].ShouldBe(expectedDate);
            (duckRow.GetProperty("published_date").ValueKind == System.Text.Json.JsonValueKind.Null ? null : duckRow.GetProperty("published_date").GetString()).ShouldBe(expectedDate);
            sharp.Authors[i].ShouldBe(row.Authors);
            duckRow.GetProperty("authors").EnumerateArray().Select(a => a.GetString()).ShouldBe(row.Authors);
        }

        var types = new Dictionary<string, string?>();
        foreach (var c in duck.RootElement.GetProperty("columns").EnumerateArray())
        {
            types[c.GetProperty("name").GetString()!] = c.GetProperty("type").GetString();
        }

        types["published_date"].ShouldBe("DATE");
        types["authors"].ShouldBe("VARCHAR[]");
        types["char_count"].ShouldBe("INTEGER");
    }

    [Fact]
    public async Task Values_MatchTheContributions()
    {
        var rows = (await ParquetSerializer.DeserializeAsync<DatasetRow>(_release.ShardPath)).Data.ToDictionary(r => r.Id);
        var dated = rows["2022-01-10-3293e65aecb4"];
        dated.PublishedDate.ShouldBe(new DateOnly(2022, 1, 10));
        dated.PublishedPrecision.ShouldBe("day");
        dated.Agency.ShouldBe("تاس");
        dated.Source.ShouldBe("russia-islamic-world");
        rows["undated-60ebd3c76254"].PublishedDate.ShouldBeNull();
        rows["undated-2eb6d0263435"].Authors.ShouldBe(["ريم صالح"]);
        rows.Values.ShouldAllBe(r => r.Language == "ar" && r.Text.Length > 0 && r.TextSha256.Length == 64);
    }

    private static (List<string> Ids, List<string> Titles, List<string> Texts, List<string?> Dates, List<string[]> Authors) ReadWithParquetSharp(string path)
    {
        using var reader = new ParquetFileReader(path);
        var schema = reader.FileMetaData.Schema;
        var ids = new List<string>();
        var titles = new List<string>();
        var texts = new List<string>();
        var dates = new List<string?>();
        var authors = new List<string[]>();
        for (var g = 0; g < reader.FileMetaData.NumRowGroups; g++)
        {
            using var group = reader.RowGroup(g);
            var n = checked((int)group.MetaData.NumRows);
            ids.AddRange(group.Column(schema.ColumnIndex("id")).LogicalReader<string>().ReadAll(n));
            titles.AddRange(group.Column(schema.ColumnIndex("title")).LogicalReader<string>().ReadAll(n));
            texts.AddRange(group.Column(schema.ColumnIndex("text")).LogicalReader<string>().ReadAll(n));
            dates.AddRange(group.Column(schema.ColumnIndex("published_date")).LogicalReader<Date?>().ReadAll(n)
                .Select(d => d?.DateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
            authors.AddRange(group.Column(schema.ColumnIndex("authors.list.element")).LogicalReader<string[]>().ReadAll(n));
        }

        return (ids, titles, texts, dates, authors);
    }

    /// <summary>One release built from a copy of the repository's data, shared by the tests of this class.</summary>
    public sealed class Release : IAsyncLifetime, IDisposable
    {
        private readonly TempDirectory _temp = new();

        public string ShardPath { get; private set; } = string.Empty;

        public List<string> ContributedIds { get; private set; } = [];

        public async Task InitializeAsync()
        {
            var data = TestCorpus.CopyRepositoryData(_temp);
            ContributedIds = [.. Directory.EnumerateFiles(Path.Combine(data, "articles"), "*.json", SearchOption.AllDirectories)
                .Select(Path.GetFileNameWithoutExtension).Select(id => id!).Order(StringComparer.Ordinal)];
            var result = await new BuildPipeline(new FakeTimeProvider(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero))).RunAsync(new BuildOptions { DataRoot = data, OutputRoot = _temp.Combine("dist"), Version = "1.0.0" });
            result.Outcome.ShouldBe(BuildOutcome.Written, result.Message);
            ShardPath = Path.Combine(result.ReleaseDirectory!, "data", "train-00000-of-00001.parquet");
        }

        public Task DisposeAsync()
        {
            Dispose();
            return Task.CompletedTask;
        }

        public void Dispose() => _temp.Dispose();
    }
}

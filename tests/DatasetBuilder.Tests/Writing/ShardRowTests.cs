using DatasetBuilder.Datasheet;
using DatasetBuilder.Writing;
using Parquet;
using Parquet.Serialization;

namespace DatasetBuilder.Tests.Writing;

/// <summary>
/// The streaming build writes its shards from <see cref="ShardRow"/>s (the body as memory in a <see cref="TextArena"/>), every
/// other writer from <see cref="DatasetRow"/>s: the two must give the same file, byte for byte, and the same split size.
/// </summary>
public sealed class ShardRowTests
{
    [Fact]
    public void Schema_IsTheDatasetRowsSchema()
    {
        typeof(ShardRow).GetParquetSchema(forWriting: false).ShouldBe(typeof(DatasetRow).GetParquetSchema(forWriting: false));
    }

    [Fact]
    public async Task Serialize_RowsOfEveryShape_SameBytesAsTheDatasetRows()
    {
        var random = new Random(11);
        var rows = Enumerable.Range(0, 300).Select(i => RandomRow(random, i)).ToList();
        var arena = new TextArena();
        var shardRows = rows.Select(r => new ShardRow(r, arena.Add(r.Text))).ToList();
        var options = new ParquetOptions { CompressionMethod = CompressionMethod.Zstd };
        using var fromRows = new MemoryStream();
        using var fromShardRows = new MemoryStream();

        await ParquetSerializer.SerializeAsync(rows, fromRows, options);
        await ParquetSerializer.SerializeAsync(shardRows, fromShardRows, options);

        fromShardRows.ToArray().SequenceEqual(fromRows.ToArray()).ShouldBeTrue();
    }

    [Fact]
    public void SplitSize_IsTheDatasetRowsSize()
    {
        var random = new Random(12);
        var arena = new TextArena();
        for (var i = 0; i < 200; i++)
        {
            var row = RandomRow(random, i);
            SplitSize.Bytes(new ShardRow(row, arena.Add(row.Text))).ShouldBe(SplitSize.Bytes(row));
        }
    }

    private static DatasetRow RandomRow(Random random, int i)
    {
        string Text(int max) => new([.. Enumerable.Range(0, random.Next(0, max)).Select(_ => random.Next(8) == 0 ? ' ' : (char)(0x0621 + random.Next(0, 40)))]);
        string? Maybe(int max) => random.Next(3) == 0 ? null : Text(max);
        return new DatasetRow
        {
            Id = $"a{i:D4}",
            Source = "s" + random.Next(4),
            SourceName = Maybe(10),
            Url = Maybe(40),
            Title = Text(60),
            Subtitle = Maybe(60),
            PublishedDate = random.Next(3) == 0 ? null : new DateOnly(2020, 1, 1).AddDays(random.Next(2000)),
            PublishedPrecision = Maybe(5),
            Language = "ar",
            Authors = [.. Enumerable.Range(0, random.Next(3)).Select(_ => Text(12))],
            Agency = Maybe(8),
            Text = Text(3000),
            CharCount = random.Next(5000),
            WordCount = random.Next(900),
            ParagraphCount = random.Next(30),
            TextSha256 = Text(64),
            RawSha256 = Text(64),
            RemovedCharCount = random.Next(500),
            DedupCluster = $"a{random.Next(300):D4}",
            DedupClusterSize = random.Next(1, 4),
        };
    }
}

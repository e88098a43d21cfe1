using DatasetBuilder.Tests.Support;
using DatasetBuilder.Writing;
using Parquet;
using Parquet.Serialization;

namespace DatasetBuilder.Tests.Writing;

public sealed class RemovalAuditFileTests
{
    [Fact]
    public async Task AddAsync_MoreRowsThanAGroup_WritesFullGroupsThenTheRestInOrder()
    {
        using var temp = new TempDirectory();
        var rows = Enumerable.Range(0, 7).Select(static i => new RemovalAuditRow { Id = $"a{i}", Rule = "footer", Start = i, Length = 1, Reason = "r", RemovedText = "نص" }).ToList();

        var audit = RemovalAuditFile.Create(temp.Path, rowsPerRowGroup: 3);
        await using (audit)
        {
            await audit.AddAsync(rows.Take(4));
            await audit.AddAsync(rows.Skip(4));
            await audit.CompleteAsync();
        }

        await using var stream = File.OpenRead(temp.Combine(RemovalAuditWriter.RelativePath));
        await using (var reader = await ParquetReader.CreateAsync(stream))
        {
            reader.RowGroupCount.ShouldBe(3);
        }

        stream.Position = 0;
        (await ParquetSerializer.DeserializeAsync<RemovalAuditRow>(stream)).Data.Select(static r => r.Id).ShouldBe(rows.Select(static r => r.Id));
    }

    [Fact]
    public async Task CompleteAsync_NoRows_WritesAReadableEmptyFile()
    {
        using var temp = new TempDirectory();

        var audit = RemovalAuditFile.Create(temp.Path);
        await using (audit)
        {
            await audit.CompleteAsync();
        }

        await using var stream = File.OpenRead(temp.Combine(RemovalAuditWriter.RelativePath));
        (await ParquetSerializer.DeserializeAsync<RemovalAuditRow>(stream)).Data.ShouldBeEmpty();
    }
}

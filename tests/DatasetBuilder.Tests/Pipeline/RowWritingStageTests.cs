using DatasetBuilder.Deduplication;
using DatasetBuilder.Pipeline;
using DatasetBuilder.Tests.Support;
using DatasetBuilder.Writing;

namespace DatasetBuilder.Tests.Pipeline;

/// <summary>
/// Pass 3 reads the spill back as the shards are written: every kept row arrives once and in order, and a failure of the
/// writer or of the spill surfaces as itself (while the audit writer reads the same spill on another thread), never as a wait.
/// </summary>
public sealed class RowWritingStageTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <summary>One row per row group: every row is a row group of its own, so the spill and the writer take turns at each row.</summary>
    private static readonly ParquetLayout OneRowGroups = new() { RowsPerRowGroup = 1 };

    [Fact]
    public async Task RunAsync_RowGroupsOfOneRow_WritesEveryKeptRowInIdOrder()
    {
        using var temp = new TempDirectory();
        var (facts, cleaned, dedup) = CleanAndDeduplicate(temp);
        using var spill = cleaned.Spill;

        var rows = await new RowWritingStage(OneRowGroups).RunAsync(temp.Combine("staging"), cleaned, dedup, new StageClock(null), CancellationToken.None).WaitAsync(Patience);

        var kept = facts.Where((_, slot) => dedup.Assignments.ByIndex(slot).IsKept).Select(static f => f.Id).ToList();
        rows.Count.ShouldBe(kept.Count);
        var ids = await ParquetIds(Path.Combine(temp.Combine("staging"), rows.DataFiles.Single()));
        ids.ShouldBe(kept);
    }

    /// <summary>
    /// What the stage tallies as it writes (the split's size for the card, the records' fingerprints for the next changelog) is
    /// that of the rows it wrote, read back from the shard: the fingerprints are taken on the audit's thread from rows without
    /// their bodies, the size on the rows' thread, where the body and the cluster are known.
    /// </summary>
    [Fact]
    public async Task RunAsync_SizeAndFingerprints_AreThoseOfTheRowsWritten()
    {
        using var temp = new TempDirectory();
        var (_, cleaned, dedup) = CleanAndDeduplicate(temp);
        using var spill = cleaned.Spill;

        var rows = await new RowWritingStage(ParquetLayout.Default).RunAsync(temp.Combine("staging"), cleaned, dedup, new StageClock(null), CancellationToken.None).WaitAsync(Patience);

        var written = (await Parquet.Serialization.ParquetSerializer.DeserializeAsync<DatasetRow>(Path.Combine(temp.Combine("staging"), rows.DataFiles.Single()))).Data;
        written.Count.ShouldBeGreaterThan(1);
        rows.Figures.SplitBytes.ShouldBe(DatasetBuilder.Datasheet.SplitSize.Bytes(written));
        rows.Fingerprints.ToList().ShouldBe([.. written.Select(DatasetBuilder.Releases.RecordFingerprint.From)]);
    }

    [Fact]
    public async Task RunAsync_WriterCannotCreateItsFolder_FailsWithTheWritersErrorAndTheReaderStops()
    {
        using var temp = new TempDirectory();
        var (facts, cleaned, dedup) = CleanAndDeduplicate(temp);
        using var spill = cleaned.Spill;
        // A file where the shards' folder must go: the writer fails before it reads a row, with more rows still to come.
        File.WriteAllText(temp.Combine("staging", "data"), "in the way");

        var writing = new RowWritingStage(OneRowGroups).RunAsync(temp.Combine("staging"), cleaned, dedup, new StageClock(null), CancellationToken.None);

        await Should.ThrowAsync<IOException>(() => writing.WaitAsync(Patience));
    }

    [Fact]
    public async Task RunAsync_SpillRecordCutShort_FailsWithTheReadersError()
    {
        using var temp = new TempDirectory();
        var (facts, cleaned, dedup) = CleanAndDeduplicate(temp);
        using var spill = cleaned.Spill;
        // The second kept row's record "starts" two bytes before the spill's end: the reader fails after handing one row over.
        var offsets = cleaned.Offsets.ToArray();
        var second = Enumerable.Range(0, offsets.Length).Where(slot => dedup.Assignments.ByIndex(slot).IsKept).ElementAt(1);
        var end = new FileInfo(cleaned.Spill.Path).Length;
        for (var slot = second; slot < offsets.Length; slot++)
        {
            offsets[slot] = end - 2;
        }

        var writing = new RowWritingStage(OneRowGroups).RunAsync(temp.Combine("staging"), cleaned with { Offsets = offsets }, dedup, new StageClock(null), CancellationToken.None);

        var error = await Should.ThrowAsync<EndOfStreamException>(() => writing.WaitAsync(Patience));
        error.Message.ShouldContain("ends inside a record");
    }

    /// <summary>The repository's articles through passes 1 and 2 and deduplication, as the writing stage receives them.</summary>
    private static (List<ArticleFacts> Facts, CleanedCorpus Cleaned, DeduplicationResult Dedup) CleanAndDeduplicate(TempDirectory temp)
    {
        var (facts, _) = CleaningStageTests.Facts(temp);
        var cleaned = CleaningStageTests.Run(temp, facts);
        return (facts, cleaned, DeduplicationStage.Run(cleaned));
    }

    private static async Task<List<string>> ParquetIds(string path) =>
        [.. (await Parquet.Serialization.ParquetSerializer.DeserializeAsync<DatasetRow>(path)).Data.Select(static r => r.Id)];
}

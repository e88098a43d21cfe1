using System.Runtime.InteropServices;
using DatasetBuilder.Cleaning;
using DatasetBuilder.Datasheet;
using DatasetBuilder.Deduplication;
using DatasetBuilder.Releases;
using DatasetBuilder.Writing;

namespace DatasetBuilder.Pipeline;

/// <summary>
/// Pass 3: reads the spill back in id order, fills in each kept row's cluster, and writes the Parquet shards (a row group as
/// each fills) and the cleaning audit, while tallying the datasheet figures, the record fingerprints and the removals.
/// </summary>
internal sealed class RowWritingStage(ParquetLayout layout)
{
    public async Task<WrittenRows> RunAsync(string staging, CleanedCorpus corpus, DeduplicationResult dedup, StageClock clock, CancellationToken cancellationToken)
    {
        var table = corpus.Signatures;
        var kept = 0;
        for (var slot = 0; slot < table.Count; slot++)
        {
            kept += dedup.Assignments.ByIndex(slot).IsKept && !corpus.IsLeftOut(slot) ? 1 : 0;
        }

        var tally = new DatasheetTally();
        var fingerprints = new RecordFingerprintList(kept);
        var samples = new List<DatasetRow>(DatasheetWriter.SampleRows);

        // The audit is a file of its own: it is written from its own read of the spill (without the bodies, which it does not
        // need) on the other core while the shards are compressed (Parquet.Net compresses a row group on one thread), and the
        // records' fingerprints, which need no body either (two SHA-256s and a JSON array a row), are taken there too: the
        // shards' thread is the one the stage waits for. The tally stays with the rows: the split's size counts the body.
        var auditing = Task.Run(() => WriteAuditAsync(staging, corpus, dedup, fingerprints, cancellationToken), cancellationToken);

        // The bodies of a row group are copied into reused blocks (ShardRow), not made strings: tens of MB a row group that
        // lived just long enough to be copied through every generation of the heap (1.9 s of a 5.7 s stage at 100k articles
        // was the collector's). The writer frees the blocks after each row group.
        var arena = new TextArena();
        IEnumerable<ShardRow> Rows()
        {
            var written = 0;
            var spill = corpus.Spill.OpenCursor();
            for (var slot = 0; slot < table.Count; slot++)
            {
                var cluster = dedup.Assignments.ByIndex(slot);
                if (!cluster.IsKept || corpus.IsLeftOut(slot))
                {
                    continue;
                }

                var row = spill.ReadRow(corpus.Offsets[slot], arena, out var text);
                row.DedupCluster = cluster.ClusterId;
                row.DedupClusterSize = dedup.Assignments.ClusterSize(cluster.ClusterId);
                var shardRow = new ShardRow(row, text);
                tally.Add(row, SplitSize.Bytes(shardRow));
                if (samples.Count < DatasheetWriter.SampleRows)
                {
                    row.Text = text.ToString(); // the datasheet quotes its sample rows' bodies
                    samples.Add(row);
                }

                if (++written % 1000 == 0)
                {
                    clock.Report(written, kept);
                }

                yield return shardRow;
            }
        }

        IReadOnlyList<string> dataFiles;
        IReadOnlyList<RemovalTally> removals;
        try
        {
            dataFiles = await new ParquetShardWriter(layout).WriteRowsAsync(staging, Rows().ToAsyncEnumerable(), kept, arena.Reset, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // Never leave the audit writer running on a folder that is about to be discarded.
            removals = await auditing.ConfigureAwait(false);
        }

        await RecordListing.WriteAsync(staging, fingerprints, cancellationToken).ConfigureAwait(false);
        return new WrittenRows
        {
            DataFiles = dataFiles,
            Count = kept,
            Fingerprints = fingerprints,
            Figures = tally.Figures(),
            Samples = samples,
            Removals = removals,
        };
    }

    /// <summary>
    /// Writes the audit of the kept articles in id order and returns what was removed, by source then rule; adds each kept
    /// row's fingerprint to <paramref name="fingerprints"/> (in id order, under the id string the build holds anyway, not the
    /// copy decoded from the spill).
    /// </summary>
    private static async Task<IReadOnlyList<RemovalTally>> WriteAuditAsync(
        string staging, CleanedCorpus corpus, DeduplicationResult dedup, RecordFingerprintList fingerprints, CancellationToken cancellationToken)
    {
        var removals = new SortedDictionary<(string Source, string Rule), (int Articles, int Spans, long Characters)>(SourceRuleComparer.Instance);
        var audit = RemovalAuditFile.Create(staging);
        await using (audit.ConfigureAwait(false))
        {
            var spill = corpus.Spill.OpenCursor();
            for (var slot = 0; slot < corpus.Signatures.Count; slot++)
            {
                if (!dedup.Assignments.ByIndex(slot).IsKept || corpus.IsLeftOut(slot))
                {
                    continue;
                }

                var (row, spans) = spill.ReadWithoutText(corpus.Offsets[slot]);
                fingerprints.Add(corpus.Signatures.Id(slot), RecordFingerprint.From(row));
                Tally(removals, row.Source, spans);
                await audit.AddAsync(spans, cancellationToken).ConfigureAwait(false);
            }

            await audit.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        return [.. removals.Select(static r => new RemovalTally(r.Key.Source, r.Key.Rule, CleaningRules.Describe(r.Key.Rule), r.Value.Articles, r.Value.Spans, r.Value.Characters))];
    }

    private static void Tally(SortedDictionary<(string Source, string Rule), (int Articles, int Spans, long Characters)> removals, string source, IReadOnlyList<RemovalAuditRow> spans)
    {
        // One pass over the article's spans, by rule; the sums do not depend on the order the rules are added in.
        var mine = new Dictionary<string, (int Spans, long Characters)>(StringComparer.Ordinal);
        foreach (var span in spans)
        {
            ref var sum = ref CollectionsMarshal.GetValueRefOrAddDefault(mine, span.Rule, out _);
            sum = (sum.Spans + 1, sum.Characters + span.Length);
        }

        foreach (var (rule, (count, characters)) in mine)
        {
            var (articles, total, totalCharacters) = removals.GetValueOrDefault((source, rule));
            removals[(source, rule)] = (articles + 1, total + count, totalCharacters + characters);
        }
    }

    /// <summary>Source, then rule id, both ordinal: the datasheet's order.</summary>
    private sealed class SourceRuleComparer : IComparer<(string Source, string Rule)>
    {
        public static SourceRuleComparer Instance { get; } = new();

        public int Compare((string Source, string Rule) x, (string Source, string Rule) y) =>
            string.CompareOrdinal(x.Source, y.Source) is var bySource and not 0 ? bySource : string.CompareOrdinal(x.Rule, y.Rule);
    }
}

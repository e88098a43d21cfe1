using Parquet;
using Parquet.Serialization;
using DatasetBuilder.Writing;

namespace DatasetBuilder.Releases;

/// <summary>What a release holds, reduced to what version proposals and changelogs compare: its columns and record fingerprints.</summary>
public sealed record ReleaseSnapshot(string Version, IReadOnlyList<ColumnDescriptor> Columns, IReadOnlyList<RecordFingerprint> Records)
{
    /// <summary>
    /// Reads a published release through its documented files: the schema of its first Parquet shard and <c>records.jsonl</c>,
    /// or, for a release without that listing, the documented columns of its Parquet shards.
    /// Null when the release cannot be compared (no Parquet file, or neither the listing nor the columns are there).
    /// </summary>
    public static async Task<ReleaseSnapshot?> ReadAsync(string releaseDirectory, CancellationToken cancellationToken = default)
    {
        var dataFolder = Path.Combine(releaseDirectory, "data");
        var firstShard = Directory.Exists(dataFolder)
            ? Directory.EnumerateFiles(dataFolder, "*.parquet").Order(StringComparer.Ordinal).FirstOrDefault()
            : null;
        if (firstShard is null)
        {
            return null;
        }

        var records = RecordListing.Read(releaseDirectory) ?? await FromParquetAsync(dataFolder, cancellationToken).ConfigureAwait(false);
        if (records is null)
        {
            return null;
        }

        var columns = await ParquetColumns.ReadAsync(firstShard, cancellationToken).ConfigureAwait(false);
        return new ReleaseSnapshot(Path.GetFileName(releaseDirectory), columns, records);
    }

    /// <summary>The documented columns a fingerprint is computed from; other columns of an older layout may be absent.</summary>
    private static readonly string[] FingerprintedColumns = ["id", "title", "text_sha256", .. RecordFingerprint.MetadataColumns];

    private static async Task<IReadOnlyList<RecordFingerprint>?> FromParquetAsync(string dataFolder, CancellationToken cancellationToken)
    {
        var records = new List<RecordFingerprint>();
        foreach (var shard in Directory.EnumerateFiles(dataFolder, "*.parquet").Order(StringComparer.Ordinal))
        {
            // Parquet.Net fills absent columns with defaults (which lets it read an older layout into DatasetRow), so check the documented ones are there before trusting the rows.
            var present = (await ParquetColumns.ReadAsync(shard, cancellationToken).ConfigureAwait(false)).Select(static c => c.Name).ToHashSet(StringComparer.Ordinal);
            if (!FingerprintedColumns.All(present.Contains))
            {
                return null;
            }

            IList<DatasetRow> rows;
            try
            {
                await using var stream = File.OpenRead(shard);
                rows = (await ParquetSerializer.DeserializeAsync<DatasetRow>(stream, new ParquetOptions { UseDateOnlyTypeForDates = true }, cancellationToken: cancellationToken).ConfigureAwait(false)).Data;
            }
            catch (Exception e) when (e is InvalidDataException or InvalidOperationException or ArgumentException or NotSupportedException or IOException or Parquet.ParquetException)
            {
                // The documented columns hold other types than ours: the caller treats the release as not comparable.
                return null;
            }

            records.AddRange(rows.Select(RecordFingerprint.From));
        }

        return records;
    }
}

namespace DatasetBuilder.Releases;

/// <summary>What a release holds, reduced to what version proposals and changelogs compare: its columns and record fingerprints.</summary>
public sealed record ReleaseSnapshot(string Version, IReadOnlyList<ColumnDescriptor> Columns, IReadOnlyList<RecordFingerprint> Records)
{
    /// <summary>
    /// Reads a published release through its documented files: the schema of its first Parquet shard and <c>records.jsonl</c>.
    /// Null when the folder holds no Parquet file or no record listing (then it cannot be compared).
    /// </summary>
    public static async Task<ReleaseSnapshot?> ReadAsync(string releaseDirectory, CancellationToken cancellationToken = default)
    {
        var dataFolder = Path.Combine(releaseDirectory, "data");
        var firstShard = Directory.Exists(dataFolder)
            ? Directory.EnumerateFiles(dataFolder, "*.parquet").Order(StringComparer.Ordinal).FirstOrDefault()
            : null;
        var records = RecordListing.Read(releaseDirectory);
        if (firstShard is null || records is null)
        {
            return null;
        }

        var columns = await ParquetColumns.ReadAsync(firstShard, cancellationToken).ConfigureAwait(false);
        return new ReleaseSnapshot(Path.GetFileName(releaseDirectory), columns, records);
    }
}

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

    private static async Task<IReadOnlyList<RecordFingerprint>?> FromParquetAsync(string dataFolder, CancellationToken cancellationToken)
    {
        var records = new List<RecordFingerprint>();
        foreach (var shard in Directory.EnumerateFiles(dataFolder, "*.parquet").Order(StringComparer.Ordinal))
        {
            // Parquet.Net fills absent columns with defaults, so check the documented ones are there before trusting the rows.
            var present = (await ParquetColumns.ReadAsync(shard, cancellationToken).ConfigureAwait(false)).Select(static c => c.Name).ToHashSet(StringComparer.Ordinal);
            if (!FingerprintColumns.Names.All(present.Contains))
            {
                return null;
            }

            IList<FingerprintColumns> rows;
            try
            {
                await using var stream = File.OpenRead(shard);
                rows = (await ParquetSerializer.DeserializeAsync<FingerprintColumns>(stream, new ParquetOptions { UseDateOnlyTypeForDates = true }, cancellationToken: cancellationToken).ConfigureAwait(false)).Data;
            }
            catch (Exception e) when (e is InvalidDataException or InvalidOperationException or ArgumentException or NotSupportedException or IOException or Parquet.ParquetException)
            {
                // An older layout without the documented columns: the caller treats the release as not comparable.
                return null;
            }

            records.AddRange(rows.Select(static r => RecordFingerprint.From(new DatasetRow
            {
                Id = r.Id, Source = r.Source, SourceName = r.SourceName, Url = r.Url, Title = r.Title, Subtitle = r.Subtitle,
                PublishedDate = r.PublishedDate, PublishedPrecision = r.PublishedPrecision, Language = r.Language,
                Authors = r.Authors, Agency = r.Agency, TextSha256 = r.TextSha256,
            })));
        }

        return records;
    }
}

namespace DatasetBuilder.Writing;

/// <summary>Deterministic shard and row-group boundaries: they depend on the row count only.</summary>
public sealed record ParquetLayout
{
    /// <summary>Rows per Parquet file (default 100,000: a few hundred MB of Arabic news per shard).</summary>
    public int RowsPerShard { get; init; } = 100_000;

    /// <summary>Rows per row group (default 10,000).</summary>
    public int RowsPerRowGroup { get; init; } = 10_000;

    public static ParquetLayout Default { get; } = new();

    public int ShardCount(long rows) => rows == 0 ? 1 : (int)((rows + RowsPerShard - 1) / RowsPerShard);

    /// <summary>Hugging Face's shard naming: <c>data/train-00000-of-00003.parquet</c>.</summary>
    public static string ShardPath(int index, int count) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"data/train-{index:D5}-of-{count:D5}.parquet");
}

using Parquet;
using Parquet.Serialization;

namespace DatasetBuilder.Writing;

/// <summary>
/// <c>audit/removals.parquet</c> written as it fills: rows are added in the file's order (article id, then offset) and a row
/// group of <see cref="RowsPerRowGroup"/> rows is written each time one fills, so the audit of a large corpus is never held
/// whole. A release whose audit fits one group gets the single row group it always had.
/// </summary>
public sealed class RemovalAuditFile : IAsyncDisposable
{
    /// <summary>Audit rows per row group (short removed spans: a few tens of MB per group).</summary>
    public const int RowsPerRowGroup = 100_000;

    private readonly FileStream _stream;
    private readonly int _rowsPerRowGroup;
    private readonly List<RemovalAuditRow> _batch;
    private bool _written;

    private RemovalAuditFile(FileStream stream, int rowsPerRowGroup)
    {
        _stream = stream;
        _rowsPerRowGroup = rowsPerRowGroup;
        _batch = new List<RemovalAuditRow>(Math.Min(rowsPerRowGroup, 4096));
    }

    /// <summary>Creates the audit file under <paramref name="releaseDirectory"/> (it must not exist).</summary>
    public static RemovalAuditFile Create(string releaseDirectory) => Create(releaseDirectory, RowsPerRowGroup);

    /// <summary>As <see cref="Create(string)"/> with another group size (tests use small ones).</summary>
    internal static RemovalAuditFile Create(string releaseDirectory, int rowsPerRowGroup)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rowsPerRowGroup, 1);
        var full = Path.Combine(releaseDirectory, RemovalAuditWriter.RelativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return new RemovalAuditFile(new FileStream(full, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None), rowsPerRowGroup);
    }

    public async Task AddAsync(IEnumerable<RemovalAuditRow> rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        foreach (var row in rows)
        {
            _batch.Add(row);
            if (_batch.Count == _rowsPerRowGroup)
            {
                await FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Writes the last (or only, possibly empty) row group.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken = default)
    {
        if (_batch.Count > 0 || !_written)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public ValueTask DisposeAsync() => _stream.DisposeAsync();

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        var options = new ParquetOptions
        {
            CompressionMethod = CompressionMethod.Zstd,
            CompressionLevel = System.IO.Compression.CompressionLevel.Optimal,
            Append = _written,
            RowGroupSize = _rowsPerRowGroup,
        };
        await ParquetSerializer.SerializeAsync(_batch, _stream, options, cancellationToken: cancellationToken).ConfigureAwait(false);
        _written = true;
        _batch.Clear();
        ParquetShardWriter.ReleaseRowGroup();
    }
}

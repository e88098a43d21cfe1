using System.Reflection;
using System.Text;
using DatasetBuilder.Writing;

namespace DatasetBuilder.Datasheet;

/// <summary>
/// The uncompressed size of a split, as the Hugging Face card's <c>dataset_info.splits[].num_bytes</c> means it (the data as
/// loaded, not the compressed Parquet, which is <c>download_size</c>). Counted per value: the UTF-8 bytes of every string
/// (list items included) plus the fixed width of every non-null number, date or boolean (int32 and date32: 4, int64 and
/// float64: 8, bool: 1). Arrow's offsets and validity bitmaps are not counted, so this is the payload, slightly below Arrow's
/// in-memory size.
/// </summary>
public static class SplitSize
{
    public static long Bytes(IEnumerable<DatasetRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows.Sum(Bytes);
    }

    /// <summary>One row's share, so a streaming build can add the rows up as it writes them.</summary>
    public static long Bytes(DatasetRow row) => BytesOf(row);

    /// <summary>The same share of a row as the shards take it (<see cref="ShardRow"/>: the body as memory, not a string).</summary>
    internal static long Bytes(ShardRow row) => BytesOf(row);

    private static long BytesOf<TRow>(TRow row)
        where TRow : class
    {
        ArgumentNullException.ThrowIfNull(row);
        long total = 0;
        foreach (var column in Columns<TRow>.All)
        {
            total += ValueBytes(column.GetValue(row));
        }

        return total;
    }

    private static long ValueBytes(object? value) => value switch
    {
        null => 0,
        string text => Encoding.UTF8.GetByteCount(text),
        ReadOnlyMemory<char> text => Encoding.UTF8.GetByteCount(text.Span),
        IEnumerable<string> items => items.Sum(static i => (long)Encoding.UTF8.GetByteCount(i)),
        int or DateOnly or float => 4,
        long or double or DateTime or DateTimeOffset => 8,
        short => 2,
        bool or byte => 1,
        _ => throw new NotSupportedException($"no size rule for a {value.GetType().Name} column; add one to {nameof(SplitSize)}"),
    };

    /// <summary>Every public column of a row type; order does not matter (the sizes are summed).</summary>
    private static class Columns<TRow>
    {
        public static readonly PropertyInfo[] All = typeof(TRow).GetProperties(BindingFlags.Public | BindingFlags.Instance);
    }
}

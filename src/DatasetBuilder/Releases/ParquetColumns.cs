using Parquet;
using Parquet.Schema;

namespace DatasetBuilder.Releases;

/// <summary>Reads the column list of a Parquet file from its own schema, so any writer's release can be compared.</summary>
public static class ParquetColumns
{
    public static async Task<IReadOnlyList<ColumnDescriptor>> ReadAsync(string parquetPath, CancellationToken cancellationToken = default)
    {
        await using var stream = File.OpenRead(parquetPath);
        await using var reader = await ParquetReader.CreateAsync(stream, new ParquetOptions { UseDateOnlyTypeForDates = true }, cancellationToken: cancellationToken).ConfigureAwait(false);
        return [.. reader.Schema.Fields.Select(static f => new ColumnDescriptor(f.Name, Describe(f)))];
    }

    internal static string Describe(Field field) => field switch
    {
        ListField list => $"list<{Describe(list.Item)}>",
        DataField data => TypeName(data) + (data.IsNullable ? "?" : string.Empty),
        StructField s => "struct<" + string.Join(",", s.Fields.Select(static f => f.Name + ":" + Describe(f))) + ">",
        MapField m => $"map<{Describe(m.Key)},{Describe(m.Value)}>",
        _ => field.SchemaType.ToString(),
    };

    private static string TypeName(DataField field)
    {
        var type = Nullable.GetUnderlyingType(field.ClrType) ?? field.ClrType;

        // Parquet.Net may surface strings as ReadOnlyMemory<char>; the column is a string either way.
        if (type == typeof(ReadOnlyMemory<char>) || type == typeof(string))
        {
            return "string";
        }

        return type.Name.ToLowerInvariant() switch
        {
            "dateonly" => "date",
            "datetime" or "datetimeoffset" => "timestamp",
            var name => name,
        };
    }
}

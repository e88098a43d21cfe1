using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace DatasetBuilder.Reading;

/// <summary>
/// Finds the line and column of the values in a JSON document, by JSON pointer, so content findings point at the
/// exact place in the file. Only the top two levels are indexed: contributions are flat.
/// </summary>
public static class JsonLocator
{
    public static IReadOnlyDictionary<string, (int Line, int Column)> Locate(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Locate(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Like <see cref="Locate(string)"/>, for the document's UTF-8 bytes.</summary>
    public static IReadOnlyDictionary<string, (int Line, int Column)> Locate(ReadOnlySpan<byte> utf8)
    {
        var positions = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 256 });
        var cursor = new Utf8LineCursor(utf8);
        string? property = null;
        var arrayIndex = -1;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName when reader.CurrentDepth == 1:
                        property = reader.GetString();
                        break;
                    case JsonTokenType.StartArray when reader.CurrentDepth == 1 && property is not null:
                        positions[Pointer(property)] = cursor.At(reader.TokenStartIndex);
                        arrayIndex = 0;
                        break;
                    case JsonTokenType.EndArray when reader.CurrentDepth == 1:
                        arrayIndex = -1;
                        break;
                    case JsonTokenType.StartObject when reader.CurrentDepth == 1 && property is not null:
                        positions[Pointer(property)] = cursor.At(reader.TokenStartIndex);
                        reader.Skip();
                        break;
                    case not (JsonTokenType.PropertyName or JsonTokenType.EndObject or JsonTokenType.Comment) when reader.CurrentDepth == 1 && property is not null:
                        positions[Pointer(property)] = cursor.At(reader.TokenStartIndex);
                        break;
                    case not (JsonTokenType.EndArray or JsonTokenType.Comment) when reader.CurrentDepth == 2 && arrayIndex >= 0:
                        positions[Pointer(property!) + "/" + arrayIndex.ToString(CultureInfo.InvariantCulture)] = cursor.At(reader.TokenStartIndex);
                        arrayIndex++;
                        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                        {
                            reader.Skip();
                        }

                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Locations are a convenience: a document the loader accepted parses, and a broken one keeps what was found.
        }

        return positions;
    }

    /// <summary>
    /// The places of just the values of the top-level properties <paramref name="names"/> of <paramref name="root"/>, keyed
    /// by pointer (<c>/id</c>): what <see cref="Locate(ReadOnlySpan{byte})"/> gives for them, without reading the document
    /// again. <paramref name="root"/> must have been parsed from <paramref name="utf8"/> itself (a document reads the memory it
    /// was given), so each value's raw bytes lie inside it and their offset is the value's; a value found elsewhere, or a
    /// name that would need escaping in a pointer, is located by reading the document.
    /// </summary>
    public static Dictionary<string, (int Line, int Column)> LocateTopLevel(JsonElement root, ReadOnlySpan<byte> utf8, ReadOnlySpan<string> names)
    {
        var found = new (int Offset, string Name)[names.Length];
        var count = 0;
        foreach (var name in names)
        {
            if (name.AsSpan().IndexOfAny('~', '/') >= 0)
            {
                return Filter(Locate(utf8), names);
            }

            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value))
            {
                if (!utf8.Overlaps(JsonMarshal.GetRawUtf8Value(value), out var offset))
                {
                    return Filter(Locate(utf8), names);
                }

                found[count++] = (offset, name);
            }
        }

        // The cursor moves forward only: visit the values in the order they stand in the file.
        Array.Sort(found, 0, count, Comparer<(int Offset, string Name)>.Create(static (a, b) => a.Offset.CompareTo(b.Offset)));
        var positions = new Dictionary<string, (int Line, int Column)>(count, StringComparer.Ordinal);
        var cursor = new Utf8LineCursor(utf8);
        for (var i = 0; i < count; i++)
        {
            positions["/" + found[i].Name] = cursor.At(found[i].Offset);
        }

        return positions;
    }

    private static Dictionary<string, (int Line, int Column)> Filter(IReadOnlyDictionary<string, (int Line, int Column)> all, ReadOnlySpan<string> names)
    {
        var kept = new Dictionary<string, (int Line, int Column)>(names.Length, StringComparer.Ordinal);
        foreach (var name in names)
        {
            var pointer = Pointer(name);
            if (all.TryGetValue(pointer, out var at))
            {
                kept[pointer] = at;
            }
        }

        return kept;
    }

    private static string Pointer(string property) => "/" + property.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}

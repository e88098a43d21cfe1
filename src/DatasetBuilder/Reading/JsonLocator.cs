using System.Globalization;
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
        var bytes = Encoding.UTF8.GetBytes(json);
        var positions = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = 256 });
        var cursor = new Utf8LineCursor(bytes);
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

    private static string Pointer(string property) => "/" + property.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}

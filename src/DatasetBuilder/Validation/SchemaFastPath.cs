using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace DatasetBuilder.Validation;

/// <summary>
/// Decides, in one walk over an already parsed document, whether it certainly conforms to a schema, so the common valid file
/// skips NJsonSchema (which parses the text again and was the slowest step of validation). Conservative by construction:
/// it answers true only when every keyword of the schema is one it understands and the value passes it under the strictest
/// reading (lengths in UTF-16 units bound code points and text elements from above; .NET patterns are at least as strict as
/// ECMAScript for the schemas' character classes; duplicate property names are left to NJsonSchema). Any doubt answers
/// false, and NJsonSchema then gives the verdict and the findings, exactly as before.
/// </summary>
internal sealed class SchemaFastPath
{
    private static readonly HashSet<string> Understood = new(StringComparer.Ordinal)
    {
        "$schema", "$id", "title", "description", "type", "required", "properties", "additionalProperties",
        "minLength", "maxLength", "pattern", "items", "uniqueItems",
    };

    private readonly JsonElement _schema;
    private readonly ConcurrentDictionary<string, Regex> _patterns = new(StringComparer.Ordinal);

    private SchemaFastPath(JsonElement schema) => _schema = schema;

    /// <summary>The fast path for <paramref name="schemaText"/>, or null when the schema uses a keyword it does not understand.</summary>
    public static SchemaFastPath? For(string schemaText)
    {
        using var document = JsonDocument.Parse(schemaText);
        var schema = document.RootElement.Clone();
        return IsUnderstood(schema) ? new SchemaFastPath(schema) : null;
    }

    /// <summary>True only when <paramref name="value"/> certainly conforms.</summary>
    public bool Conforms(JsonElement value) => Conforms(_schema, value);

    private static bool IsUnderstood(JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        foreach (var keyword in schema.EnumerateObject())
        {
            var ok = keyword.Name switch
            {
                "properties" => keyword.Value.ValueKind == JsonValueKind.Object && keyword.Value.EnumerateObject().All(static p => IsUnderstood(p.Value)),
                "items" => IsUnderstood(keyword.Value),
                "additionalProperties" => keyword.Value.ValueKind is JsonValueKind.True or JsonValueKind.False,
                _ => Understood.Contains(keyword.Name),
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private bool Conforms(JsonElement schema, JsonElement value)
    {
        if (schema.TryGetProperty("type", out var type) && !HasType(type, value))
        {
            return false;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => StringConforms(schema, value.GetString()!),
            JsonValueKind.Object => ObjectConforms(schema, value),
            JsonValueKind.Array => ArrayConforms(schema, value),
            JsonValueKind.Null or JsonValueKind.True or JsonValueKind.False => true,
            _ => false,
        };
    }

    private static bool HasType(JsonElement type, JsonElement value)
    {
        static bool Is(string? name, JsonElement v) => name switch
        {
            "string" => v.ValueKind == JsonValueKind.String,
            "null" => v.ValueKind == JsonValueKind.Null,
            "object" => v.ValueKind == JsonValueKind.Object,
            "array" => v.ValueKind == JsonValueKind.Array,
            "boolean" => v.ValueKind is JsonValueKind.True or JsonValueKind.False,
            _ => false,
        };

        return type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Any(t => Is(t.GetString(), value)) : Is(type.GetString(), value);
    }

    private bool StringConforms(JsonElement schema, string value)
    {
        if (schema.TryGetProperty("maxLength", out var max) && value.Length > max.GetInt32())
        {
            return false;
        }

        if (schema.TryGetProperty("minLength", out var min) && !(min.GetInt32() <= 0 || (min.GetInt32() == 1 && value.Length > 0)))
        {
            return false;
        }

        if (schema.TryGetProperty("pattern", out var pattern))
        {
            // A line break would make "$" mean something else in some engines: leave such values to NJsonSchema.
            if (value.AsSpan().IndexOfAny('\n', '\r') >= 0)
            {
                return false;
            }

            var regex = _patterns.GetOrAdd(pattern.GetString()!, static p => new Regex(p, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));
            return regex.IsMatch(value);
        }

        return true;
    }

    private bool ObjectConforms(JsonElement schema, JsonElement value)
    {
        var hasProperties = schema.TryGetProperty("properties", out var properties);
        var closed = schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                return false;
            }

            if (hasProperties && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                if (!Conforms(propertySchema, property.Value))
                {
                    return false;
                }
            }
            else if (closed)
            {
                return false;
            }
        }

        return !schema.TryGetProperty("required", out var required) || required.EnumerateArray().All(r => seen.Contains(r.GetString()!));
    }

    private bool ArrayConforms(JsonElement schema, JsonElement value)
    {
        var hasItems = schema.TryGetProperty("items", out var items);
        var unique = schema.TryGetProperty("uniqueItems", out var u) && u.ValueKind == JsonValueKind.True;
        var strings = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in value.EnumerateArray())
        {
            if (hasItems && !Conforms(items, item))
            {
                return false;
            }

            // Only distinct strings are certainly unique; anything else is left to NJsonSchema.
            if (unique && (item.ValueKind != JsonValueKind.String || !strings.Add(item.GetString()!)))
            {
                return false;
            }
        }

        return true;
    }
}

using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace DatasetBuilder.Validation;

/// <summary>
/// Decides, in one walk over an already parsed document, whether it certainly conforms to a schema, so the common valid file
/// skips NJsonSchema (which parses the text again and was the slowest step of validation). Conservative by construction:
/// it answers true only when every keyword of the schema is one it understands and the value passes it under the strictest
/// reading (lengths in UTF-16 units bound code points and text elements from above; .NET patterns are at least as strict as
/// ECMAScript for the schemas' character classes; a repeated property name, or one the schema does not list, is left to
/// NJsonSchema). Any doubt answers false, and NJsonSchema then gives the verdict and the findings, exactly as before.
/// The schema is compiled once into <see cref="Node"/>s, so a walk reads no schema JSON and decodes only the strings a
/// length limit or a pattern needs.
/// </summary>
internal sealed class SchemaFastPath
{
    private static readonly HashSet<string> Understood = new(StringComparer.Ordinal)
    {
        "$schema", "$id", "title", "description", "type", "required", "properties", "additionalProperties",
        "minLength", "maxLength", "pattern", "items", "uniqueItems",
    };

    private readonly Node _root;

    private SchemaFastPath(Node root) => _root = root;

    /// <summary>The JSON types a schema allows, as flags.</summary>
    [Flags]
    private enum Types
    {
        None = 0,
        String = 1,
        Null = 2,
        Object = 4,
        Array = 8,
        Boolean = 16,
    }

    /// <summary>The fast path for <paramref name="schemaText"/>, or null when the schema uses a keyword it does not understand.</summary>
    public static SchemaFastPath? For(string schemaText)
    {
        using var document = JsonDocument.Parse(schemaText);
        var schema = document.RootElement;
        return IsUnderstood(schema) && Compile(schema) is { } root ? new SchemaFastPath(root) : null;
    }

    /// <summary>True only when <paramref name="value"/> certainly conforms.</summary>
    public bool Conforms(JsonElement value) => Conforms(_root, value);

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
                "additionalProperties" or "propertyNames" => keyword.Value.ValueKind is JsonValueKind.True or JsonValueKind.False || IsUnderstood(keyword.Value),
                _ => Understood.Contains(keyword.Name),
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The compiled form of an understood schema, or null when it has more properties than one mask holds.</summary>
    private static Node? Compile(JsonElement schema)
    {
        Types? types = null;
        if (schema.TryGetProperty("type", out var type))
        {
            types = type.ValueKind == JsonValueKind.Array
                ? type.EnumerateArray().Aggregate(Types.None, static (all, t) => all | TypeNamed(t.GetString()))
                : TypeNamed(type.GetString());
        }

        Property[]? properties = null;
        if (schema.TryGetProperty("properties", out var listed))
        {
            var compiled = new List<Property>();
            foreach (var property in listed.EnumerateObject())
            {
                if (Compile(property.Value) is not { } node)
                {
                    return null;
                }

                compiled.Add(new Property(property.Name, Encoding.UTF8.GetBytes(property.Name), node));
            }

            properties = [.. compiled];
        }

        if (properties is { Length: > 64 })
        {
            return null;
        }

        // A required name the schema does not list can only be met by an unlisted property, which the walk leaves to
        // NJsonSchema: such a schema never conforms here (RequiredMask -1 marks it).
        var required = 0UL;
        var unmeetable = false;
        if (schema.TryGetProperty("required", out var names))
        {
            foreach (var name in names.EnumerateArray())
            {
                var index = properties is null ? -1 : Array.FindIndex(properties, p => p.Name == name.GetString());
                if (index < 0)
                {
                    unmeetable = true;
                }
                else
                {
                    required |= 1UL << index;
                }
            }
        }

        Node? items = null;
        if (schema.TryGetProperty("items", out var itemSchema) && (items = Compile(itemSchema)) is null)
        {
            return null;
        }

        // additionalProperties and propertyNames as schemas (dataset.json's free datasheet answers); as true or false they
        // leave any unlisted property to NJsonSchema, as before.
        Node? additional = null;
        if (schema.TryGetProperty("additionalProperties", out var more) && more.ValueKind == JsonValueKind.Object && (additional = Compile(more)) is null)
        {
            return null;
        }

        Node? nameRule = null;
        if (schema.TryGetProperty("propertyNames", out var nameSchema))
        {
            // "propertyNames": false allows no property, true any: the first is left to NJsonSchema, the second changes nothing.
            if (nameSchema.ValueKind == JsonValueKind.False)
            {
                unmeetable = true;
            }
            else if (nameSchema.ValueKind == JsonValueKind.Object && (nameRule = Compile(nameSchema)) is null)
            {
                return null;
            }
        }

        return new Node
        {
            Types = types,
            MaxLength = schema.TryGetProperty("maxLength", out var max) ? max.GetInt32() : null,
            MinLength = schema.TryGetProperty("minLength", out var min) ? min.GetInt32() : null,
            Pattern = schema.TryGetProperty("pattern", out var pattern)
                ? new Regex(pattern.GetString()!, RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1))
                : null,
            Properties = properties,
            Required = required,
            RequiredUnmeetable = unmeetable,
            Items = items,
            Additional = additional,
            PropertyNames = nameRule,
            Unique = schema.TryGetProperty("uniqueItems", out var u) && u.ValueKind == JsonValueKind.True,
        };
    }

    private static Types TypeNamed(string? name) => name switch
    {
        "string" => Types.String,
        "null" => Types.Null,
        "object" => Types.Object,
        "array" => Types.Array,
        "boolean" => Types.Boolean,
        _ => Types.None,
    };

    private static Types TypeOf(JsonValueKind kind) => kind switch
    {
        JsonValueKind.String => Types.String,
        JsonValueKind.Null => Types.Null,
        JsonValueKind.Object => Types.Object,
        JsonValueKind.Array => Types.Array,
        JsonValueKind.True or JsonValueKind.False => Types.Boolean,
        _ => Types.None,
    };

    private static bool Conforms(Node schema, JsonElement value)
    {
        if (schema.Types is { } types && (types & TypeOf(value.ValueKind)) == Types.None)
        {
            return false;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => StringConforms(schema, value),
            JsonValueKind.Object => ObjectConforms(schema, value),
            JsonValueKind.Array => ArrayConforms(schema, value),
            JsonValueKind.Null or JsonValueKind.True or JsonValueKind.False => true,
            _ => false,
        };
    }

    private static bool StringConforms(Node schema, JsonElement element)
    {
        if (schema.MinLength is not > 1 && schema.MaxLength is null && schema.Pattern is null)
        {
            // Only "not empty" may be asked: answered without decoding the string (the text of an article is long).
            return schema.MinLength is not 1 || !element.ValueEquals(string.Empty);
        }

        return TextConforms(schema, element.GetString()!);
    }

    /// <summary>A string value (or a property name) against the string keywords of <paramref name="schema"/>.</summary>
    private static bool TextConforms(Node schema, string value)
    {
        if (schema.MinLength is > 1 || (schema.Types is { } types && (types & Types.String) == Types.None))
        {
            return false;
        }

        if (value.Length > schema.MaxLength || (schema.MinLength is 1 && value.Length == 0))
        {
            return false;
        }

        if (schema.Pattern is { } pattern)
        {
            // A line break would make "$" mean something else in some engines: leave such values to NJsonSchema.
            return value.AsSpan().IndexOfAny('\n', '\r') < 0 && pattern.IsMatch(value);
        }

        return true;
    }

    private static bool ObjectConforms(Node schema, JsonElement value)
    {
        if (schema.RequiredUnmeetable)
        {
            return false;
        }

        var properties = schema.Properties ?? [];
        var seen = 0UL;
        HashSet<string>? unlisted = null;
        foreach (var property in value.EnumerateObject())
        {
            var index = -1;
            for (var i = 0; i < properties.Length && index < 0; i++)
            {
                index = property.NameEquals(properties[i].Utf8Name) ? i : -1;
            }

            if (schema.PropertyNames is { } names && !TextConforms(names, property.Name))
            {
                return false;
            }

            if (index < 0)
            {
                // Unlisted: only an additionalProperties schema judges it here, and only the first time the name appears.
                if (schema.Additional is not { } additional || !(unlisted ??= new(StringComparer.Ordinal)).Add(property.Name) || !Conforms(additional, property.Value))
                {
                    return false;
                }

                continue;
            }

            // A property seen before is NJsonSchema's to judge.
            if ((seen & (1UL << index)) != 0 || !Conforms(properties[index].Schema, property.Value))
            {
                return false;
            }

            seen |= 1UL << index;
        }

        return (seen & schema.Required) == schema.Required;
    }

    private static bool ArrayConforms(Node schema, JsonElement value)
    {
        HashSet<string>? strings = schema.Unique ? new(StringComparer.Ordinal) : null;
        foreach (var item in value.EnumerateArray())
        {
            if (schema.Items is { } items && !Conforms(items, item))
            {
                return false;
            }

            // Only distinct strings are certainly unique; anything else is left to NJsonSchema.
            if (strings is not null && (item.ValueKind != JsonValueKind.String || !strings.Add(item.GetString()!)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>One schema, compiled: null members are keywords it does not have.</summary>
    private sealed class Node
    {
        public Types? Types { get; init; }

        public int? MaxLength { get; init; }

        public int? MinLength { get; init; }

        public Regex? Pattern { get; init; }

        public Property[]? Properties { get; init; }

        /// <summary>The required properties, one bit per index into <see cref="Properties"/>.</summary>
        public ulong Required { get; init; }

        public bool RequiredUnmeetable { get; init; }

        public Node? Items { get; init; }

        /// <summary>The schema of the properties <see cref="Properties"/> does not list (additionalProperties as a schema).</summary>
        public Node? Additional { get; init; }

        /// <summary>The schema every property name must meet (propertyNames).</summary>
        public Node? PropertyNames { get; init; }

        public bool Unique { get; init; }
    }

    private sealed record Property(string Name, byte[] Utf8Name, Node Schema);
}

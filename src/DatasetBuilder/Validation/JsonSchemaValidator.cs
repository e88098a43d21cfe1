using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using DatasetBuilder.Model;
using DatasetBuilder.Reading;
using NJsonSchema;
using NJsonSchema.Validation;

namespace DatasetBuilder.Validation;

/// <summary>
/// Validates documents against the embedded schemas (<c>schema/*.schema.json</c>, JSON Schema draft-07) with NJsonSchema,
/// and turns each failure into a diagnostic with line, column and JSON pointer.
/// </summary>
public static class JsonSchemaValidator
{
    private static readonly ConcurrentDictionary<SchemaKind, JsonSchema> Schemas = new();
    private static readonly ConcurrentDictionary<SchemaKind, SchemaFastPath?> FastPaths = new();

    /// <summary>The schema text embedded for <paramref name="kind"/>.</summary>
    public static string SchemaText(SchemaKind kind)
    {
        var name = "schema/" + kind.ToString().ToLowerInvariant() + ".schema.json";
        using var stream = typeof(JsonSchemaValidator).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded schema {name} is missing from the build");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Validates a document already parsed as <paramref name="root"/>: a document the conservative
    /// <see cref="SchemaFastPath"/> finds certainly conforming is not parsed again; any other gets NJsonSchema's verdict.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Validate(ContributionFile file, string json, System.Text.Json.JsonElement root, SchemaKind kind) =>
        FastPath(kind) is { } fast && fast.Conforms(root) ? [] : Validate(file, json, kind);

    /// <summary>
    /// Validates a loaded document like <see cref="Validate(ContributionFile, string, System.Text.Json.JsonElement, SchemaKind)"/>;
    /// its text is decoded only when NJsonSchema has to judge it.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Validate(JsonLoadResult loaded, SchemaKind kind)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        var root = (loaded.Document ?? throw new ArgumentException("the file did not load", nameof(loaded))).RootElement;
        return FastPath(kind) is { } fast && fast.Conforms(root) ? [] : Validate(loaded.File, loaded.Text!, kind);
    }

    private static SchemaFastPath? FastPath(SchemaKind kind) => FastPaths.GetOrAdd(kind, static k => SchemaFastPath.For(SchemaText(k)));

    public static IReadOnlyList<Diagnostic> Validate(ContributionFile file, string json, SchemaKind kind)
    {
        var schema = Schemas.GetOrAdd(kind, static k => JsonSchema.FromJsonAsync(SchemaText(k)).GetAwaiter().GetResult());
        var errors = schema.Validate(json);
        if (errors.Count == 0)
        {
            return [];
        }

        var diagnostics = new List<Diagnostic>();
        foreach (var error in Flatten(errors))
        {
            diagnostics.Add(ToDiagnostic(file, error));
        }

        diagnostics.Sort(static (a, b) => (a.Line ?? 0).CompareTo(b.Line ?? 0) is var c and not 0 ? c : string.CompareOrdinal(a.JsonPointer, b.JsonPointer));
        return diagnostics;
    }

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            if (error is MultiTypeValidationError multi && MatchingTypeBranch(multi) is { } branch)
            {
                // ["string", "null"] with a pattern: the value is a string, so the string branch says what is wrong, not "wrong type".
                foreach (var nested in Flatten(branch))
                {
                    yield return nested;
                }
            }
            else if (error is ChildSchemaValidationError child && child.Errors.Count > 0)
            {
                // A nullable property failing its non-null branch reports both branches; the innermost errors say what is wrong.
                foreach (var nested in Flatten(child.Errors.SelectMany(static e => e.Value)))
                {
                    yield return nested;
                }
            }
            else
            {
                yield return error;
            }
        }
    }

    /// <summary>The errors of the one type branch the value has (the branch without a "type expected" error), or null.</summary>
    private static ICollection<ValidationError>? MatchingTypeBranch(MultiTypeValidationError error)
    {
        var branches = error.Errors.Values.Where(static errors => errors.Count > 0 && !errors.Any(static e => e.Kind.ToString().EndsWith("Expected", StringComparison.Ordinal))).ToList();
        return branches.Count == 1 ? branches[0] : null;
    }

    /// <summary>True when the object schema <paramref name="schema"/> lets its property <paramref name="property"/> be null.</summary>
    private static bool AllowsNull(JsonSchema? schema, string? property) =>
        property is not null && schema?.ActualSchema.Properties.TryGetValue(property, out var declared) == true
        && declared.ActualSchema.Type.HasFlag(JsonObjectType.Null);

    private static Diagnostic ToDiagnostic(ContributionFile file, ValidationError error)
    {
        var pointer = ToPointer(error.Path);
        var property = error.Property;
        var (code, message) = error.Kind switch
        {
            ValidationErrorKind.PropertyRequired => (RuleCodes.SchemaRequired, AllowsNull(error.Schema, property)
                ? $"required property \"{property}\" is missing; add it (use null when the value is not known)"
                : $"required property \"{property}\" is missing; add it (it cannot be null)"),
            ValidationErrorKind.NoAdditionalPropertiesAllowed => (RuleCodes.SchemaUnknownProperty, $"unknown property \"{property}\"; remove it or check its spelling against schema/"),
            ValidationErrorKind.StringExpected or ValidationErrorKind.NullExpected or ValidationErrorKind.ArrayExpected
                or ValidationErrorKind.ObjectExpected or ValidationErrorKind.IntegerExpected or ValidationErrorKind.NumberExpected
                or ValidationErrorKind.BooleanExpected => (RuleCodes.SchemaType, $"\"{property}\" has the wrong type: {Describe(error.Kind)}"),
            ValidationErrorKind.NoTypeValidates => (RuleCodes.SchemaType, $"\"{property}\" has the wrong type: expected {ExpectedTypes(error.Schema)}"),
            ValidationErrorKind.PatternMismatch => (RuleCodes.SchemaPattern, SchemaPatternText.Describe(error.Schema?.Pattern) is { } form
                ? $"\"{property}\" does not have the required form; write {form}"
                : $"\"{property}\" does not have the form its schema requires (the pattern {error.Schema?.Pattern})"),
            ValidationErrorKind.StringTooShort => (RuleCodes.SchemaLength, $"\"{property}\" is too short: it needs at least {error.Schema?.MinLength} character(s)"),
            ValidationErrorKind.StringTooLong => (RuleCodes.SchemaLength, $"\"{property}\" is too long: at most {error.Schema?.MaxLength} characters are allowed"),
            ValidationErrorKind.TooFewItems or ValidationErrorKind.TooManyItems => (RuleCodes.SchemaLength, $"\"{property}\" has {Describe(error.Kind)}"),
            ValidationErrorKind.ItemsNotUnique => (RuleCodes.SchemaOther, $"\"{property}\" lists the same item twice; keep one"),
            _ => (RuleCodes.SchemaOther, $"\"{property}\" fails the schema: {Describe(error.Kind)}"),
        };
        int? line = error.HasLineInfo ? error.LineNumber : null;
        int? column = error.HasLineInfo ? error.LinePosition : null;
        return new Diagnostic(file.DisplayPath, line, column, pointer, code, Severity.Error, message);
    }

    private static string ExpectedTypes(JsonSchema? schema)
    {
        if (schema is null)
        {
            return "another type";
        }

        var names = Enum.GetValues<JsonObjectType>()
            .Where(t => t != JsonObjectType.None && t != JsonObjectType.File && schema.Type.HasFlag(t))
            .Select(static t => t.ToString().ToLowerInvariant());
        return string.Join(" or ", names);
    }

    private static string Describe(ValidationErrorKind kind)
    {
        var words = new StringBuilder();
        foreach (var c in kind.ToString())
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(' ');
            }

            words.Append(char.ToLower(c, CultureInfo.InvariantCulture));
        }

        return words.ToString();
    }

    /// <summary>Turns NJsonSchema's path (<c>#/authors[0]</c>, <c>#/a.b</c>) into an RFC 6901 JSON pointer (<c>/authors/0</c>).</summary>
    internal static string ToPointer(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "#")
        {
            return string.Empty;
        }

        var body = path.StartsWith("#/", StringComparison.Ordinal) ? path[2..] : path.TrimStart('#');
        var pointer = new StringBuilder();
        var segment = new StringBuilder();
        void Flush()
        {
            pointer.Append('/').Append(segment.ToString().Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal));
            segment.Clear();
        }

        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c == '.')
            {
                Flush();
            }
            else if (c == '[')
            {
                if (segment.Length > 0)
                {
                    Flush();
                }

                var end = body.IndexOf(']', i);
                segment.Append(body, i + 1, (end < 0 ? body.Length : end) - i - 1);
                Flush();
                i = end < 0 ? body.Length : end;
            }
            else
            {
                segment.Append(c);
            }
        }

        if (segment.Length > 0)
        {
            Flush();
        }

        return pointer.ToString();
    }
}

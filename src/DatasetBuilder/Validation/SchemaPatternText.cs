namespace DatasetBuilder.Validation;

/// <summary>
/// Says in words, with an example, what form each <c>pattern</c> of our schemas requires: a contributor should not have to
/// read a regular expression (or the schema's description of the field) to learn how to write a value.
/// </summary>
public static class SchemaPatternText
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["^[a-z0-9]+(-[a-z0-9]+)*$"] = "lowercase letters a-z and digits, in words joined by single hyphens, for example al-thawra or 2022-01-10-3293e65aecb4",
        ["^https?://[^\\s/?#]+[^\\s]*$"] = "an absolute http or https address without spaces, for example https://example.com/news/123",
        ["^https?://"] = "an address starting with http:// or https://, for example https://example.org",
        ["^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"] = "a language tag (a two- or three-letter lowercase language code, then optional subtags after hyphens), for example ar or ar-EG",
        ["^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"] = "a date written YYYY-MM-DD, or YYYY-MM or YYYY when only that is known, for example 2022-01-10",
        ["^([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,}$"] = "a lowercase host name without scheme or path, for example example.com",
        ["^[A-Z]{2}$"] = "a two-letter country code in capitals (ISO 3166-1), for example KZ",
        ["^[a-z]+\\.[a-z_]+$"] = "a datasheet key (the section and the question in lowercase, joined by a dot), for example motivation.purpose",
    };

    /// <summary>The form <paramref name="pattern"/> requires, in words with an example; null for a pattern not described here.</summary>
    public static string? Describe(string? pattern) => pattern is not null && Words.TryGetValue(pattern, out var words) ? words : null;
}

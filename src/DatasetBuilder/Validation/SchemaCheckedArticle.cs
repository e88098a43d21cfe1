using DatasetBuilder.Model;
using DatasetBuilder.Reading;

namespace DatasetBuilder.Validation;

/// <summary>
/// Reads one article file for the commands that work on single files (<c>clean</c>, <c>eval</c>): it must load and pass the
/// JSON Schema, which is all the mapping needs; the content rules and the corpus-wide checks are <c>validate</c>'s.
/// </summary>
public static class SchemaCheckedArticle
{
    /// <summary>The article, or null with the loader's or the schema's errors in <paramref name="problems"/>.</summary>
    public static Article? Read(JsonFileLoader loader, ContributionFile file, out IReadOnlyList<Diagnostic> problems)
    {
        ArgumentNullException.ThrowIfNull(loader);
        ArgumentNullException.ThrowIfNull(file);
        var loaded = loader.Load(file);
        if (!loaded.Success)
        {
            problems = loaded.Diagnostics;
            return null;
        }

        using var document = loaded.Document!;
        var errors = JsonSchemaValidator.Validate(loaded, SchemaKind.Article).Where(static d => d.Severity == Severity.Error).ToList();
        problems = errors;
        return errors.Count == 0 ? ArticleMapper.Map(document.RootElement) : null;
    }
}

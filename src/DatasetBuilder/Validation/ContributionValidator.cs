using System.Text;
using DatasetBuilder.Model;
using DatasetBuilder.Reading;

namespace DatasetBuilder.Validation;

/// <summary>
/// Checks one contribution before it is written (import): the article schema and the content rules, with the same merge of
/// their findings as <see cref="CorpusValidator"/>, as if the file already sat at its path. So a file import writes passes
/// <c>validate</c> on its own; the corpus-wide checks (the same url in another file) are left to <c>validate</c>.
/// </summary>
public sealed class ContributionValidator(IReadOnlyDictionary<string, SourceProfile> sources, DataLayout layout, TimeProvider timeProvider)
{
    /// <summary>The findings <c>validate</c> would report for <paramref name="json"/> written at <paramref name="fullPath"/>, sorted.</summary>
    public IReadOnlyList<Diagnostic> Validate(string fullPath, string json)
    {
        ArgumentNullException.ThrowIfNull(fullPath);
        ArgumentNullException.ThrowIfNull(json);
        var file = layout.File(fullPath);
        var loaded = new JsonFileLoader(JsonLoadOptions.Default).Load(file, Encoding.UTF8.GetBytes(json));
        if (!loaded.Success)
        {
            return loaded.Diagnostics;
        }

        using var document = loaded.Document!;
        var schemaErrors = JsonSchemaValidator.Validate(file, json, SchemaKind.Article);
        var locations = JsonLocator.Locate(json);
        var rules = new ArticleContentValidator(sources, CorpusValidator.Today(timeProvider), layout);
        var content = rules.Validate(ArticleCandidate.From(document.RootElement, file.FullPath)).Errors
            .Select(f => CorpusValidator.ToDiagnostic(file, f, locations)).ToList();
        return CorpusValidator.Sort(CorpusValidator.Merge(schemaErrors, content));
    }
}

using System.Collections.Concurrent;
using DatasetBuilder.Model;
using DatasetBuilder.Reading;
using DatasetBuilder.Text;

namespace DatasetBuilder.Validation;

/// <summary>
/// Validates a data folder: <c>dataset.json</c>, every source profile and every article file, each against its JSON Schema.
/// A bad file never stops the other files from getting their verdict.
/// </summary>
public sealed class CorpusValidator(JsonLoadOptions loadOptions)
{
    private readonly JsonFileLoader _loader = new(loadOptions);

    public ValidationReport Validate(DataLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var diagnostics = new ConcurrentBag<Diagnostic>();
        var files = 0;

        DatasetMetadata? dataset = null;
        var datasetFile = layout.File(layout.DatasetFile);
        if (File.Exists(layout.DatasetFile))
        {
            files++;
            dataset = LoadAs(datasetFile, SchemaKind.Dataset, diagnostics, DatasetMetadataMapper.Map);
        }
        else
        {
            diagnostics.Add(new Diagnostic(datasetFile.DisplayPath, null, null, null, RuleCodes.FileUnreadable, Severity.Error,
                "data/dataset.json is missing; it names the dataset and holds the datasheet answers"));
        }

        var sources = new SortedDictionary<string, SourceProfile>(StringComparer.Ordinal);
        foreach (var path in EnumerateJson(layout.SourcesDirectory))
        {
            files++;
            var profile = LoadAs(layout.File(path), SchemaKind.Source, diagnostics, SourceProfileMapper.Map);
            if (profile is not null)
            {
                sources[profile.Id] = profile;
            }
        }

        var articlePaths = EnumerateJson(layout.ArticlesDirectory).ToList();
        files += articlePaths.Count;
        var articles = new ConcurrentBag<ValidArticle>();
        Parallel.ForEach(articlePaths, path =>
        {
            var file = layout.File(path);
            var result = _loader.Load(file);
            if (!result.Success)
            {
                foreach (var d in result.Diagnostics)
                {
                    diagnostics.Add(d);
                }

                return;
            }

            using var document = result.Document!;
            var schemaErrors = JsonSchemaValidator.Validate(file, result.Text!, SchemaKind.Article);
            foreach (var d in schemaErrors)
            {
                diagnostics.Add(d);
            }

            if (schemaErrors.Count == 0)
            {
                var article = ArticleMapper.Map(document.RootElement);
                articles.Add(new ValidArticle(file, article, ContentHash.Sha256Hex(article.Text)));
            }
        });

        return new ValidationReport
        {
            Articles = [.. articles.OrderBy(static a => a.File.DisplayPath, StringComparer.Ordinal)],
            Sources = sources,
            Dataset = dataset,
            Diagnostics = Sort(diagnostics),
            FilesChecked = files,
        };
    }

    internal static IReadOnlyList<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics
            .OrderBy(static d => d.File, StringComparer.Ordinal)
            .ThenBy(static d => d.Line ?? 0)
            .ThenBy(static d => d.Column ?? 0)
            .ThenBy(static d => d.Code, StringComparer.Ordinal)
            .ThenBy(static d => d.JsonPointer, StringComparer.Ordinal)
            .ThenBy(static d => d.Message, StringComparer.Ordinal)];

    private T? LoadAs<T>(ContributionFile file, SchemaKind kind, ConcurrentBag<Diagnostic> diagnostics, Func<System.Text.Json.JsonElement, T> map)
        where T : class
    {
        var result = _loader.Load(file);
        if (!result.Success)
        {
            foreach (var d in result.Diagnostics)
            {
                diagnostics.Add(d);
            }

            return null;
        }

        using var document = result.Document!;
        var errors = JsonSchemaValidator.Validate(file, result.Text!, kind);
        foreach (var d in errors)
        {
            diagnostics.Add(d);
        }

        return errors.Count == 0 ? map(document.RootElement) : null;
    }

    private static IEnumerable<string> EnumerateJson(string directory) =>
        Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            : [];
}

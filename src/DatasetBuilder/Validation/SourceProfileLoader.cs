using DatasetBuilder.Model;
using DatasetBuilder.Reading;

namespace DatasetBuilder.Validation;

/// <summary>Loads the schema-valid source profiles of a data folder; invalid ones are reported, not used.</summary>
public static class SourceProfileLoader
{
    public static IReadOnlyList<SourceProfile> Load(DataLayout layout, JsonLoadOptions options, out IReadOnlyList<Diagnostic> problems)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var loader = new JsonFileLoader(options);
        var profiles = new List<SourceProfile>();
        var diagnostics = new List<Diagnostic>();
        var paths = Directory.Exists(layout.SourcesDirectory)
            ? [.. Directory.EnumerateFiles(layout.SourcesDirectory, "*.json").Order(StringComparer.Ordinal)]
            : Array.Empty<string>();
        foreach (var path in paths)
        {
            var file = layout.File(path);
            var result = loader.Load(file);
            if (!result.Success)
            {
                diagnostics.AddRange(result.Diagnostics);
                continue;
            }

            using var document = result.Document!;
            var errors = JsonSchemaValidator.Validate(file, result.Text!, SchemaKind.Source);
            diagnostics.AddRange(errors);
            if (errors.Count == 0)
            {
                profiles.Add(SourceProfileMapper.Map(document.RootElement));
            }
        }

        problems = diagnostics;
        return profiles;
    }
}

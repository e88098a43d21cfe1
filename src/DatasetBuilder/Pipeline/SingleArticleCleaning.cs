using DatasetBuilder.Cleaning;
using DatasetBuilder.Importing;
using DatasetBuilder.Model;
using DatasetBuilder.Reading;
using DatasetBuilder.Validation;

namespace DatasetBuilder.Pipeline;

/// <summary>
/// Cleans one contribution file the way <c>build</c> would (what <c>clean [--explain] FILE</c> shows): with its source's
/// profile, and with the site template the build learns from the data folder — counted here over the articles of the
/// same source (<c>articles/&lt;source&gt;/</c>, the folder the rules tie a source to) that load and pass the JSON Schema,
/// plus the file itself when it lies elsewhere. A file that does not load or breaks the schema is not cleaned; a source
/// without a usable profile is cleaned with the generic rules, and says so.
/// </summary>
public static class SingleArticleCleaning
{
    public static SingleArticleCleaningResult Run(DataLayout data, string path, bool useProfiles = true, bool useTemplates = true)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(path);
        var loader = new JsonFileLoader(JsonLoadOptions.Default);
        var file = data.File(Path.GetFullPath(path));
        if (SchemaCheckedArticle.Read(loader, file, out var problems) is not { } article)
        {
            return new SingleArticleCleaningResult { Problems = problems };
        }

        var warnings = new List<Diagnostic>();
        var profile = useProfiles ? ProfileOf(data, article.Source, warnings) : null;
        var template = useTemplates ? TemplateOf(data, loader, article, file.FullPath) : null;
        var cleaned = new ArticleCleaner().Clean(new CleaningContext { Article = article, Profile = profile, Template = template, UseProfiles = useProfiles });
        return new SingleArticleCleaningResult { Article = article, Cleaned = cleaned, Problems = warnings };
    }

    private static SourceProfile? ProfileOf(DataLayout data, string source, List<Diagnostic> warnings)
    {
        var profiles = SourceProfileLoader.Load(data, JsonLoadOptions.Default, out var problems);
        // A broken profile stops a build; here it is reported and the article is cleaned without it.
        warnings.AddRange(problems.Select(static p => p with { Severity = Severity.Warning }));
        var profile = profiles.FirstOrDefault(p => string.Equals(p.Id, source, StringComparison.Ordinal));
        if (profile is null && !string.Equals(source, SiteTemplateLearner.UnknownSource, StringComparison.Ordinal))
        {
            var expected = data.File(Path.Combine(data.SourcesDirectory, source + ".json")).DisplayPath;
            warnings.Add(new Diagnostic(expected, null, null, null, RuleCodes.UnknownSource, Severity.Warning,
                $"no usable profile for source \"{source}\": cleaned without its markers (check --data, or pass --no-profiles to silence this)"));
        }

        return profile;
    }

    private static SiteTemplate? TemplateOf(DataLayout data, JsonFileLoader loader, Article article, string fullPath)
    {
        if (string.Equals(article.Source, SiteTemplateLearner.UnknownSource, StringComparison.Ordinal))
        {
            return null; // articles of no known site share no template (SiteTemplateCounter skips them too)
        }

        var folder = Path.Combine(data.ArticlesDirectory, article.Source);
        var paths = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
            : [];
        var counter = new SiteTemplateCounter();
        var counted = false;
        foreach (var path in paths)
        {
            var same = string.Equals(Path.GetFullPath(path), fullPath, StringComparison.Ordinal);
            if ((same ? article : SchemaCheckedArticle.Read(loader, data.File(path), out _)) is { } other && string.Equals(other.Source, article.Source, StringComparison.Ordinal))
            {
                counter.Add(other);
                counted |= same;
            }
        }

        if (!counted)
        {
            counter.Add(article);
        }

        return counter.Learn().FirstOrDefault(t => string.Equals(t.Source, article.Source, StringComparison.Ordinal));
    }
}

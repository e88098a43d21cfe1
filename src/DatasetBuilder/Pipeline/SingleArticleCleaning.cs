using DatasetBuilder.Cleaning;
using DatasetBuilder.Model;
using DatasetBuilder.Reading;
using DatasetBuilder.Validation;

namespace DatasetBuilder.Pipeline;

/// <summary>
/// Cleans one contribution file the way <c>build</c> would (what <c>clean [--explain] FILE</c> shows): with its source's
/// profile, and with the site template the build learns from the data folder — counted here, as the build counts, over the
/// articles of the same source (<c>articles/&lt;source&gt;/</c>, the folder the rules tie a source to) that pass their own
/// checks, plus the file itself when it lies elsewhere. A file that does not load or breaks the schema is not cleaned; a source
/// without a usable profile is cleaned with the generic rules, and says so.
/// </summary>
public static class SingleArticleCleaning
{
    public static SingleArticleCleaningResult Run(DataLayout data, string path, TimeProvider timeProvider, bool useProfiles = true, bool useTemplates = true)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var loader = new JsonFileLoader(JsonLoadOptions.Default);
        var file = data.File(Path.GetFullPath(path));
        if (SchemaCheckedArticle.Read(loader, file, out var problems) is not { } article)
        {
            return new SingleArticleCleaningResult { Problems = problems };
        }

        var warnings = new List<Diagnostic>();
        var profile = useProfiles ? ProfileOf(data, article.Source, warnings) : null;
        var template = useTemplates ? TemplateOf(data, article, file.FullPath, timeProvider) : null;
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

    private static SiteTemplate? TemplateOf(DataLayout data, Article article, string fullPath, TimeProvider timeProvider)
    {
        if (string.Equals(article.Source, SiteTemplateLearner.UnknownSource, StringComparison.Ordinal))
        {
            return null; // articles of no known site share no template (SiteTemplateCounter skips them too)
        }

        // Counted as the build counts (ValidationStage): each article of the source's folder that passes its own checks.
        var counter = new SiteTemplateCounter();
        var folder = Path.Combine(data.ArticlesDirectory, article.Source);
        var counted = 0;
        if (Directory.Exists(folder))
        {
            // The per-file checks only: the build counts an article before the corpus-wide checks too.
            _ = new CorpusValidator(JsonLoadOptions.Default, timeProvider) { ScanOthers = false }.Validate(data, [folder], valid =>
            {
                if (string.Equals(valid.Article.Source, article.Source, StringComparison.Ordinal))
                {
                    counter.Add(valid.Article);
                    if (string.Equals(valid.File.FullPath, fullPath, StringComparison.Ordinal))
                    {
                        Interlocked.Increment(ref counted);
                    }
                }
            });
        }

        if (counted == 0 && !fullPath.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            counter.Add(article); // a file outside the data folder joins the articles it would be built with
        }

        return counter.Learn().FirstOrDefault(t => string.Equals(t.Source, article.Source, StringComparison.Ordinal));
    }
}

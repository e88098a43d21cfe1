using DatasetBuilder.Model;
using DatasetBuilder.Reading;
using DatasetBuilder.Validation;

namespace DatasetBuilder.Evaluation;

/// <summary>
/// Reads gold folders: each <c>&lt;id&gt;.body.txt</c> is the expected body of the article <c>&lt;id&gt;.json</c>, found
/// next to it or, failing that, under the data folder's <c>articles/</c> (so the seed golds score the contributions in
/// <c>data/</c> without a copy). Article files are read as <c>clean</c> reads them: safe loading, then the article schema.
/// </summary>
public sealed class GoldSetReader
{
    /// <summary>Suffix of a gold body file.</summary>
    public const string GoldSuffix = ".body.txt";

    private readonly JsonFileLoader _loader = new(JsonLoadOptions.Default);

    public GoldSet Read(IReadOnlyList<string> goldDirectories, DataLayout data)
    {
        ArgumentNullException.ThrowIfNull(goldDirectories);
        ArgumentNullException.ThrowIfNull(data);
        var problems = new List<Diagnostic>();
        var profiles = SourceProfileLoader.Load(data, JsonLoadOptions.Default, out var profileProblems)
            .GroupBy(static p => p.Id, StringComparer.Ordinal)
            .ToDictionary(static g => g.Key, static g => g.First(), StringComparer.Ordinal);
        problems.AddRange(profileProblems);

        var corpusFiles = Directory.Exists(data.ArticlesDirectory)
            ? Directory.EnumerateFiles(data.ArticlesDirectory, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
            : [];
        var byId = corpusFiles.GroupBy(static f => Path.GetFileNameWithoutExtension(f), StringComparer.Ordinal)
            .ToDictionary(static g => g.Key, static g => g.First(), StringComparer.Ordinal);

        var gold = new SortedDictionary<string, GoldArticle>(StringComparer.Ordinal);
        foreach (var directory in goldDirectories)
        {
            foreach (var goldPath in Directory.EnumerateFiles(directory, "*" + GoldSuffix).Order(StringComparer.Ordinal))
            {
                var goldFile = data.File(goldPath);
                var id = Path.GetFileName(goldPath)[..^GoldSuffix.Length];
                var beside = Path.Combine(directory, id + ".json");
                var articlePath = File.Exists(beside) ? beside : byId.GetValueOrDefault(id);
                if (articlePath is null)
                {
                    problems.Add(Problem(goldFile.DisplayPath, $"no article \"{id}.json\" beside the gold body or under {data.File(data.ArticlesDirectory).DisplayPath}"));
                    continue;
                }

                if (gold.ContainsKey(id))
                {
                    problems.Add(Problem(goldFile.DisplayPath, $"article \"{id}\" already has a gold body in another gold folder"));
                    continue;
                }

                if (ReadArticle(data.File(articlePath), problems) is { } article)
                {
                    gold[id] = new GoldArticle(article, File.ReadAllText(goldPath), goldFile.DisplayPath);
                }
            }
        }

        // The site templates are learned from the corpus the article would be built with: the data folder plus the gold set.
        var corpus = new SortedDictionary<string, Article>(StringComparer.Ordinal);
        foreach (var (id, path) in byId)
        {
            if (!gold.ContainsKey(id) && ReadArticle(data.File(path), null) is { } article)
            {
                corpus[id] = article;
            }
        }

        foreach (var (id, g) in gold)
        {
            corpus[id] = g.Article;
        }

        return new GoldSet([.. gold.Values], [.. corpus.Values], profiles, problems);
    }

    /// <summary>The article of a contribution file, or null (with its problems added when <paramref name="problems"/> is given).</summary>
    private Article? ReadArticle(ContributionFile file, List<Diagnostic>? problems)
    {
        var article = SchemaCheckedArticle.Read(_loader, file, out var errors);
        problems?.AddRange(errors);
        return article;
    }

    private static Diagnostic Problem(string file, string message) => new(file, null, null, null, RuleCodes.FileUnreadable, Severity.Error, message);
}

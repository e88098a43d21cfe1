using System.Text.Json;
using DatasetBuilder.Cleaning;
using DatasetBuilder.Model;
using DatasetBuilder.Reading;
using DatasetBuilder.Tests.Support;
using DatasetBuilder.Text;

namespace DatasetBuilder.Tests.Cleaning;

/// <summary>
/// One small cleaning fixture (<c>TestData/Cleaning/Cases/*.case</c>): header lines <c>key: value</c> (title, subtitle,
/// rules or rules-used, published, agency, authors, new-subtitle, profile-markers, use-profiles, template), then <c>=== raw</c> and
/// <c>=== expected</c> sections.
/// </summary>
internal sealed record CleaningCase(string Name, CleaningContext Context, string Expected, IReadOnlyList<string>? Rules, IReadOnlyDictionary<string, string> Header)
{
    public static string CasesDirectory => Path.Combine(RepositoryPaths.TestData, "Cleaning", "Cases");

    public static string SeedsDirectory => Path.Combine(RepositoryPaths.TestData, "Cleaning", "Seeds");

    /// <summary>Whole pages modelled on other sites' layouts: <c>&lt;id&gt;.json</c> (the raw contribution) and <c>&lt;id&gt;.body.txt</c> (its gold body).</summary>
    public static string PagesDirectory => Path.Combine(RepositoryPaths.TestData, "Cleaning", "Pages");

    /// <summary>Paragraphs the cleaner is known to keep on a page although its gold body leaves them out (Pages/known-gaps.tsv).</summary>
    public static IReadOnlyList<(string Id, string Start, string Why)> PageKnownGaps() =>
        [.. File.ReadAllLines(Path.Combine(PagesDirectory, "known-gaps.tsv"))
            .Where(static l => l.Length > 0 && !l.StartsWith('#'))
            .Select(static l => l.Split('\t'))
            .Select(static f => (f[0], f[1], f[2]))];

    public static TheoryData<string, bool> PageIdsWithProfiles()
    {
        var data = new TheoryData<string, bool>();
        foreach (var file in Directory.GetFiles(PagesDirectory, "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file), true);
            data.Add(Path.GetFileNameWithoutExtension(file), false);
        }

        return data;
    }

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(CasesDirectory, "*.case").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    public static CleaningCase Load(string name)
    {
        var content = File.ReadAllText(Path.Combine(CasesDirectory, name + ".case"));
        var rawAt = content.IndexOf("=== raw\n", StringComparison.Ordinal);
        var expectedAt = content.IndexOf("=== expected\n", StringComparison.Ordinal);
        var header = content[..rawAt].Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(static l => !l.StartsWith('#'))
            .Select(static l => l.Split(": ", 2))
            .ToDictionary(static p => p[0], static p => p[1], StringComparer.Ordinal);
        var raw = content[(rawAt + "=== raw\n".Length)..expectedAt].TrimEnd('\n');
        var expected = content[(expectedAt + "=== expected\n".Length)..].TrimEnd('\n');
        var article = new Article
        {
            Id = name,
            Source = "example",
            Language = "ar",
            Title = header["title"],
            Subtitle = header.GetValueOrDefault("subtitle"),
            Text = raw,
        };
        var profile = header.TryGetValue("profile-markers", out var markers)
            ? new SourceProfile { Id = "example", Language = "ar", BoilerplateMarkers = markers.Split(" | ") }
            : null;
        var template = header.TryGetValue("template", out var lines)
            ? new SiteTemplate("example", lines.Split(" | ").ToDictionary(static l => ArabicNormalizer.Normalize(l), static _ => 3, StringComparer.Ordinal))
            : null;
        var context = new CleaningContext
        {
            Article = article,
            Profile = profile,
            Template = template,
            UseProfiles = !string.Equals(header.GetValueOrDefault("use-profiles"), "false", StringComparison.Ordinal),
        };
        // Whole-page cases list the distinct rules involved ("rules-used") rather than every span in order.
        string[]? rules = header.TryGetValue("rules", out var list) ? (list == "none" ? [] : list.Split(", ")) : null;
        return new CleaningCase(name, context, expected, rules, header);
    }

    /// <summary>The repository's seed contributions (data/articles/**), by article id.</summary>
    public static TheoryData<string, bool> SeedIdsWithProfiles()
    {
        var data = new TheoryData<string, bool>();
        foreach (var id in SeedFiles().Keys)
        {
            data.Add(id, true);
            data.Add(id, false);
        }

        return data;
    }

    public static SortedDictionary<string, string> SeedFiles() =>
        new(Directory.GetFiles(Path.Combine(RepositoryPaths.Data, "articles"), "*.json", SearchOption.AllDirectories)
            .ToDictionary(static f => Path.GetFileNameWithoutExtension(f), static f => f, StringComparer.Ordinal), StringComparer.Ordinal);

    public static Article LoadArticle(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return ArticleMapper.Map(document.RootElement);
    }

    public static SourceProfile? LoadProfile(string source)
    {
        var path = Path.Combine(RepositoryPaths.Data, "sources", source + ".json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return SourceProfileMapper.Map(document.RootElement);
    }
}

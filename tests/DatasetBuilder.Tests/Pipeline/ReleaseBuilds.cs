using System.Security.Cryptography;
using DatasetBuilder.Pipeline;
using Microsoft.Extensions.Time.Testing;

namespace DatasetBuilder.Tests.Pipeline;

/// <summary>Builds releases of a data folder for the release tests, and snapshots folders byte for byte.</summary>
internal static class ReleaseBuilds
{
    public const string Dataset = "kazakhstan-security-news-ar";

    public static Task<BuildResult> Build(string data, string dist, string? version = "1.0.0") =>
        new BuildPipeline(new FakeTimeProvider(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero)))
            .RunAsync(new BuildOptions { DataRoot = data, OutputRoot = dist, Version = version });

    /// <summary>Every file under <paramref name="folder"/> (relative path, ordinal order) with its SHA-256.</summary>
    public static SortedDictionary<string, string> Snapshot(string folder)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            files[Path.GetRelativePath(folder, file).Replace('\\', '/')] = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));
        }

        return files;
    }

    /// <summary>Deletes every article file of the data folder: a corpus with nothing to build.</summary>
    public static void DeleteAllArticles(string data)
    {
        foreach (var file in Directory.GetFiles(Path.Combine(data, "articles"), "*.json", SearchOption.AllDirectories))
        {
            File.Delete(file);
        }
    }

    /// <summary>
    /// Adds a new, distinct record: the first article's metadata under a new id, with a body of its own. The body must not be a
    /// near duplicate of any article (deduplication would merge them and the release would lose a record).
    /// </summary>
    public static string AddArticle(string data, string id)
    {
        var first = Directory.GetFiles(Path.Combine(data, "articles"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        var node = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(first))!;
        node["id"] = id;
        node["text"] = DistinctBody(id);
        var target = Path.Combine(Path.GetDirectoryName(first)!, id + ".json");
        File.WriteAllText(target, node.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        return target;
    }

    /// <summary>Appends " (مصحح)" to the title of the first article (ordinal path order) and returns that file: an edited record.</summary>
    public static string EditFirstTitle(string data)
    {
        var victim = Directory.GetFiles(Path.Combine(data, "articles"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        var json = File.ReadAllText(victim);
        var title = System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("title").GetString()!;
        File.WriteAllText(victim, json.Replace($"\"title\": \"{title}\"", $"\"title\": \"{title} (مصحح)\"", StringComparison.Ordinal));
        return victim;
    }

    private static readonly string[] Words =
    [
        "الحكومة", "أعلنت", "وزارة", "الداخلية", "اليوم", "عن", "خطة", "جديدة", "لتطوير", "الطرق", "في", "المدن", "الشمالية",
        "وقال", "المتحدث", "إن", "المشروع", "يشمل", "بناء", "جسور", "ومدارس", "ومستشفيات", "خلال", "العامين", "المقبلين",
        "وأضاف", "أن", "التمويل", "سيأتي", "من", "الميزانية", "العامة", "والشركاء", "الدوليين", "بعد", "مفاوضات", "طويلة",
    ];

    /// <summary>A deterministic body of about 120 words whose order depends on the id, so two added articles differ too.</summary>
    private static string DistinctBody(string id)
    {
        var random = new Random(id.Aggregate(17, static (h, c) => unchecked((h * 31) + c)));
        var paragraphs = Enumerable.Range(0, 3).Select(_ => string.Join(' ', Enumerable.Range(0, 40).Select(_ => Words[random.Next(Words.Length)])) + ".");
        return string.Join("\n\n", paragraphs);
    }
}

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

    /// <summary>Adds a copy of the first article under a new id (a new, distinct record).</summary>
    public static string AddArticle(string data, string id)
    {
        var first = Directory.GetFiles(Path.Combine(data, "articles"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        var json = File.ReadAllText(first);
        var oldId = Path.GetFileNameWithoutExtension(first);
        json = json.Replace($"\"id\": \"{oldId}\"", $"\"id\": \"{id}\"", StringComparison.Ordinal)
            .Replace("\"text\": \"", "\"text\": \"فقرة جديدة مختلفة تماما عن كل ما سبق في هذا المقال حتى لا يكون مكررا.\\n\\n", StringComparison.Ordinal);
        var target = Path.Combine(Path.GetDirectoryName(first)!, id + ".json");
        File.WriteAllText(target, json);
        return target;
    }
}

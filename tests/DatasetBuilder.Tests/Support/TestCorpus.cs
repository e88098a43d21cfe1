namespace DatasetBuilder.Tests.Support;

/// <summary>Copies of the repository's data folder that a test may change freely.</summary>
internal static class TestCorpus
{
    /// <summary>A test-only web page for copies of the data: the real dataset.json has none yet, and a release requires one.</summary>
    public const string TestHomepage = "https://example.org/datasets/kazakhstan-security-news-ar";

    /// <summary>
    /// Copies <c>data/</c> into <paramref name="temp"/>/data and returns that path. The copy gets <see cref="TestHomepage"/> when the
    /// repository's homepage is null (Croissant requires a url, so the release gate refuses a dataset without one).
    /// </summary>
    public static string CopyRepositoryData(TempDirectory temp, bool withHomepage = true)
    {
        var target = temp.Combine("data");
        CopyDirectory(RepositoryPaths.Data, target);
        var datasetJson = Path.Combine(target, "dataset.json");
        var node = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(datasetJson))!;
        if (withHomepage && node["homepage"] is null)
        {
            node["homepage"] = TestHomepage;
            File.WriteAllText(datasetJson, node.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        }

        return target;
    }

    public static void CopyDirectory(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    /// <summary>Leaves datasheet questions of <paramref name="data"/>/dataset.json unanswered: <paramref name="removed"/> gone, <paramref name="blank"/> whitespace.</summary>
    public static void UnanswerDatasheet(string data, string removed, string blank)
    {
        var datasetJson = Path.Combine(data, "dataset.json");
        var node = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(datasetJson))!;
        node["datasheet"]!.AsObject().Remove(removed);
        node["datasheet"]![blank] = "  ";
        File.WriteAllText(datasetJson, node.ToJsonString());
    }
}

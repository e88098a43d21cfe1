namespace DatasetBuilder.Tests.Support;

/// <summary>Copies of the repository's data folder that a test may change freely.</summary>
internal static class TestCorpus
{
    /// <summary>Copies <c>data/</c> into <paramref name="temp"/>/data and returns that path.</summary>
    public static string CopyRepositoryData(TempDirectory temp)
    {
        var target = temp.Combine("data");
        CopyDirectory(RepositoryPaths.Data, target);
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

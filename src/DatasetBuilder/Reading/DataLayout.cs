namespace DatasetBuilder.Reading;

/// <summary>Where things live under a data folder (<c>data/</c> by default).</summary>
public sealed record DataLayout
{
    public DataLayout(string dataRoot)
    {
        Root = Path.GetFullPath(dataRoot);
        DisplayBase = Path.GetDirectoryName(Root.TrimEnd(Path.DirectorySeparatorChar)) ?? Root;
    }

    public string Root { get; }

    /// <summary>Paths are shown relative to this folder (the repository root when the data folder is <c>data/</c>).</summary>
    public string DisplayBase { get; }

    public string ArticlesDirectory => Path.Combine(Root, "articles");

    public string SourcesDirectory => Path.Combine(Root, "sources");

    public string DatasetFile => Path.Combine(Root, "dataset.json");

    public ContributionFile File(string fullPath)
    {
        var full = Path.GetFullPath(fullPath);
        var relative = Path.GetRelativePath(DisplayBase, full);
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            relative = full;
        }

        return new ContributionFile(full, relative.Replace('\\', '/'));
    }
}

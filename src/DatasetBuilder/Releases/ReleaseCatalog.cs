namespace DatasetBuilder.Releases;

/// <summary>The published versions of one dataset: the folders of <c>dist/&lt;dataset&gt;/</c> named <c>X.Y.Z</c> that hold a manifest.</summary>
public static class ReleaseCatalog
{
    public static IReadOnlyList<ReleaseVersion> Published(string datasetDirectory)
    {
        if (!Directory.Exists(datasetDirectory))
        {
            return [];
        }

        return
        [
            .. Directory.EnumerateDirectories(datasetDirectory)
                .Where(static d => File.Exists(Path.Combine(d, Manifest.FileName)))
                .Select(static d => ReleaseVersion.TryParse(Path.GetFileName(d), out var v) ? v : null)
                .OfType<ReleaseVersion>()
                .Order(),
        ];
    }

    /// <summary>The greatest published version below <paramref name="target"/> (or the greatest of all when target is null).</summary>
    public static ReleaseVersion? Previous(string datasetDirectory, ReleaseVersion? target) =>
        Published(datasetDirectory).Where(v => target is null || v < target.Value).Cast<ReleaseVersion?>().LastOrDefault();
}

namespace DatasetBuilder.Reading;

/// <summary>A file found under the data folder.</summary>
/// <param name="FullPath">Absolute path on disk.</param>
/// <param name="DisplayPath">Path shown to people and CI: relative to the repository (the data folder's parent), forward slashes.</param>
public sealed record ContributionFile(string FullPath, string DisplayPath);

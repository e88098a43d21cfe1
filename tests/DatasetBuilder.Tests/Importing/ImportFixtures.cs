using DatasetBuilder.Importing;
using DatasetBuilder.Model;
using DatasetBuilder.Reading;
using DatasetBuilder.Validation;
using DatasetBuilder.Tests.Support;

namespace DatasetBuilder.Tests.Importing;

/// <summary>Shared inputs of the import tests: the repository's contributions and source profiles, and the HTML fixtures.</summary>
internal static class ImportFixtures
{
    public static string Folder => Path.Combine(RepositoryPaths.TestData, "Importing");

    public static IReadOnlyList<SourceProfile> RepositorySources { get; } =
        SourceProfileLoader.Load(new DataLayout(RepositoryPaths.Data), JsonLoadOptions.Default, out _);

    /// <summary>Every contribution in <c>data/articles/</c>, by path relative to the data folder.</summary>
    public static TheoryData<string> Contributions()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Data, "articles"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepositoryPaths.Data, path).Replace('\\', '/'));
        }

        return data;
    }

    public static string Read(string name) => File.ReadAllText(Path.Combine(Folder, name));
}

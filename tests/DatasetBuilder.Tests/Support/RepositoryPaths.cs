namespace DatasetBuilder.Tests.Support;

/// <summary>Finds the repository the tests run from (the folder holding DatasetBuilder.sln).</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Data => Path.Combine(Root, "data");

    public static string DuckDbReader => Path.Combine(Root, "tests", "duckdb");

    public static string TestData => Path.Combine(AppContext.BaseDirectory, "TestData");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DatasetBuilder.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("DatasetBuilder.sln not found above " + AppContext.BaseDirectory);
    }
}

namespace DatasetBuilder.Reading;

/// <summary>What is wrong with a <c>--data</c> value, said so the user can act on it (a file given for the folder is not "missing").</summary>
public static class DataFolderCheck
{
    /// <summary>Null when <paramref name="root"/> is a folder; otherwise the one-line usage message.</summary>
    public static string? Problem(string root)
    {
        if (Directory.Exists(root))
        {
            return null;
        }

        return File.Exists(root)
            ? $"--data \"{root}\" is a file, not a folder; pass the data folder (the one that holds dataset.json, sources/ and articles/)"
            : $"data folder \"{root}\" does not exist; pass --data with the folder that holds dataset.json, sources/ and articles/";
    }
}

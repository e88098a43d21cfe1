using System.Security.Cryptography;
using System.Text;

namespace DatasetBuilder.Releases;

/// <summary>
/// The inputs of a release besides the articles: <c>dataset.json</c> (answers, licence, homepage) and the source profiles.
/// They shape the card and croissant.json without touching the data files, so "nothing changed" needs their hash too;
/// the data commit alone cannot tell outside git or in a dirty checkout.
/// </summary>
public static class ReleaseInputs
{
    /// <summary>SHA-256 over each input's relative path, a NUL, its length and its bytes, in ordinal path order.</summary>
    public static string Sha256(string dataRoot)
    {
        var files = new List<string>();
        var datasetJson = Path.Combine(dataRoot, "dataset.json");
        if (File.Exists(datasetJson))
        {
            files.Add(datasetJson);
        }

        var sources = Path.Combine(dataRoot, "sources");
        if (Directory.Exists(sources))
        {
            files.AddRange(Directory.EnumerateFiles(sources, "*.json", SearchOption.AllDirectories));
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (relative, full) in files.Select(f => (Path.GetRelativePath(dataRoot, f).Replace('\\', '/'), f)).OrderBy(static f => f.Item1, StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(full);
            hash.AppendData(Encoding.UTF8.GetBytes($"{relative}\0{bytes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)}\0"));
            hash.AppendData(bytes);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}

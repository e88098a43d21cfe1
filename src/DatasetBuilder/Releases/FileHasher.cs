using System.Security.Cryptography;

namespace DatasetBuilder.Releases;

/// <summary>Streams files through SHA-256 (releases can hold files larger than memory).</summary>
public static class FileHasher
{
    public static ManifestFile Describe(string root, string relativePath)
    {
        var full = Path.Combine(root, relativePath);
        using var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
        var hash = SHA256.HashData(stream);
        return new ManifestFile(relativePath.Replace('\\', '/'), stream.Length, Convert.ToHexStringLower(hash));
    }
}

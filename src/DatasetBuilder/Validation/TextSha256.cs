using System.Security.Cryptography;
using DatasetBuilder.Text;

namespace DatasetBuilder.Validation;

/// <summary>
/// <see cref="ContentHash.Sha256Hex(string)"/> of a text, and the key the duplicate checks compare texts by: validation hashes
/// every article's raw text, the largest string it holds (<see cref="ContentHash.Sha256(string, Span{byte})"/> encodes it
/// into a pooled buffer).
/// </summary>
internal static class TextSha256
{
    public static string Hex(string text) => Convert.ToHexStringLower(Digest(text));

    /// <summary>The key the duplicate checks compare texts by (<see cref="Reading.ArticleKeys.TextHashOf"/> of the digest).</summary>
    public static UInt128 Key(string text) => Reading.ArticleKeys.TextHashOf(Digest(text));

    private static byte[] Digest(string text)
    {
        var digest = new byte[SHA256.HashSizeInBytes];
        ContentHash.Sha256(text, digest);
        return digest;
    }
}

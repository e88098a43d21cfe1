using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using DatasetBuilder.Text;

namespace DatasetBuilder.Validation;

/// <summary>
/// <see cref="ContentHash.Sha256Hex(string)"/> of a text, with its UTF-8 encoded into a pooled buffer rather than a new array:
/// validation hashes every article's raw text, the largest string it holds.
/// </summary>
internal static class TextSha256
{
    public static string Hex(string text) => Convert.ToHexStringLower(Digest(text));

    /// <summary>The key the duplicate checks compare texts by (<see cref="Reading.ArticleKeys.TextHashOf"/> of the digest).</summary>
    public static UInt128 Key(string text) => Reading.ArticleKeys.TextHashOf(Digest(text));

    private static byte[] Digest(string text)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(text, buffer);
            return SHA256.HashData(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}

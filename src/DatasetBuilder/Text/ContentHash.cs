using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace DatasetBuilder.Text;

/// <summary>SHA-256 helpers; every persisted hash in the project is lowercase hexadecimal SHA-256.</summary>
public static class ContentHash
{
    public static string Sha256Hex(string text)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        Sha256(text, digest);
        return Convert.ToHexStringLower(digest);
    }

    public static string Sha256Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>
    /// Writes the SHA-256 of <paramref name="text"/>'s UTF-8 into <paramref name="digest"/> (32 bytes), the UTF-8 encoded into a
    /// pooled buffer rather than a new array: a build hashes every article's raw and cleaned text, its largest strings.
    /// </summary>
    public static void Sha256(string text, Span<byte> digest)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(text, buffer);
            SHA256.HashData(buffer.AsSpan(0, length), digest);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>SHA-256 of the matching key of <paramref name="text"/> (see <see cref="ArabicNormalizer"/>).</summary>
    public static string NormalizedSha256Hex(string text) => Sha256Hex(ArabicNormalizer.Normalize(text));
}

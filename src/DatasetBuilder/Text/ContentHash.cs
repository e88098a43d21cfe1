using System.Security.Cryptography;
using System.Text;

namespace DatasetBuilder.Text;

/// <summary>SHA-256 helpers; every persisted hash in the project is lowercase hexadecimal SHA-256.</summary>
public static class ContentHash
{
    public static string Sha256Hex(string text) => Sha256Hex(Encoding.UTF8.GetBytes(text));

    public static string Sha256Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>SHA-256 of the matching key of <paramref name="text"/> (see <see cref="ArabicNormalizer"/>).</summary>
    public static string NormalizedSha256Hex(string text) => Sha256Hex(ArabicNormalizer.Normalize(text));
}

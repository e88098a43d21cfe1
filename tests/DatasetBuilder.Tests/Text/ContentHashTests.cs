using System.Security.Cryptography;
using System.Text;
using DatasetBuilder.Text;

namespace DatasetBuilder.Tests.Text;

public sealed class ContentHashTests
{
    [Fact]
    public void Sha256Hex_KnownVector_IsTheStandardDigest() =>
        ContentHash.Sha256Hex("abc").ShouldBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");

    /// <summary>The pooled encoding hashes the bytes <see cref="Encoding.UTF8"/> gives a new array: Arabic, emoji, a lone surrogate (U+FFFD), long texts.</summary>
    [Theory]
    [InlineData("")]
    [InlineData("نص عربي، مع تشكيل: أَحْمَد")]
    [InlineData("😀 \ud800 lone")]
    [InlineData(null)]
    public void Sha256Hex_AnyText_IsTheDigestOfItsUtf8(string? text)
    {
        text ??= new string('ع', 70_000) + "x";
        ContentHash.Sha256Hex(text).ShouldBe(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))));
        Span<byte> digest = stackalloc byte[32];
        ContentHash.Sha256(text, digest);
        digest.ToArray().ShouldBe(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}

using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CsCheck;
using DatasetBuilder.Reading;

namespace DatasetBuilder.Tests.Reading;

public sealed class JsonTextDecoderTests
{
    /// <summary>
    /// Against the JSON reader on random strings (the pieces of <see cref="JsonStringMeasureTests.Pieces"/>: escapes of every
    /// kind, surrogate pairs raw and escaped, lone surrogate escapes, bytes that are not UTF-8, what is not JSON in a string):
    /// a value is decoded exactly where the reader reads a string and decodes it, it is the reader's value, the string ends
    /// where the reader's token does, and the hash is the SHA-256 of the value's UTF-8.
    /// </summary>
    [Fact]
    public void TryDecode_AgreesWithTheJsonReader()
    {
        var pieces = JsonStringMeasureTests.Pieces;
        Gen.Int[0, pieces.Length - 1].Array[0, 12].Sample(picked =>
        {
            var content = picked.SelectMany(i => pieces[i]).ToArray();
            byte[] json = [(byte)'"', .. content, (byte)'"', .. ", \"next\": 1"u8];
            var shown = Convert.ToHexString(content);
            var sha256 = new byte[SHA256.HashSizeInBytes];

            var decoded = JsonTextDecoder.TryDecode(json, sha256, out var consumed, out var value);

            var reader = new Utf8JsonReader(json, new JsonReaderOptions { AllowMultipleValues = true });
            string? expected;
            try
            {
                expected = reader.Read() && reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException)
            {
                expected = null;
            }

            decoded.ShouldBe(expected is not null, shown);
            if (expected is null)
            {
                return;
            }

            value.ShouldBe(expected, shown);
            consumed.ShouldBe((int)reader.BytesConsumed, shown);
            sha256.ShouldBe(SHA256.HashData(Encoding.UTF8.GetBytes(expected)), shown);
        }, iter: 30_000);
    }

    /// <summary>A value longer than the pooled buffers' smallest sizes, escaped at every line as an article's text is.</summary>
    [Fact]
    public void TryDecode_LongEscapedText()
    {
        var text = string.Join("\n\n", Enumerable.Range(0, 2000).Select(i => $"الفقرة رقم {i} من نص طويل \"مقتبس\" / Paragraph {i} 😀"));
        var json = JsonSerializer.SerializeToUtf8Bytes(text);
        var sha256 = new byte[SHA256.HashSizeInBytes];

        JsonTextDecoder.TryDecode(json, sha256, out var consumed, out var value).ShouldBeTrue();

        value.ShouldBe(text);
        consumed.ShouldBe(json.Length);
        sha256.ShouldBe(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}

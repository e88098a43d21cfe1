using System.Text;
using System.Text.Json;
using CsCheck;
using DatasetBuilder.Reading;

namespace DatasetBuilder.Tests.Reading;

public sealed class JsonStringMeasureTests
{
    /// <summary>
    /// Pieces of string content: plain and escaped Arabic and Latin, surrogate pairs written raw and as escapes, lone surrogate
    /// escapes, bytes that are not UTF-8 (cut, stray, overlong, surrogates encoded in UTF-8), three- and four-byte characters,
    /// and what is not JSON inside a string (a control character, an unknown escape, short hex digits).
    /// </summary>
    internal static readonly byte[][] Pieces =
    [
        "نص عربي طويل بما يكفي ليملأ كتلة"u8.ToArray(), "abcdefghijklmnopqrstuvwxyz"u8.ToArray(), "\\n"u8.ToArray(), "\\n\\n"u8.ToArray(), "\\\""u8.ToArray(),
        "\\\\"u8.ToArray(), "\\/"u8.ToArray(), "\\t\\b\\f\\r"u8.ToArray(), "\\u0041"u8.ToArray(), "\\u0628"u8.ToArray(), "\\u200F"u8.ToArray(),
        "\\uD83D\\uDE00"u8.ToArray(), "\\ud83d\\ude00"u8.ToArray(), "😀"u8.ToArray(), "“مقتبس”…"u8.ToArray(), "\\uD83D"u8.ToArray(), "\\uDE00"u8.ToArray(),
        "\\uD83Dx"u8.ToArray(), "\\uD83D\\u0041"u8.ToArray(), "\\u00e9"u8.ToArray(), "é"u8.ToArray(), [0xD8], [0x80], [0xC3, 0xA9], [0xE2, 0x80],
        [0xF0, 0x9F, 0x98], [0xC0, 0xAF], [0xC1, 0xBF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFF], [0x7F], [0x01], "\\x"u8.ToArray(),
        "\\u12G4"u8.ToArray(), "\\u12"u8.ToArray(),
    ];

    /// <summary>
    /// Against the JSON reader on random strings: the measured string ends where the reader's token ends, is a string exactly
    /// where the reader reads one, and its length is that of the reader's decoded value (-1 exactly where decoding fails).
    /// </summary>
    [Fact]
    public void Measure_AgreesWithTheJsonReader()
    {
        Gen.Int[0, Pieces.Length - 1].Array[0, 12].Sample(picked =>
        {
            var value = picked.SelectMany(i => Pieces[i]).ToArray();
            byte[] json = [(byte)'"', .. value, (byte)'"', .. ", \"next\": 1"u8];
            var shown = Convert.ToHexString(value);

            var measured = JsonStringMeasure.Measure(json, out var length, out var utf16Length, out var escaped);

            var reader = new Utf8JsonReader(json, new JsonReaderOptions { AllowMultipleValues = true });
            bool isString;
            try
            {
                isString = reader.Read() && reader.TokenType == JsonTokenType.String;
            }
            catch (JsonException)
            {
                isString = false;
            }

            measured.ShouldBe(isString, shown);
            if (!isString)
            {
                return;
            }

            length.ShouldBe((int)reader.BytesConsumed, shown);
            escaped.ShouldBe(reader.ValueIsEscaped, shown);
            int expected;
            try
            {
                expected = reader.GetString()!.Length;
            }
            catch (InvalidOperationException)
            {
                expected = -1;
            }

            utf16Length.ShouldBe(expected, shown);
        }, iter: 30_000);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc\"")]
    [InlineData("\"abc")]
    [InlineData("\"abc\\")]
    [InlineData("\"abc\\u00")]
    public void Measure_NotAString_IsFalse(string json) => JsonStringMeasure.Measure(Encoding.UTF8.GetBytes(json), out _, out _, out _).ShouldBeFalse();
}

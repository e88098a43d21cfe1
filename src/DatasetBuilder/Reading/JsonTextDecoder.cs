using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using DatasetBuilder.Text;

namespace DatasetBuilder.Reading;

/// <summary>
/// Decodes an article's text from its JSON string token and hashes it on the way: the value is unescaped into a pooled buffer
/// (<see cref="JsonStringUnescaper"/>), checked to be UTF-8 and counted in one vectorised pass
/// (<see cref="Utf8Text.Utf16Length"/>), hashed as the UTF-8 it is (SHA-256, the hash the row's <c>raw_sha256</c> and
/// the duplicate checks' text key are taken from) and decoded once. The JSON reader's own value copies the string, counts it
/// and decodes it, and the hash then needed it encoded back to UTF-8.
/// </summary>
internal static class JsonTextDecoder
{
    /// <summary>
    /// Decodes the JSON string that starts at <paramref name="json"/>[0] (its opening quote) and writes the SHA-256 of its
    /// value's UTF-8 into <paramref name="sha256"/> (32 bytes). False when the bytes are not a JSON string whose value is
    /// text (see <see cref="JsonStringUnescaper.TryUnescape"/>; bytes that are not UTF-8); otherwise
    /// <paramref name="consumed"/> is the string's length in bytes with both quotes.
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<byte> json, Span<byte> sha256, out int consumed, [NotNullWhen(true)] out string? value)
    {
        value = null;
        var unescaped = ArrayPool<byte>.Shared.Rent(Math.Max(json.Length, 1));
        try
        {
            if (!JsonStringUnescaper.TryUnescape(json, ref unescaped, out consumed, out var length))
            {
                return false;
            }

            var utf8 = unescaped.AsSpan(0, length);
            var units = Utf8Text.Utf16Length(utf8);
            if (units < 0)
            {
                return false;
            }

            value = string.Create(units, (unescaped, length), static (chars, state) => Encoding.UTF8.GetChars(state.unescaped.AsSpan(0, state.length), chars));
            System.Security.Cryptography.SHA256.HashData(utf8, sha256);
            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(unescaped);
        }
    }
}

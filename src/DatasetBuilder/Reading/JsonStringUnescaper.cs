using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace DatasetBuilder.Reading;

/// <summary>
/// Unescapes a JSON string value into the UTF-8 bytes it stands for, copying the runs between escapes whole (a vectorised
/// search finds each escape). The JSON reader walks the rest of a string byte by byte once it has met an escape, and an
/// article's text has one at every line break; its value then costs a second copy, a count and a transcoding.
/// </summary>
internal static class JsonStringUnescaper
{
    /// <summary>
    /// Unescapes the JSON string that starts at <paramref name="json"/>[0] (its opening quote) into <paramref name="destination"/>
    /// (pooled; replaced by a larger one when it is too small). False when the bytes are not a JSON string whose value decodes:
    /// no closing quote, a control character, an unknown escape, or a surrogate escape that is not half of a pair written as two
    /// escapes. Otherwise <paramref name="consumed"/> is the string's length in bytes with both quotes and
    /// <paramref name="length"/> that of its value. The value's bytes are not checked to be UTF-8: a strict decoding does that.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryUnescape(ReadOnlySpan<byte> json, ref byte[] destination, out int consumed, out int length)
    {
        consumed = 0;
        length = 0;
        if (json.IsEmpty || json[0] != (byte)'"')
        {
            return false;
        }

        // An escape is never shorter than what it stands for (\uXXXX is six bytes for at most three; a pair twelve for four).
        if (destination.Length < json.Length)
        {
            ArrayPool<byte>.Shared.Return(destination);
            destination = ArrayPool<byte>.Shared.Rent(json.Length);
        }

        var output = destination.AsSpan();
        var written = 0;
        var at = 1;
        while (true)
        {
            var run = json[at..].IndexOfAny(JsonStringMeasure.RunEnds);
            if (run < 0)
            {
                return false;
            }

            json.Slice(at, run).CopyTo(output[written..]);
            written += run;
            at += run;
            var b = json[at];
            if (b == (byte)'"')
            {
                consumed = at + 1;
                length = written;
                return true;
            }

            if (b != (byte)'\\' || at + 1 >= json.Length)
            {
                return false;
            }

            var escape = json[at + 1];
            if (escape == (byte)'u')
            {
                if (!JsonStringMeasure.TryHex4(json, at + 2, out var unit))
                {
                    return false;
                }

                at += 6;
                if (char.IsHighSurrogate(unit))
                {
                    if (!(json.Length >= at + 6 && json[at] == (byte)'\\' && json[at + 1] == (byte)'u' && JsonStringMeasure.TryHex4(json, at + 2, out var low) && char.IsLowSurrogate(low)))
                    {
                        return false;
                    }

                    at += 6;
                    written += new Rune(unit, low).EncodeToUtf8(output[written..]);
                }
                else if (char.IsLowSurrogate(unit))
                {
                    return false;
                }
                else
                {
                    written += new Rune(unit).EncodeToUtf8(output[written..]);
                }

                continue;
            }

            output[written++] = escape switch
            {
                (byte)'"' => (byte)'"',
                (byte)'\\' => (byte)'\\',
                (byte)'/' => (byte)'/',
                (byte)'b' => (byte)'\b',
                (byte)'f' => (byte)'\f',
                (byte)'n' => (byte)'\n',
                (byte)'r' => (byte)'\r',
                (byte)'t' => (byte)'\t',
                _ => 0,
            };
            if (output[written - 1] == 0)
            {
                return false; // an escape JSON does not have (\0 is not one either)
            }

            at += 2;
        }
    }
}

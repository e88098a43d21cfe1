using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace DatasetBuilder.Reading;

/// <summary>
/// Measures a JSON string value in place: where it ends, whether it is valid JSON, and how many UTF-16 units it holds once
/// unescaped, in one pass over its bytes and without decoding it. A partial validation asks this of the text of every other
/// article file of the corpus only to learn whether that text can be as long as a checked one; through the JSON reader the
/// same question took two passes of about 1 GB/s each over Arabic text (the reader's byte-by-byte walk of a string with
/// escapes, then the runtime's UTF-8 validation and count), a fifth of the CPU time of <c>validate FILE</c> without a cache.
/// </summary>
internal static class JsonStringMeasure
{
    // Throws on bytes that are not UTF-8 rather than counting a replacement character for them.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>What ends a run of plain bytes in a JSON string: its closing quote, an escape, or a control character (not allowed).</summary>
    internal static readonly SearchValues<byte> RunEnds = SearchValues.Create([.. Enumerable.Range(0, 0x20).Select(static b => (byte)b), (byte)'"', (byte)'\\']);

    /// <summary>
    /// Measures the JSON string that starts at <paramref name="json"/>[0] (its opening quote). False when the bytes are not a JSON
    /// string as <see cref="System.Text.Json.Utf8JsonReader"/> reads one (no closing quote, a control character, an escape it does
    /// not know). Otherwise <paramref name="length"/> is the string's length in bytes with both quotes, <paramref name="escaped"/>
    /// whether it holds an escape, and <paramref name="utf16Length"/> the length of its unescaped value in UTF-16 units, or -1
    /// where the reader could read the token but not decode its value (bytes that are not UTF-8, a high surrogate escape not
    /// followed by a low one, a low one alone).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool Measure(ReadOnlySpan<byte> json, out int length, out int utf16Length, out bool escaped)
    {
        length = 0;
        utf16Length = -1;
        escaped = false;
        if (json.IsEmpty || json[0] != (byte)'"')
        {
            return false;
        }

        var units = 0;
        var decodable = true;
        var at = 1;
        while (true)
        {
            var run = json[at..].IndexOfAny(RunEnds);
            if (run < 0)
            {
                return false;
            }

            if (decodable)
            {
                var counted = Utf16Length(json.Slice(at, run));
                decodable = counted >= 0;
                units += counted;
            }

            at += run;
            var b = json[at];
            if (b == (byte)'"')
            {
                length = at + 1;
                utf16Length = decodable ? units : -1;
                return true;
            }

            if (b != (byte)'\\' || at + 1 >= json.Length)
            {
                return false;
            }

            escaped = true;
            switch (json[at + 1])
            {
                case (byte)'"' or (byte)'\\' or (byte)'/' or (byte)'b' or (byte)'f' or (byte)'n' or (byte)'r' or (byte)'t':
                    at += 2;
                    units++;
                    break;
                case (byte)'u':
                    if (!TryHex4(json, at + 2, out var unit))
                    {
                        return false;
                    }

                    at += 6;
                    units++;
                    if (char.IsLowSurrogate(unit))
                    {
                        decodable = false;
                    }
                    else if (char.IsHighSurrogate(unit))
                    {
                        // Decodable only as the first half of a pair written as two escapes.
                        if (json.Length >= at + 6 && json[at] == (byte)'\\' && json[at + 1] == (byte)'u' && TryHex4(json, at + 2, out var low) && char.IsLowSurrogate(low))
                        {
                            at += 6;
                            units++;
                        }
                        else
                        {
                            decodable = false;
                        }
                    }

                    break;
                default:
                    return false;
            }
        }
    }

    /// <summary>
    /// The length in UTF-16 units of <paramref name="utf8"/>, or -1 when it is not UTF-8. Runs of ASCII and two-byte characters
    /// (Latin and Arabic text) are checked and counted sixteen bytes at a time; a block with a longer character (or a malformed
    /// one) is handed, up to the next character boundary, to the runtime's own strict decoder, as is the tail.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Utf16Length(ReadOnlySpan<byte> utf8)
    {
        var units = 0;
        var at = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            // Whether the byte before the block was a two-byte lead, whose continuation is the block's first byte.
            var carry = 0u;
            var continuationMask = Vector128.Create((byte)0xC0);
            var continuationBits = Vector128.Create((byte)0x80);
            var firstLead = Vector128.Create((byte)0xC2);
            var firstLong = Vector128.Create((byte)0xE0);
            while (at + Vector128<byte>.Count <= utf8.Length)
            {
                var block = Vector128.Create(utf8.Slice(at, Vector128<byte>.Count));
                var continuations = Vector128.Equals(block & continuationMask, continuationBits).ExtractMostSignificantBits();
                // 0xC2..0xDF lead a two-byte character; 0xC0 and 0xC1 only lead overlong forms, which are not UTF-8.
                var leads = (Vector128.GreaterThanOrEqual(block, firstLead) & Vector128.LessThan(block, firstLong)).ExtractMostSignificantBits();
                var other = (Vector128.GreaterThanOrEqual(block, Vector128.Create((byte)0x80)).ExtractMostSignificantBits() & ~continuations) & ~leads;
                if (other == 0 && continuations == (((leads << 1) | carry) & 0xFFFF))
                {
                    // Every character here is ASCII or two bytes long and complete (a lead's continuation may open the next block).
                    units += Vector128<byte>.Count - BitOperations.PopCount(continuations);
                    carry = leads >> (Vector128<byte>.Count - 1);
                    at += Vector128<byte>.Count;
                    continue;
                }

                // A longer character, or bytes that are not UTF-8: the runtime decides, from the start of the character the
                // block opens with to the first character boundary after it.
                var from = at - (int)carry;
                units -= (int)carry;
                var to = at + Vector128<byte>.Count;
                while (to < utf8.Length && (utf8[to] & 0xC0) == 0x80 && to - (at + Vector128<byte>.Count) < 3)
                {
                    to++;
                }

                var counted = StrictCount(utf8[from..to]);
                if (counted < 0)
                {
                    return -1;
                }

                units += counted;
                carry = 0;
                at = to;
            }

            units -= (int)carry;
            at -= (int)carry;
        }

        var tail = StrictCount(utf8[at..]);
        return tail < 0 ? -1 : units + tail;
    }

    private static int StrictCount(ReadOnlySpan<byte> utf8)
    {
        try
        {
            return StrictUtf8.GetCharCount(utf8);
        }
        catch (DecoderFallbackException)
        {
            return -1;
        }
    }

    /// <summary>The UTF-16 unit written as the four hexadecimal digits at <paramref name="at"/>; false when there are not four.</summary>
    internal static bool TryHex4(ReadOnlySpan<byte> json, int at, out char unit)
    {
        unit = '\0';
        if (json.Length < at + 4
            || !ushort.TryParse(json.Slice(at, 4), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        unit = (char)value;
        return true;
    }
}

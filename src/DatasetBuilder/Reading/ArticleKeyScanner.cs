using System.Buffers;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DatasetBuilder.Text;

namespace DatasetBuilder.Reading;

/// <summary>
/// Reads only <c>id</c>, <c>url</c> and <c>text</c> from an article file, without schema or rules: what the corpus-wide
/// checks need from the files a partial validation (<c>validate PATH</c>) does not check. A file it cannot read is
/// skipped: its own verdict was not asked for.
/// </summary>
public static class ArticleKeyScanner
{
    // Throws on bytes that are not UTF-8 rather than counting a replacement character for them.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <param name="file">The file to scan.</param>
    /// <param name="maxBytes">Files larger than this are skipped, as the loader would reject them.</param>
    /// <param name="hashText">Decides, from the text's length in UTF-16 units, whether its hash can matter (saves hashing every text).</param>
    public static ArticleKeys? Scan(ContributionFile file, long maxBytes, Func<int, bool> hashText) => Scan(file, null, maxBytes, hashText);

    /// <summary>
    /// As <see cref="Scan(ContributionFile, long, Func{int, bool})"/>, with the file's length as the folder listing gave it
    /// (<see cref="DataEntry.Length"/>), so the file is not asked for its status again: on a cold partial validation that is two
    /// of the ten system calls spent on each of the corpus's other files. A file that changed length since the listing reads
    /// as what it held then, cut or short, and is skipped when that is no longer an article (the race a status read just
    /// before the read had too).
    /// </summary>
    /// <param name="file">The file to scan.</param>
    /// <param name="listedLength">The length the folder listing gave, or null to ask the file.</param>
    /// <param name="maxBytes">Files larger than this are skipped, as the loader would reject them.</param>
    /// <param name="hashText">Decides, from the text's length in UTF-16 units, whether its hash can matter (saves hashing every text).</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ArticleKeys? Scan(ContributionFile file, long? listedLength, long maxBytes, Func<int, bool> hashText)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(hashText);
        byte[]? buffer = null;
        byte[]? unescaped = null;
        try
        {
            var length = listedLength ?? new FileInfo(file.FullPath).Length;
            if (length > maxBytes)
            {
                return null;
            }

            // A pooled buffer, not a new array per file: a partial validation scans every other file of the corpus.
            buffer = ArrayPool<byte>.Shared.Rent((int)Math.Max(length, 1));
            var read = PositionalRead.ReadFile(file.FullPath, length, ref buffer);
            var reader = new Utf8JsonReader(buffer.AsSpan(0, read), new JsonReaderOptions { MaxDepth = 64 });
            string? id = null, url = null;
            UInt128? hash = null;
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.ValueTextEquals("id"u8) ? 1 : reader.ValueTextEquals("url"u8) ? 2 : reader.ValueTextEquals("text"u8) ? 3 : 0;
                reader.Read();
                if (name == 0 || reader.TokenType != JsonTokenType.String)
                {
                    reader.Skip();
                    continue;
                }

                switch (name)
                {
                    case 1:
                        id = reader.GetString();
                        break;
                    case 2:
                        url = reader.GetString();
                        break;
                    default:
                        hash = TextHash(ref reader, ref unescaped, hashText, out var unreadable);
                        if (unreadable)
                        {
                            return null;
                        }

                        break;
                }
            }

            return new ArticleKeys(file, id, url, hash, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException)
        {
            return null;
        }
        finally
        {
            Return(buffer);
            Return(unescaped);
        }
    }

    /// <summary>
    /// The key of the text value under the reader, or null when <paramref name="hashText"/> says its length cannot match. The
    /// length of an escaped value (an article's text always has escaped line breaks) is counted on its escaped bytes
    /// (<see cref="UnescapedUtf16Length"/>), and the value is unescaped into a pooled buffer and hashed only when its length
    /// asks for it: almost no other file's does, and unescaping every text to count it was most of what a partial validation
    /// spent per file after the system calls. <paramref name="unreadable"/> is set where decoding the value would have failed
    /// (bytes that are not UTF-8, a broken surrogate escape), which skips the file as before.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static UInt128? TextHash(ref Utf8JsonReader reader, ref byte[]? unescaped, Func<int, bool> hashText, out bool unreadable)
    {
        ReadOnlySpan<byte> utf8 = reader.ValueSpan;
        if (reader.ValueIsEscaped)
        {
            var counted = UnescapedUtf16Length(utf8);
            unreadable = counted < 0;
            if (unreadable || !hashText(counted))
            {
                return null;
            }

            var room = utf8.Length; // unescaping never lengthens a value
            if (unescaped is null || unescaped.Length < room)
            {
                Return(unescaped);
                unescaped = ArrayPool<byte>.Shared.Rent(room);
            }

            return ArticleKeys.TextHashOf(SHA256.HashData(unescaped.AsSpan(0, reader.CopyString(unescaped))));
        }

        // A plain value's bytes that are not UTF-8 make the file unreadable only when its length asks for its hash.
        var length = Utf16Length(utf8);
        var valid = length >= 0;
        var wanted = hashText(valid ? length : Encoding.UTF8.GetCharCount(utf8));
        unreadable = !valid && wanted;
        return wanted && valid ? ArticleKeys.TextHashOf(SHA256.HashData(utf8)) : null;
    }

    /// <summary>
    /// The length in UTF-16 units of a JSON string value once unescaped, counted on its escaped bytes as the reader gave them
    /// (escapes already checked by it): each escape is one unit, or two for a surrogate pair written as two <c>\u</c> escapes,
    /// and the runs between escapes count as their UTF-8. -1 where unescaping and decoding the value would fail: a run that is
    /// not UTF-8 (an escape's output never completes a sequence cut before it, nor continues one after it), a high surrogate
    /// escape not followed by a low one, or a low one alone.
    /// </summary>
    internal static int UnescapedUtf16Length(ReadOnlySpan<byte> escaped)
    {
        var length = 0;
        while (true)
        {
            var at = escaped.IndexOf((byte)'\\');
            var run = Utf16Length(at < 0 ? escaped : escaped[..at]);
            if (run < 0)
            {
                return -1;
            }

            length += run;
            if (at < 0)
            {
                return length;
            }

            if (escaped[at + 1] != (byte)'u')
            {
                length++;
                escaped = escaped[(at + 2)..];
                continue;
            }

            var unit = Hex4(escaped.Slice(at + 2, 4));
            escaped = escaped[(at + 6)..];
            if (char.IsLowSurrogate(unit))
            {
                return -1;
            }

            if (char.IsHighSurrogate(unit))
            {
                if (escaped.Length < 6 || escaped[0] != (byte)'\\' || escaped[1] != (byte)'u' || !char.IsLowSurrogate(Hex4(escaped.Slice(2, 4))))
                {
                    return -1;
                }

                escaped = escaped[6..];
                length++;
            }

            length++;
        }
    }

    /// <summary>The UTF-16 unit written as the four hexadecimal digits of a <c>\u</c> escape (checked by the reader).</summary>
    private static char Hex4(ReadOnlySpan<byte> digits) =>
        (char)ushort.Parse(digits, System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The length in UTF-16 units of <paramref name="utf8"/>, or -1 when it is not UTF-8: one pass over the bytes, where
    /// asking whether they are valid and then counting them took two (the scan's largest cost after the system calls).
    /// </summary>
    private static int Utf16Length(ReadOnlySpan<byte> utf8)
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

    private static void Return(byte[]? buffer)
    {
        if (buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}

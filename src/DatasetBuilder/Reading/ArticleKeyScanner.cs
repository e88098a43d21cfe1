using System.Buffers;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
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
            var length = listedLength ?? FileLength.Of(file.FullPath);
            if (length > maxBytes)
            {
                return null;
            }

            // A pooled buffer, not a new array per file: a partial validation scans every other file of the corpus.
            buffer = ArrayPool<byte>.Shared.Rent((int)Math.Max(length, 1));
            var read = PositionalRead.ReadFile(file.FullPath, length, ref buffer);
            var json = buffer.AsSpan(0, read);
            var options = new JsonReaderOptions { MaxDepth = 64 };
            var reader = new Utf8JsonReader(json, options);
            var offset = 0; // where the reader's bytes start in json
            string? id = null, url = null;
            UInt128? hash = null;
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.ValueTextEquals("id"u8) ? 1 : reader.ValueTextEquals("url"u8) ? 2 : reader.ValueTextEquals("text"u8) ? 3 : 0;
                if (name == 3 && SkipWhitespace(json, offset + (int)reader.BytesConsumed) is var at && at < json.Length && json[at] == (byte)'"')
                {
                    // The text is measured in place rather than read (JsonStringMeasure); the reader then goes on from the
                    // comma after it, made the opening brace of an object of the properties that follow.
                    if (!JsonStringMeasure.Measure(json[at..], out var size, out var utf16Length, out var escaped) || utf16Length < 0)
                    {
                        return null; // not JSON, or a text that could not be decoded: the file is not an article a full validation would take
                    }

                    hash = hashText(utf16Length) ? TextHash(json.Slice(at, size), escaped, ref unescaped) : null;
                    var next = SkipWhitespace(json, at + size);
                    if (next < json.Length && json[next] == (byte)'}')
                    {
                        break;
                    }

                    if (next >= json.Length || json[next] != (byte)',' || SkipWhitespace(json, next + 1) is var following && (following >= json.Length || json[following] != (byte)'"'))
                    {
                        return null; // not JSON after the text (a trailing comma, a missing one, a cut file)
                    }

                    json[next] = (byte)'{';
                    offset = next;
                    reader = new Utf8JsonReader(json[next..], options);
                    reader.Read();
                    continue;
                }

                reader.Read();
                if (name == 0 || reader.TokenType != JsonTokenType.String)
                {
                    reader.Skip();
                    continue;
                }

                // Only the id or the url gets here as a string: a text that is one was measured above.
                if (name == 1)
                {
                    id = reader.GetString();
                }
                else
                {
                    url = reader.GetString();
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

    /// <summary>The key of a measured text (<paramref name="token"/>: the string with its quotes), unescaped first when it holds escapes.</summary>
    private static UInt128 TextHash(ReadOnlySpan<byte> token, bool escaped, ref byte[]? unescaped)
    {
        if (!escaped)
        {
            return ArticleKeys.TextHashOf(SHA256.HashData(token[1..^1]));
        }

        // The token was measured as a string that decodes, so it unescapes (JsonStringUnescaper grows the buffer as needed).
        unescaped ??= ArrayPool<byte>.Shared.Rent(token.Length);
        return JsonStringUnescaper.TryUnescape(token, ref unescaped, out _, out var length)
            ? ArticleKeys.TextHashOf(SHA256.HashData(unescaped.AsSpan(0, length)))
            : throw new InvalidOperationException("a text measured as a JSON string did not unescape");
    }

    /// <summary>The first position from <paramref name="at"/> on that is not JSON whitespace (the length of <paramref name="json"/> when there is none).</summary>
    internal static int SkipWhitespace(ReadOnlySpan<byte> json, int at)
    {
        while (at < json.Length && json[at] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r')
        {
            at++;
        }

        return at;
    }

    private static void Return(byte[]? buffer)
    {
        if (buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}

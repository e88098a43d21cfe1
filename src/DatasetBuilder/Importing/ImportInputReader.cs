using System.Buffers.Binary;
using System.Globalization;
using System.IO.Hashing;
using System.IO.Compression;
using System.Text;

namespace DatasetBuilder.Importing;

/// <summary>
/// Reads a local input file: strict UTF-8 for a text (one in another encoding would be stored garbled), a page's
/// declared charset for a saved page that is not UTF-8, gzip-compressed when it ends in <c>.gz</c>, and HTML when its
/// name says so or its content starts like a page.
/// </summary>
public static class ImportInputReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public const long MaxBytes = 20 * 1024 * 1024;

    /// <summary>The input, or null with <paramref name="error"/> saying what is wrong with the file.</summary>
    public static ImportInput? Read(string path, Uri? pageUrl, out string? error)
    {
        ArgumentNullException.ThrowIfNull(path);
        error = null;
        if (Directory.Exists(path))
        {
            error = $"{path} is a folder; import takes one file (a raw text .txt, a saved page .html or .html.gz) or an http(s) address";
            return null;
        }

        if (!File.Exists(path))
        {
            error = $"{path}: no such file";
            return null;
        }

        byte[] bytes;
        var compressed = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
        using (var file = File.OpenRead(path))
        using (var stream = compressed ? new GZipStream(file, CompressionMode.Decompress) : (Stream)file)
        using (var buffer = new MemoryStream())
        {
            try
            {
                CopyLimited(stream, buffer);
            }
            catch (InvalidDataException)
            {
                error = $"{path}: not a valid gzip file";
                return null;
            }

            if (buffer.Length > MaxBytes)
            {
                error = string.Create(CultureInfo.InvariantCulture, $"{path}: over the limit of {MaxBytes:N0} bytes; an input holds one article");
                return null;
            }

            bytes = buffer.ToArray();
            if (compressed && !EndsAsGzipOf(file, bytes))
            {
                // GZipStream stops quietly where a cut file ends: the page would be imported without its end.
                error = $"{path}: the gzip file is truncated or corrupt (its trailer does not match what it decompresses to)";
                return null;
            }
        }

        var name = compressed ? path[..^3] : path;
        var namedHtml = name.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);
        string content;
        try
        {
            content = StrictUtf8.GetString(bytes.AsSpan().StartsWith("\uFEFF"u8) ? bytes.AsSpan(3) : bytes);
        }
        catch (DecoderFallbackException)
        {
            // A saved page may say what it is in (windows-1256 on older Arabic sites); a raw text has no such declaration.
            var declared = namedHtml ? HtmlCharset.Find(bytes, null) : null;
            if (declared is null || declared.CodePage == Encoding.UTF8.CodePage)
            {
                error = namedHtml
                    ? $"{path}: not valid UTF-8 and the page declares no other charset"
                    : $"{path}: not valid UTF-8; save the text as UTF-8";
                return null;
            }

            content = declared.GetString(bytes);
        }

        if (string.IsNullOrWhiteSpace(content))
        {
            error = $"{path}: the file is empty";
            return null;
        }

        var isHtml = namedHtml || LooksLikeHtml(content);
        return new ImportInput(content, isHtml, pageUrl, path);
    }

    /// <summary>True when the content starts like an HTML document rather than a text.</summary>
    public static bool LooksLikeHtml(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var start = content.AsSpan().TrimStart();
        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// True when the gzip file ends with the trailer of what it decompressed to (RFC 1952: CRC-32, then the length modulo
    /// 2^32, both little-endian) — false for a file cut short, whose last bytes are compressed data. The trailer is the last
    /// member's (a file may hold several, concatenated), so it is checked against that many bytes at the end of the output.
    /// </summary>
    private static bool EndsAsGzipOf(FileStream file, byte[] decompressed)
    {
        if (file.Length < 18)
        {
            return false;
        }

        Span<byte> trailer = stackalloc byte[8];
        file.Seek(-8, SeekOrigin.End);
        file.ReadExactly(trailer);
        var size = BinaryPrimitives.ReadUInt32LittleEndian(trailer[4..]);
        return size <= decompressed.Length
            && BinaryPrimitives.ReadUInt32LittleEndian(trailer) == Crc32.HashToUInt32(decompressed.AsSpan(decompressed.Length - (int)size));
    }

    private static void CopyLimited(Stream from, MemoryStream to)
    {
        var chunk = new byte[81920];
        int read;
        while ((read = from.Read(chunk)) > 0 && to.Length <= MaxBytes)
        {
            to.Write(chunk, 0, read);
        }
    }
}

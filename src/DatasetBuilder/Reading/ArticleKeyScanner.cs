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
    public static ArticleKeys? Scan(ContributionFile file, long maxBytes, Func<int, bool> hashText)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(hashText);
        try
        {
            var info = new FileInfo(file.FullPath);
            if (info.Length > maxBytes)
            {
                return null;
            }

            var bytes = File.ReadAllBytes(file.FullPath);
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = 64 });
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
                        // Most texts cannot match by length: count their UTF-16 length without decoding them.
                        var length = reader.ValueIsEscaped ? reader.GetString()!.Length : System.Text.Encoding.UTF8.GetCharCount(reader.ValueSpan);
                        hash = hashText(length) ? ArticleKeys.TextHashOf(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(reader.GetString()!))) : null;
                        break;
                }
            }

            return new ArticleKeys(file, id, url, hash, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}

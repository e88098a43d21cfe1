using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using DatasetBuilder.Model;
using DatasetBuilder.Reading;

namespace DatasetBuilder.Importing;

/// <summary>
/// Serialises a contribution the way the hand-written files in <c>data/articles/</c> look (schema field order, two-space
/// indent, Arabic unescaped, a final newline) and writes it to <c>articles/&lt;source&gt;/&lt;id&gt;.json</c>, never over an
/// existing file unless asked to.
/// </summary>
public static class ContributionWriter
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        // Contributors read these files in review; Arabic must stay readable, not \u-escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("id", article.Id);
            writer.WriteString("source", article.Source);
            writer.WriteString("url", article.Url);
            writer.WriteString("language", article.Language);
            writer.WriteString("title", article.Title);
            writer.WriteString("subtitle", article.Subtitle);
            writer.WriteString("published", article.Published?.ToString());
            writer.WriteStartArray("authors");
            foreach (var author in article.Authors)
            {
                writer.WriteStringValue(author);
            }

            writer.WriteEndArray();
            writer.WriteString("agency", article.Agency);
            writer.WriteString("text", article.Text);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>Where <paramref name="article"/> belongs under <paramref name="layout"/>.</summary>
    public static string PathFor(DataLayout layout, Article article)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(article);
        return Path.Combine(layout.ArticlesDirectory, article.Source, article.Id + ".json");
    }

    /// <summary>
    /// Writes the file unless the same contribution is there already (the same JSON values: how a file was indented or escaped
    /// does not make it another article); a different file there is replaced only when <paramref name="force"/> is on.
    /// </summary>
    public static ContributionWriteOutcome Write(string path, string json, bool force)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(json);
        if (File.Exists(path) && SameContribution(path, json))
        {
            return ContributionWriteOutcome.AlreadyIdentical;
        }

        return TryWrite(path, json, force) ? ContributionWriteOutcome.Written : ContributionWriteOutcome.ExistsDifferent;
    }

    /// <summary>Writes the file; false (and nothing written) when it exists and <paramref name="force"/> is off.</summary>
    public static bool TryWrite(string path, string json, bool force)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(json);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            using var stream = new FileStream(path, force ? FileMode.Create : FileMode.CreateNew, FileAccess.Write, FileShare.None);
            var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(json);
            stream.Write(bytes);
            return true;
        }
        catch (IOException) when (!force && File.Exists(path))
        {
            return false; // CreateNew refuses atomically, so two imports of one article cannot both write
        }
    }

    private static bool SameContribution(string path, string json)
    {
        try
        {
            return JsonNode.DeepEquals(JsonNode.Parse(File.ReadAllText(path)), JsonNode.Parse(json));
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            // An unreadable or broken file there is not the same contribution; without --force it stays untouched.
            return false;
        }
    }
}

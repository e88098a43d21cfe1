using System.Globalization;
using System.Text;
using DatasetBuilder.Model;

namespace DatasetBuilder.Importing;

/// <summary>
/// The human summary of an import: each field with its value, and the fields the material did not show (left null),
/// so a contributor knows what to check and what to fill in by hand.
/// </summary>
public static class ImportReport
{
    public static string Format(ImportResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var article = result.Article ?? throw new ArgumentException("the import did not produce an article", nameof(result));
        var fields = new (string Name, string? Value)[]
        {
            ("id", article.Id),
            ("source", $"{article.Source} ({result.SourceReason})"),
            ("url", article.Url),
            ("language", article.Language),
            ("title", article.Title),
            ("subtitle", article.Subtitle),
            ("published", article.Published?.ToString()),
            ("authors", article.Authors.Count == 0 ? null : string.Join(" | ", article.Authors)),
            ("agency", article.Agency),
            ("text", string.Create(CultureInfo.InvariantCulture, $"{article.Text.Length:N0} characters")),
        };
        var builder = new StringBuilder();
        foreach (var (name, value) in fields.Where(static f => f.Value is not null))
        {
            builder.Append("inferred ").Append(name).Append(": ").Append(value).Append('\n');
        }

        var missing = fields.Where(static f => f.Value is null).Select(static f => f.Name).ToList();
        builder.Append(missing.Count == 0 ? "every field was inferred" : "not shown by the material (null, or [] for authors): " + string.Join(", ", missing)).Append('\n');
        return builder.ToString();
    }
}

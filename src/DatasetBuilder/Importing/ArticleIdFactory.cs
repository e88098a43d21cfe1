using DatasetBuilder.Model;
using DatasetBuilder.Text;

namespace DatasetBuilder.Importing;

/// <summary>
/// Assigns the id the README's convention prescribes: <c>&lt;published or "undated"&gt;-&lt;first 12 hex digits of the
/// sha256 of the text&gt;</c>. The same text and date always give the same id, so importing twice finds the same file.
/// </summary>
public static class ArticleIdFactory
{
    private const int HashDigits = 12;

    public static string Create(PartialDate? published, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var prefix = published?.ToString() ?? "undated";
        return prefix + "-" + ContentHash.Sha256Hex(text)[..HashDigits];
    }
}

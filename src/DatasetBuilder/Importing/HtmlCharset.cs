using System.Text;
using System.Text.RegularExpressions;

namespace DatasetBuilder.Importing;

/// <summary>
/// Decodes a page by the charset it declares (HTTP header, else <c>&lt;meta charset&gt;</c> or the http-equiv form in its
/// first bytes), UTF-8 when it declares none or an unknown one. Older Arabic sites still serve windows-1256.
/// </summary>
public static partial class HtmlCharset
{
    private const int SniffBytes = 4096;

    public static string Decode(byte[] bytes, string? headerCharset)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return (Find(bytes, headerCharset) ?? Encoding.UTF8).GetString(bytes);
    }

    /// <summary>The declared encoding, or null when the page declares none this runtime knows.</summary>
    public static Encoding? Find(byte[] bytes, string? headerCharset)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var name = headerCharset?.Trim('"', ' ');
        if (string.IsNullOrEmpty(name))
        {
            var match = Declaration().Match(Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, SniffBytes)));
            name = match.Success ? match.Groups["charset"].Value : null;
        }

        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null; // an unknown charset name
        }
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?(?<charset>[A-Za-z0-9_\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Declaration();
}

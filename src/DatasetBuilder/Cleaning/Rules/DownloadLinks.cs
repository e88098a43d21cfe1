using System.Text.RegularExpressions;

namespace DatasetBuilder.Cleaning.Rules;

/// <summary>
/// Finds a file's download link ("تحميل الملف (PDF، 2.3 ميغابايت)") and removes the file's title above it. The removals are
/// recorded under the rule that asks (<see cref="NavigationRule"/>).
/// </summary>
internal sealed partial class DownloadLinks(string ruleId)
{
    private readonly string _ruleId = ruleId;

    internal const string DownloadKind = "a file's download link (\"تحميل الملف (PDF، 2.3 ميغابايت)\")";

    /// <summary>A file's download link, folded, the whole line: "تحميل الملف (pdf، 2.3 ميغابايت)", "Download (PDF, 410 KB)".</summary>
    [GeneratedRegex(@"^\s*(?:تحميل|تنزيل|download)(?:\s+(?:الملف|المرفق|file))?\s*\(\s*(?:pdf|docx?|xlsx?|pptx?|zip)\b[^()]*\)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex DownloadLink();

    /// <summary>
    /// Removes the file's title right above its download link ("نموذج طلب التعويض" over "تحميل الملف (PDF، …)"): a short line
    /// without a full stop, the link's own text. The article's line introducing the files ends on a colon, and stays.
    /// </summary>
    public void RemoveFileTitle(CleaningDocument document, int link)
    {
        // Not the article's sentence pointing at the file ("ويمكن للمتقدمين الاطلاع على الشروط … في الملف أدناه"), nor an item
        // of its list of documents ("- نموذج طلب التعويض معبأ وموقعا").
        var above = document.PreviousNonBlank(link);
        var text = above >= 0 ? document.Lines[above].Text : string.Empty;
        if (above >= 0 && document.IsKept(above) && document.Lines[above].WordCount <= MaxFileTitleWords && !LineShape.EndsSentence(text)
            && !text.TrimEnd().EndsWith(':') && !document.IsBody(above) && !LineShape.OpensRunningText(text) && !LineShape.ListMark().IsMatch(text))
        {
            document.Remove(above, _ruleId, "the title of a file over its download link");
        }
    }

    /// <summary>Most words of a file's title over its download link.</summary>
    private const int MaxFileTitleWords = 10;
}

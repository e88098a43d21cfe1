using System.Globalization;
using System.Text;
using DatasetBuilder.Text;

namespace DatasetBuilder.Reporting;

/// <summary>
/// A finding's message or file name made safe to print on a terminal or in a CI log: control characters (a NUL, an escape
/// that would start a terminal sequence, a line break inside a value), line and paragraph separators and bidi controls (which
/// would reorder the rest of the line) are shown as <c>\uXXXX</c>. Messages quote what a contributor wrote, which may hold any
/// of them; the JSON and SARIF reports escape them as JSON does, the datasheet drops them.
/// </summary>
public static class PrintableText
{
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = IndexOfHidden(text);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (IsHidden(c))
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static int IndexOfHidden(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsHidden(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsHidden(char c) => char.IsControl(c) || c is '\u2028' or '\u2029' || InvisibleCharacters.IsBidiControl(c);
}

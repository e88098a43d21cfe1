namespace DatasetBuilder.Importing;

/// <summary>
/// How deep a page nests its elements, told in one linear pass over the markup. An HTML parser's tree construction looks
/// through the stack of open elements at each start tag, so a page nested tens of thousands deep takes minutes to parse
/// (100 000 divs, 1.1 MB: over two minutes); no article page nests more than a few dozen. A stack of open element names
/// follows the parser's main moves: every start tag opens an element except the void ones (img, br...) and those whose end
/// tag may be left out (p, li, td...), which the parser closes by itself; a trailing "/&gt;" closes an element only inside
/// svg or math (elsewhere the parser ignores it); an end tag closes the innermost open element of its name and everything
/// opened inside it, and is ignored when none is open. Comments and the raw text of script and style are skipped.
/// Approximate by design, erring towards more depth, which matters only when it is absurd.
/// </summary>
public static class HtmlNesting
{
    /// <summary>Deeper than this is refused before parsing (browsers' parsers stop nesting at 512).</summary>
    public const int MaxDepth = 2000;

    /// <summary>Elements that never hold content, or whose end tag the parser supplies (HTML Living Standard, 13.1.2.4).</summary>
    private static readonly HashSet<string> NotCounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen",
        "p", "li", "dt", "dd", "option", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption", "html", "head", "body",
    };

    /// <summary>The deepest nesting of counted elements.</summary>
    public static int Depth(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var notCounted = NotCounted.GetAlternateLookup<ReadOnlySpan<char>>();
        var span = html.AsSpan();
        var open = new List<string>();
        var openByName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var foreign = 0; // open svg or math elements, inside which "/>" does close
        var deepest = 0;
        var nextGreater = -1; // the next '>' at or after the scan, found once and reused: a page without one stays linear
        var at = span.IndexOf('<');
        while (at >= 0 && at < span.Length - 1)
        {
            var rest = span[(at + 1)..];
            if (rest.StartsWith("!--", StringComparison.Ordinal))
            {
                at = Skip(span, at, "-->");
                continue;
            }

            var closing = rest[0] == '/';
            var name = Name(closing ? rest[1..] : rest);
            var end = at + 1 + (closing ? 1 : 0) + name.Length;
            if (name.Length == 0 || notCounted.Contains(name))
            {
                at = Next(span, end);
                continue;
            }

            if (closing)
            {
                Close(name.ToString(), open, openByName, ref foreign);
                at = Next(span, end);
                continue;
            }

            if (nextGreater < end && nextGreater != int.MaxValue)
            {
                var found = span[end..].IndexOf('>');
                nextGreater = found < 0 ? int.MaxValue : end + found;
            }

            var selfClosing = foreign > 0 && nextGreater != int.MaxValue && span[nextGreater - 1] == '/';
            if (!selfClosing)
            {
                var opened = name.ToString();
                open.Add(opened);
                openByName[opened] = openByName.GetValueOrDefault(opened) + 1;
                foreign += IsForeign(opened) ? 1 : 0;
                deepest = Math.Max(deepest, open.Count);
            }

            if (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase))
            {
                // Raw text up to its end tag: markup inside a script is not the page's.
                at = Skip(span, end, name.Equals("script", StringComparison.OrdinalIgnoreCase) ? "</script" : "</style");
                continue;
            }

            at = Next(span, end);
        }

        return deepest;
    }

    /// <summary>Closes the innermost open <paramref name="name"/> and what was opened inside it; nothing when none is open.</summary>
    private static void Close(string name, List<string> open, Dictionary<string, int> openByName, ref int foreign)
    {
        if (openByName.GetValueOrDefault(name) == 0)
        {
            return;
        }

        while (open.Count > 0)
        {
            var last = open[^1];
            open.RemoveAt(open.Count - 1);
            openByName[last]--;
            foreign -= IsForeign(last) ? 1 : 0;
            if (string.Equals(last, name, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
        }
    }

    private static bool IsForeign(string name) =>
        name.Equals("svg", StringComparison.OrdinalIgnoreCase) || name.Equals("math", StringComparison.OrdinalIgnoreCase);

    private static ReadOnlySpan<char> Name(ReadOnlySpan<char> from)
    {
        var length = 0;
        while (length < from.Length && (char.IsAsciiLetterOrDigit(from[length]) || from[length] == '-') && (length > 0 || char.IsAsciiLetter(from[length])))
        {
            length++;
        }

        return from[..length];
    }

    /// <summary>The next '&lt;' after the end of <paramref name="marker"/> found from <paramref name="from"/>, or -1.</summary>
    private static int Skip(ReadOnlySpan<char> span, int from, string marker)
    {
        var found = span[from..].IndexOf(marker, StringComparison.OrdinalIgnoreCase);
        return found < 0 ? -1 : Next(span, from + found + (marker[0] == '<' ? 0 : marker.Length));
    }

    private static int Next(ReadOnlySpan<char> span, int from)
    {
        if (from >= span.Length)
        {
            return -1;
        }

        var next = span[from..].IndexOf('<');
        return next < 0 ? -1 : from + next;
    }
}

namespace DatasetBuilder.Importing;

/// <summary>
/// How deep a page nests its elements, told by counting start and end tags in one pass over the markup. An HTML parser's
/// tree construction looks through the stack of open elements at each start tag, so a page nested tens of thousands deep
/// takes minutes to parse (100 000 divs, 1.1 MB: over two minutes); no article page nests more than a few dozen. Every
/// element counts except the void ones (img, br...) and those whose end tag may be left out (p, li, td...), which the
/// parser closes by itself; comments and the raw text of script and style are skipped. Approximate by design: it can only
/// overstate a depth that matters when it is absurd.
/// </summary>
public static class HtmlNesting
{
    /// <summary>Deeper than this is refused before parsing (browsers' parsers stop nesting at 512).</summary>
    public const int MaxDepth = 2000;

    /// <summary>Elements that never hold content, or whose end tag is optional (HTML Living Standard, 13.1.2.4).</summary>
    private static readonly HashSet<string> NotCounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption",
        "rb", "rt", "rtc", "rp", "html", "head", "body",
    };

    /// <summary>The deepest nesting of counted elements not yet closed.</summary>
    public static int Depth(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var lookup = NotCounted.GetAlternateLookup<ReadOnlySpan<char>>();
        var span = html.AsSpan();
        var depth = 0;
        var deepest = 0;
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
            if (name.Length > 0 && !lookup.Contains(name))
            {
                var selfClosing = !closing && TagEnd(span, end) is var tagEnd and > 0 && span[tagEnd - 1] == '/';
                if (closing)
                {
                    depth = Math.Max(0, depth - 1);
                }
                else if (!selfClosing)
                {
                    deepest = Math.Max(deepest, ++depth);
                }

                if (!closing && (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)))
                {
                    // Raw text up to its end tag: markup inside a script is not the page's.
                    at = Skip(span, end, name.Equals("script", StringComparison.OrdinalIgnoreCase) ? "</script" : "</style");
                    continue;
                }
            }

            at = Next(span, end);
        }

        return deepest;
    }

    private static ReadOnlySpan<char> Name(ReadOnlySpan<char> from)
    {
        var length = 0;
        while (length < from.Length && (char.IsAsciiLetterOrDigit(from[length]) || from[length] == '-') && (length > 0 || char.IsAsciiLetter(from[length])))
        {
            length++;
        }

        return from[..length];
    }

    /// <summary>Where the tag that continues at <paramref name="from"/> ends (its '&gt;'), or -1.</summary>
    private static int TagEnd(ReadOnlySpan<char> span, int from)
    {
        var close = span[from..].IndexOf('>');
        return close < 0 ? -1 : from + close;
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

namespace DatasetBuilder.Importing;

/// <summary>
/// How deep a page nests the elements that must be closed explicitly (div, section, table, span...), told by counting their
/// start and end tags in one pass over the markup. An HTML parser's tree construction looks through the stack of open
/// elements at each start tag, so a page nested tens of thousands deep takes minutes to parse (100 000 divs, 1.1 MB: over
/// two minutes); no article page nests more than a few dozen. Approximate by design: comments, scripts and attribute values
/// that hold tag-like text are not told apart, which can only overstate a depth that matters only when it is absurd.
/// </summary>
public static class HtmlNesting
{
    /// <summary>Deeper than this is refused before parsing (browsers' parsers stop nesting at 512).</summary>
    public const int MaxDepth = 2000;

    private static readonly string[] Containers =
    [
        "div", "span", "section", "article", "main", "aside", "nav", "header", "footer", "table", "tbody", "ul", "ol", "blockquote",
        "form", "figure", "font", "b", "i", "em", "strong", "a",
    ];

    /// <summary>The deepest nesting of <see cref="Containers"/> start tags not yet closed.</summary>
    public static int Depth(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var depth = 0;
        var deepest = 0;
        var span = html.AsSpan();
        for (var at = span.IndexOf('<'); at >= 0 && at < span.Length - 1; at = NextTag(span, at + 1))
        {
            var closing = span[at + 1] == '/';
            var name = span[(closing ? at + 2 : at + 1)..];
            if (!IsContainer(name))
            {
                continue;
            }

            depth = closing ? Math.Max(0, depth - 1) : depth + 1;
            deepest = Math.Max(deepest, depth);
        }

        return deepest;
    }

    private static int NextTag(ReadOnlySpan<char> span, int from)
    {
        var next = span[from..].IndexOf('<');
        return next < 0 ? -1 : from + next;
    }

    /// <summary>True when <paramref name="rest"/> starts with a container's name followed by the end of the name.</summary>
    private static bool IsContainer(ReadOnlySpan<char> rest)
    {
        foreach (var container in Containers)
        {
            if (rest.Length > container.Length && rest.StartsWith(container, StringComparison.OrdinalIgnoreCase)
                && rest[container.Length] is '>' or ' ' or '\t' or '\n' or '\r' or '/')
            {
                return true;
            }
        }

        return false;
    }
}

using System.Text;
using AngleSharp.Dom;

namespace DatasetBuilder.Importing;

/// <summary>
/// Turns a DOM subtree into its visible text, one string per block (paragraph, heading, list item, cell, line break),
/// whitespace collapsed as a browser would show it. Scripts, styles, forms and elements marked hidden are not visible text.
/// </summary>
public static class HtmlTextBlocks
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "br", "dd", "details", "div", "dl", "dt", "figcaption", "figure", "footer",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table",
        "td", "th", "tr", "ul",
    };

    private static readonly HashSet<string> InvisibleTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "iframe", "head", "select", "option", "button", "input", "textarea", "object", "canvas",
    };

    public static IReadOnlyList<string> Of(INode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var blocks = new List<string>();
        var current = new StringBuilder();
        Walk(root, current, blocks);
        Flush(current, blocks);
        return blocks;
    }

    private static void Walk(INode node, StringBuilder current, List<string> blocks)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    current.Append(text.Data);
                    break;
                case IElement element when IsVisible(element):
                    var block = BlockTags.Contains(element.LocalName);
                    if (block)
                    {
                        Flush(current, blocks);
                    }

                    Walk(element, current, blocks);
                    if (block)
                    {
                        Flush(current, blocks);
                    }

                    break;
            }
        }
    }

    private static bool IsVisible(IElement element) =>
        !InvisibleTags.Contains(element.LocalName)
        && !element.HasAttribute("hidden")
        && element.GetAttribute("aria-hidden") is not "true"
        && element.GetAttribute("style")?.Replace(" ", string.Empty, StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase) != true;

    private static void Flush(StringBuilder current, List<string> blocks)
    {
        if (current.Length == 0)
        {
            return;
        }

        var collapsed = new StringBuilder(current.Length);
        var space = false;
        foreach (var c in current.ToString())
        {
            if (char.IsWhiteSpace(c))
            {
                space = collapsed.Length > 0;
                continue;
            }

            if (space)
            {
                collapsed.Append(' ');
                space = false;
            }

            collapsed.Append(c);
        }

        current.Clear();
        if (collapsed.Length > 0)
        {
            blocks.Add(collapsed.ToString());
        }
    }
}

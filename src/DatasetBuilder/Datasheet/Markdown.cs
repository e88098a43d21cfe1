using System.Text;

namespace DatasetBuilder.Datasheet;

/// <summary>Escapes text taken from articles so that nothing in an article can inject markup (HTML, links, tables) into the card.</summary>
internal static class Markdown
{
    public static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            switch (c)
            {
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '&': builder.Append("&amp;"); break;
                case '\r' or '\n': builder.Append(' '); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '(' or ')' or '#' or '|' or '!' or '{' or '}' or '~' or '$':
                    builder.Append('\\').Append(c);
                    break;
                default:
                    if (!char.IsControl(c) && !Text.InvisibleCharacters.IsBidiControl(c))
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }
}

using System.Globalization;
using System.Text.Json;
using DatasetBuilder.Model;
using DatasetBuilder.Validation;

namespace DatasetBuilder.Reading;

/// <summary>
/// One forward pass over a JSON document that finds, by its structure, the first of: a syntax error, nesting deeper than the
/// limit, a key repeated in one object. Each is located (line, column, JSON pointer of the object). The rule is chosen from
/// what the pass saw, never from the wording of a parser's exception: "Expected depth to be zero" is a truncated file, not a
/// deep one.
/// </summary>
internal static class JsonStructureScanner
{
    /// <summary>The first structural problem of <paramref name="utf8"/>, or null when the document is well formed.</summary>
    public static Diagnostic? Scan(ContributionFile file, ReadOnlySpan<byte> utf8, int maxDepth)
    {
        // One level of headroom so the reader never stops on depth before this pass does.
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            MaxDepth = maxDepth + 1,
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
        });
        var cursor = new Utf8LineCursor(utf8);
        var open = new List<Container>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                    {
                        var parent = open[^1];
                        var name = reader.GetString()!;
                        var at = cursor.At(reader.TokenStartIndex);
                        if (!parent.Keys!.TryAdd(name, at.Line))
                        {
                            var first = parent.Keys[name].ToString(CultureInfo.InvariantCulture);
                            return Problem(file, RuleCodes.DuplicateKey, at, parent.Pointer,
                                $"the key \"{name}\" appears twice in this object (first at line {first}); keep one");
                        }

                        parent.Property = name;
                        break;
                    }

                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    {
                        var pointer = ChildPointer(open);
                        var at = cursor.At(reader.TokenStartIndex);
                        if (open.Count >= maxDepth)
                        {
                            return Problem(file, RuleCodes.TooDeep, at, pointer,
                                $"the JSON is nested deeper than {maxDepth} levels; an article is a flat object");
                        }

                        open.Add(new Container(pointer, reader.TokenType == JsonTokenType.StartObject, at.Line));
                        break;
                    }

                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        open.RemoveAt(open.Count - 1);
                        break;

                    default:
                        _ = ChildPointer(open);
                        break;
                }

            }
        }
        catch (JsonException e)
        {
            var (offset, at) = Position(utf8, e.LineNumber ?? 0, e.BytePositionInLine ?? 0);

            // The reader stopped at the end of the data with something still open: the file is cut short.
            var atEnd = utf8[Math.Min(offset, utf8.Length)..].IndexOfAnyExcept(" \t\r\n"u8) < 0;
            var message = open.Count > 0 && atEnd
                ? Unclosed(open[^1])
                : "malformed JSON: " + WithoutPosition(e.Message);
            return Problem(file, RuleCodes.MalformedJson, at, null, message);
        }

        return null;
    }

    /// <summary>The pointer of the value about to start under the innermost open container ("" for the root); counts array items.</summary>
    private static string ChildPointer(List<Container> open)
    {
        if (open.Count == 0)
        {
            return string.Empty;
        }

        var parent = open[^1];
        if (parent.Keys is null)
        {
            return parent.Pointer + "/" + (parent.NextIndex++).ToString(CultureInfo.InvariantCulture);
        }

        return parent.Pointer + "/" + parent.Property!.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
    }

    private static string Unclosed(Container innermost)
    {
        var (kind, bracket) = innermost.Keys is null ? ("list", ']') : ("object", '}');
        var where = innermost.Pointer.Length == 0 ? string.Empty : $" at {innermost.Pointer}";
        return string.Create(CultureInfo.InvariantCulture,
            $"malformed JSON: the file ends before the JSON is complete: the {kind}{where} opened at line {innermost.OpenLine} is not closed with {bracket} (is the file cut short?)");
    }

    /// <summary>System.Text.Json's 0-based position is in the diagnostic already, 1-based; its own would contradict it.</summary>
    private static string WithoutPosition(string message)
    {
        foreach (var marker in (ReadOnlySpan<string>)[" LineNumber:", " Path:"])
        {
            var cut = message.IndexOf(marker, StringComparison.Ordinal);
            if (cut > 0)
            {
                message = message[..cut];
            }
        }

        return message;
    }

    /// <summary>
    /// The byte offset and the 1-based line and character column of a reader error given as 0-based line and byte position
    /// in that line.
    /// </summary>
    private static (int Offset, (int Line, int Column) At) Position(ReadOnlySpan<byte> utf8, long line, long bytePositionInLine)
    {
        var start = 0;
        for (var l = 0L; l < line; l++)
        {
            var next = utf8[start..].IndexOf((byte)'\n');
            if (next < 0)
            {
                break;
            }

            start += next + 1;
        }

        var offset = (int)Math.Min(utf8.Length, start + bytePositionInLine);
        var (_, column) = new Utf8LineCursor(utf8).At(offset);
        return (offset, ((int)line + 1, column));
    }

    private static Diagnostic Problem(ContributionFile file, string code, (int Line, int Column) at, string? pointer, string message) =>
        new(file.DisplayPath, at.Line, at.Column, pointer, code, Severity.Error, message);

    /// <summary>An object or list that has started and not yet ended.</summary>
    private sealed class Container(string pointer, bool isObject, int openLine)
    {
        public string Pointer { get; } = pointer;

        public int OpenLine { get; } = openLine;

        /// <summary>The keys seen so far with the line of each (objects only; null for a list).</summary>
        public Dictionary<string, int>? Keys { get; } = isObject ? new(StringComparer.Ordinal) : null;

        /// <summary>The key whose value comes next (objects).</summary>
        public string? Property { get; set; }

        /// <summary>The index of the next item (lists).</summary>
        public int NextIndex { get; set; }
    }
}

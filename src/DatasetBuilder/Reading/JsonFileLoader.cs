using System.Text;
using System.Text.Json;
using DatasetBuilder.Model;
using DatasetBuilder.Validation;

namespace DatasetBuilder.Reading;

/// <summary>
/// Loads one JSON input file defensively: size limit before reading, strict UTF-8, no duplicate keys,
/// bounded depth, an object at the root. Every failure is a located diagnostic, never an exception.
/// </summary>
public sealed class JsonFileLoader(JsonLoadOptions options)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public JsonLoadResult Load(ContributionFile file)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(file.FullPath);
            if (info.Length > options.MaxFileBytes)
            {
                return Fail(file, RuleCodes.TooLarge, null, null,
                    $"file is {info.Length:N0} bytes, over the limit of {options.MaxFileBytes:N0} bytes; an article file holds one article's text");
            }

            bytes = File.ReadAllBytes(file.FullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(file, RuleCodes.FileUnreadable, null, null, $"cannot read the file: {e.Message}");
        }

        return Load(file, bytes);
    }

    public JsonLoadResult Load(ContributionFile file, ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var (line, column) = new Utf8LineCursor(bytes).At(Math.Clamp(e.Index, 0, bytes.Length));
            return Fail(file, RuleCodes.NotUtf8, line, column, "the file is not valid UTF-8; save it as UTF-8 (without a byte-order mark)");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return Fail(file, RuleCodes.EmptyFile, null, null, "the file is empty; it must hold one JSON object");
        }

        if (JsonStructureScanner.Scan(file, bytes, options.MaxDepth) is { } problem)
        {
            return new JsonLoadResult(file, null, null, [problem]);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions
            {
                MaxDepth = options.MaxDepth,
                AllowDuplicateProperties = false,
                CommentHandling = JsonCommentHandling.Disallow,
                AllowTrailingCommas = false,
            });
        }
        catch (JsonException e)
        {
            // The structure pass accepted the document, so the parser and the pass disagree: say where, but claim no cause.
            return Fail(file, RuleCodes.MalformedJson, (int?)(e.LineNumber + 1), (int?)(e.BytePositionInLine + 1), "malformed JSON: the parser rejects the document here");
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            var kind = document.RootElement.ValueKind.ToString().ToLowerInvariant();
            document.Dispose();
            return Fail(file, RuleCodes.NotAnObject, 1, 1, $"the file holds a JSON {kind}; it must hold one JSON object");
        }

        return new JsonLoadResult(file, text, document, []);
    }

    private static JsonLoadResult Fail(ContributionFile file, string code, int? line, int? column, string message) =>
        new(file, null, null, [new Diagnostic(file.DisplayPath, line, column, null, code, Severity.Error, message)]);
}

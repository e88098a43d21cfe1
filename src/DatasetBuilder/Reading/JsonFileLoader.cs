using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using DatasetBuilder.Model;
using DatasetBuilder.Text;
using DatasetBuilder.Validation;

namespace DatasetBuilder.Reading;

/// <summary>
/// Loads one JSON input file defensively: size limit before reading, strict UTF-8, no duplicate keys,
/// bounded depth, an object at the root. Every failure is a located diagnostic, never an exception.
/// </summary>
public sealed class JsonFileLoader(JsonLoadOptions options)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public JsonLoadResult Load(ContributionFile file) =>
        ReadPooled(file, null, static failure => failure, bytes => LoadUtf8(file, bytes.ToArray())); // the document keeps its own copy

    /// <summary>
    /// Loads <paramref name="file"/> like <see cref="Load(ContributionFile)"/> into a pooled buffer, hands the result to
    /// <paramref name="use"/>, then disposes the document and returns the buffer: for a pass over many files, which would
    /// otherwise allocate every file's bytes. Nothing of the result may outlive <paramref name="use"/>.
    /// </summary>
    public T Use<T>(ContributionFile file, Func<JsonLoadResult, T> use) => Use(file, null, use);

    /// <summary>
    /// As <see cref="Use{T}(ContributionFile, Func{JsonLoadResult, T})"/>, with the file's length as the folder listing gave it
    /// (<see cref="DataEntry.Length"/>), so the file is not asked for its status again before it is read: the size limit is
    /// checked against that length, and that many bytes are read (a file that changed length since reads cut or short, and
    /// fails as what it then is).
    /// </summary>
    public T Use<T>(ContributionFile file, long? listedLength, Func<JsonLoadResult, T> use)
    {
        ArgumentNullException.ThrowIfNull(use);
        return ReadPooled(file, listedLength, use, bytes =>
        {
            var result = LoadUtf8(file, bytes);
            try
            {
                return use(result);
            }
            finally
            {
                result.Document?.Dispose();
            }
        });
    }

    /// <summary>
    /// Reads <paramref name="file"/> into a pooled buffer — non-blocking, and bounded when the file reports no length (a FIFO
    /// or a link to /dev/zero in place of dataset.json must not hang or fill memory) — and hands its bytes to
    /// <paramref name="onBytes"/> before the buffer goes back to the pool; a file too large or unreadable goes to
    /// <paramref name="onFailure"/>.
    /// </summary>
    private T ReadPooled<T>(ContributionFile file, long? listedLength, Func<JsonLoadResult, T> onFailure, Func<ReadOnlyMemory<byte>, T> onBytes)
    {
        if (TooLargeOrUnreadable(file, listedLength, out var length) is { } failure)
        {
            return onFailure(failure);
        }

        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Max(length, 1));
        try
        {
            int read;
            try
            {
                read = PositionalRead.ReadFile(file.FullPath, length, ref buffer, options.MaxFileBytes);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return onFailure(Unreadable(file, e));
            }

            return TooLarge(file, read) is { } tooLarge ? onFailure(tooLarge) : onBytes(buffer.AsMemory(0, read));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private JsonLoadResult? TooLargeOrUnreadable(ContributionFile file, long? listedLength, out long length)
    {
        length = 0;
        try
        {
            length = listedLength ?? FileLength.Of(file.FullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Unreadable(file, e);
        }

        return TooLarge(file, length);
    }

    private JsonLoadResult? TooLarge(ContributionFile file, long length) =>
        length > options.MaxFileBytes
            ? Fail(file, RuleCodes.TooLarge, null, null,
                string.Create(CultureInfo.InvariantCulture, $"file is {length:N0} bytes, over the limit of {options.MaxFileBytes:N0} bytes; an article file holds one article's text"))
            : null;

    private static JsonLoadResult Unreadable(ContributionFile file, Exception e) =>
        Fail(file, RuleCodes.FileUnreadable, null, null, $"cannot read the file: {e.Message}");

    public JsonLoadResult Load(ContributionFile file, ReadOnlySpan<byte> bytes) => LoadUtf8(file, bytes.ToArray());

    /// <summary>
    /// Checks and parses <paramref name="memory"/>, which the document then reads from (not copied). The common, well-formed
    /// file is checked and parsed in one pass of the parser; the precise structure pass runs only to explain a document the
    /// parser refuses, so a refused file gets the same finding as before.
    /// </summary>
    private JsonLoadResult LoadUtf8(ContributionFile file, ReadOnlyMemory<byte> memory)
    {
        if (memory.Span.StartsWith("\uFEFF"u8))
        {
            memory = memory[3..];
        }

        var bytes = memory.Span;
        if (!Utf8Text.IsValid(bytes))
        {
            try
            {
                _ = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException e)
            {
                var (line, column) = new Utf8LineCursor(bytes).At(Math.Clamp(e.Index, 0, bytes.Length));
                return Fail(file, RuleCodes.NotUtf8, line, column, "the file is not valid UTF-8; save it as UTF-8 (without a byte-order mark)");
            }
        }

        if (IsBlank(bytes))
        {
            return Fail(file, RuleCodes.EmptyFile, null, null, "the file is empty; it must hold one JSON object");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(memory, DocumentOptions(options.MaxDepth));
        }
        catch (JsonException e)
        {
            if (JsonStructureScanner.Scan(file, bytes, options.MaxDepth) is { } problem)
            {
                return new JsonLoadResult(file, default, null, [problem]);
            }

            // The structure pass accepts the document, so the parser and the pass disagree: say where, but claim no cause.
            return Fail(file, RuleCodes.MalformedJson, (int?)(e.LineNumber + 1), (int?)(e.BytePositionInLine + 1), "malformed JSON: the parser rejects the document here");
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            var kind = document.RootElement.ValueKind.ToString().ToLowerInvariant();
            document.Dispose();
            return Fail(file, RuleCodes.NotAnObject, 1, 1, $"the file holds a JSON {kind}; it must hold one JSON object");
        }

        if (SurrogateEscapes.FindUnpaired(bytes) is var unpaired and >= 0)
        {
            document.Dispose();
            return UnpairedSurrogate(file, bytes, unpaired);
        }

        return new JsonLoadResult(file, memory, document, []);
    }

    /// <summary>
    /// True when the (valid UTF-8) text is empty or white space only, as <see cref="string.IsNullOrWhiteSpace"/> says of its
    /// decoded text. A JSON file starts with an ASCII character other than white space, which answers without decoding.
    /// </summary>
    internal static bool IsBlank(ReadOnlySpan<byte> utf8)
    {
        var first = utf8.IndexOfAnyExcept(" \t\r\n"u8);
        if (first < 0)
        {
            return true;
        }

        return (utf8[first] >= 0x80 || char.IsWhiteSpace((char)utf8[first])) && string.IsNullOrWhiteSpace(StrictUtf8.GetString(utf8));
    }

    /// <summary>What the parser accepts: strict JSON, no key twice in an object, at most <paramref name="maxDepth"/> levels.</summary>
    internal static JsonDocumentOptions DocumentOptions(int maxDepth) => new()
    {
        MaxDepth = maxDepth,
        AllowDuplicateProperties = false,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };

    /// <summary>The finding for the unpaired surrogate escape at byte <paramref name="at"/> of <paramref name="bytes"/>.</summary>
    internal static JsonLoadResult UnpairedSurrogate(ContributionFile file, ReadOnlySpan<byte> bytes, int at)
    {
        var (line, column) = new Utf8LineCursor(bytes).At(at);
        var escape = Encoding.ASCII.GetString(bytes.Slice(at, 6));
        return Fail(file, RuleCodes.MalformedJson, line, column,
            $"the escape {escape} is half of a surrogate pair without its other half, so the string is not text; write the character itself, or both halves (\\ud83d\\ude00)");
    }

    private static JsonLoadResult Fail(ContributionFile file, string code, int? line, int? column, string message) =>
        new(file, default, null, [new Diagnostic(file.DisplayPath, line, column, null, code, Severity.Error, message)]);
}

using System.Text;
using System.Text.Json;
using CsCheck;
using DatasetBuilder.Model;
using DatasetBuilder.Reading;
using DatasetBuilder.Validation;

namespace DatasetBuilder.Tests.Reading;

/// <summary>
/// The loader parses first and runs the structure pass only to explain a refusal. These tests hold it to the verdicts of the
/// order it replaced (decode the whole text, structure pass, then parse) on many near-valid documents.
/// </summary>
public sealed class JsonFileLoaderFastPathTests
{
    private static readonly ContributionFile File = new("/x/a.json", "data/articles/s/a.json");

    private const string Valid = """
        {
          "id": "a-1",
          "source": "s",
          "url": "https://example.com/a?b=1",
          "title": "عنوان \"مقتبس\"",
          "authors": ["أحمد", "سارة"],
          "meta": {"k": 1, "list": [{"k": 1}, {"k": 2}], "deep": [[[true]]]},
          "text": "نص\nسطر \u0061 \ud83d\ude00"
        }
        """;

    /// <summary>Characters that make or break JSON structure, plus some that only change the text.</summary>
    private static readonly string[] Pieces =
    [
        "{", "}", "[", "]", "\"", ",", ":", "\\", " ", "\n", "1", "a", "null", "tru", "/", "//c\n", "/*c*/", "\"id\"",
        "\"id\": 1,", "\"\\u0069d\": 2,", "\u00A0", "\u2028", "ع", "\uFEFF", "\t", "\0", "\\u00", "[[[[", "]]]]",
    ];

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t\r ")]
    [InlineData("\u00A0")]
    [InlineData(" \u2028 \u3000")]
    [InlineData("\uFEFF")]
    [InlineData("\uFEFF  ")]
    [InlineData("\u00A0{}")]
    [InlineData("\u0085")]
    [InlineData("\v\f")]
    [InlineData("\u001C")]
    [InlineData("{}")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("{\"a\": 1, \"a\": 2}")]
    [InlineData("{\"a\": 1, \"\\u0061\": 2}")]
    [InlineData("{\"a\": {\"b\": 1, \"b\": 2}, \"c\": ]")]
    [InlineData("{\"a\": [1,]}")]
    [InlineData("{\"a\": 1 /* c */}")]
    [InlineData("{\"a\": \"\\ud800\"}")]
    [InlineData("{\"a\": 1}{}")]
    [InlineData("{\"a\": 1} x")]
    [InlineData("{\"a\": [[[[[[1]]]]]]}")]
    [InlineData("{\"a\": [[[[[1]]]]]}")]
    [InlineData("{\"a\": [[[[1]]]]}")]
    [InlineData("{\"a\": [[[[[[1]]]]]}")]
    [InlineData("{\"a\": \"x\ny\"}")]
    public void Load_EdgeCase_GivesTheVerdictOfTheOldOrder(string text)
    {
        var options = JsonLoadOptions.Default with { MaxDepth = 5 };
        AssertSameAsOldOrder(Encoding.UTF8.GetBytes(text), options);
        AssertSameAsOldOrder(Encoding.UTF8.GetBytes(text), JsonLoadOptions.Default);
    }

    [Fact]
    public void Load_NestedToTheLimitAndOneBeyond_GivesTheVerdictOfTheOldOrder()
    {
        for (var depth = 60; depth <= 68; depth++)
        {
            var text = "{\"a\": " + new string('[', depth - 1) + new string(']', depth - 1) + "}";
            AssertSameAsOldOrder(Encoding.UTF8.GetBytes(text), JsonLoadOptions.Default);
        }
    }

    [Fact]
    public void Load_InvalidUtf8_GivesTheVerdictOfTheOldOrder()
    {
        foreach (var bad in new byte[][] { [0xC3, 0x28], [0xFF], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xE2, 0x82] })
        {
            var bytes = Encoding.UTF8.GetBytes("{\n\"a\": \"xع").Concat(bad).Concat(Encoding.UTF8.GetBytes("\"}")).ToArray();
            AssertSameAsOldOrder(bytes, JsonLoadOptions.Default);
        }
    }

    [Fact]
    public void Load_MutatedDocuments_GiveTheVerdictsOfTheOldOrder()
    {
        var edit = Gen.Select(Gen.Int[0, Valid.Length], Gen.Int[0, 3], Gen.Int[0, Pieces.Length - 1], Gen.Int[0, 4]);
        Gen.Select(edit, edit, edit).Sample(edits =>
        {
            var text = Valid;
            foreach (var (at, length, piece, kind) in new[] { edits.Item1, edits.Item2, edits.Item3 })
            {
                var start = Math.Min(at, text.Length);
                var cut = Math.Min(length, text.Length - start);
                text = kind switch
                {
                    0 => text.Remove(start, cut),
                    1 => text.Insert(start, Pieces[piece]),
                    2 => text.Remove(start, cut).Insert(start, Pieces[piece]),
                    _ => text,
                };
            }

            AssertSameAsOldOrder(Encoding.UTF8.GetBytes(text), JsonLoadOptions.Default with { MaxDepth = 4 });
            AssertSameAsOldOrder(Encoding.UTF8.GetBytes(text), JsonLoadOptions.Default);
        }, iter: 3000);
    }

    [Fact]
    public void Load_AcceptedDocument_KeepsTheBytesItWasParsedFrom()
    {
        var bytes = Encoding.UTF8.GetBytes("\uFEFF" + Valid);
        var loaded = new JsonFileLoader(JsonLoadOptions.Default).Load(File, bytes);

        loaded.Success.ShouldBeTrue();
        loaded.Utf8.ToArray().ShouldBe(Encoding.UTF8.GetBytes(Valid));
        loaded.Text.ShouldBe(Valid);
    }

    private static void AssertSameAsOldOrder(byte[] bytes, JsonLoadOptions options)
    {
        var actual = new JsonFileLoader(options).Load(File, bytes);
        var expected = OldOrder(bytes, options);
        actual.Success.ShouldBe(expected.Success, Encoding.UTF8.GetString(bytes));
        actual.Diagnostics.ShouldBe(expected.Diagnostics, Encoding.UTF8.GetString(bytes));
        if (actual.Success)
        {
            actual.Text.ShouldBe(expected.Text);
            actual.Document!.RootElement.GetRawText().ShouldBe(expected.Document!.RootElement.GetRawText());
        }
    }

    /// <summary>The loader as it was before the parser went first: the reference the fast order must agree with.</summary>
    private static JsonLoadResult OldOrder(ReadOnlySpan<byte> bytes, JsonLoadOptions options)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var (line, column) = new Utf8LineCursor(bytes).At(Math.Clamp(e.Index, 0, bytes.Length));
            return Fail(RuleCodes.NotUtf8, line, column, "the file is not valid UTF-8; save it as UTF-8 (without a byte-order mark)");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return Fail(RuleCodes.EmptyFile, null, null, "the file is empty; it must hold one JSON object");
        }

        if (JsonStructureScanner.Scan(File, bytes, options.MaxDepth) is { } problem)
        {
            return new JsonLoadResult(File, default, null, [problem]);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, JsonFileLoader.DocumentOptions(options.MaxDepth));
        }
        catch (JsonException e)
        {
            return Fail(RuleCodes.MalformedJson, (int?)(e.LineNumber + 1), (int?)(e.BytePositionInLine + 1), "malformed JSON: the parser rejects the document here");
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            var kind = document.RootElement.ValueKind.ToString().ToLowerInvariant();
            document.Dispose();
            return Fail(RuleCodes.NotAnObject, 1, 1, $"the file holds a JSON {kind}; it must hold one JSON object");
        }

        // Since 2258f85 a document the reader parses but cannot read a string of (a lone surrogate escape) is refused too; the
        // reference asks the reader, the loader scans the escapes (JsonFileLoaderTests holds the two to each other).
        if (!AllStringsReadable(document.RootElement))
        {
            document.Dispose();
            return JsonFileLoader.UnpairedSurrogate(File, bytes, SurrogateEscapes.FindUnpaired(bytes));
        }

        return new JsonLoadResult(File, Encoding.UTF8.GetBytes(text), document, []);
    }

    private static bool AllStringsReadable(JsonElement element)
    {
        try
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    return element.EnumerateObject().All(static p => p.Name is not null && AllStringsReadable(p.Value));
                case JsonValueKind.Array:
                    return element.EnumerateArray().All(AllStringsReadable);
                case JsonValueKind.String:
                    return element.GetString() is not null;
                default:
                    return true;
            }
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static JsonLoadResult Fail(string code, int? line, int? column, string message) =>
        new(File, default, null, [new Diagnostic(File.DisplayPath, line, column, null, code, Severity.Error, message)]);
}

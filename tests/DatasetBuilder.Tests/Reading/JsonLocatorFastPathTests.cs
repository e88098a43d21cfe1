using System.Text;
using System.Text.Json;
using CsCheck;
using DatasetBuilder.Reading;

namespace DatasetBuilder.Tests.Reading;

/// <summary>The fast ways to find places must agree with the plain ones they replace.</summary>
public sealed class JsonLocatorFastPathTests
{
    private static readonly string[] Keys = ["id", "url", "text"];

    private static readonly string[] Values =
    [
        "\"a-1\"", "null", "1", "true", "[\"x\", \"y\"]", "{\"id\": 2}", "\"عربي 😀\"", "\"x\\ny\\\"z\"", "[]", "{}",
    ];

    [Fact]
    public void LocateTopLevel_GivesWhatLocateGivesForThoseProperties()
    {
        var property = Gen.Select(Gen.Int[0, 5], Gen.Int[0, Values.Length - 1], Gen.Int[0, 3]);
        property.Array[0, 6].Sample(properties =>
        {
            var names = new[] { "id", "url", "text", "title", "ع", "a/b" };
            var used = new HashSet<string>(StringComparer.Ordinal);
            var json = new StringBuilder("{");
            foreach (var (name, value, space) in properties)
            {
                if (!used.Add(names[name]))
                {
                    continue;
                }

                json.Append(used.Count > 1 ? "," : string.Empty).Append(space switch { 0 => "", 1 => " ", 2 => "\n  ", _ => "\r\n\t" })
                    .Append('"').Append(names[name]).Append("\": ").Append(Values[value]);
            }

            var text = json.Append("\n}").ToString();
            var bytes = Encoding.UTF8.GetBytes(text);
            using var document = JsonDocument.Parse(bytes.AsMemory());
            var all = JsonLocator.Locate(text);
            var expected = Keys.Select(static k => "/" + k).Where(all.ContainsKey).Select(p => (p, all[p])).Order().ToList();

            JsonLocator.LocateTopLevel(document.RootElement, bytes, Keys).Select(static kv => (kv.Key, kv.Value)).Order().ToList().ShouldBe(expected, text);
        }, iter: 2000);
    }

    [Fact]
    public void LocateTopLevel_DocumentParsedFromACopy_StillFindsThePlaces()
    {
        const string text = "{\n  \"title\": \"ع\",\n  \"id\": \"a\"\n}";
        using var document = JsonDocument.Parse(text);
        JsonLocator.LocateTopLevel(document.RootElement, Encoding.UTF8.GetBytes(text), Keys).ShouldBe(new Dictionary<string, (int, int)> { ["/id"] = (3, 9) });
    }

    [Fact]
    public void LocateTopLevel_NameThatNeedsEscaping_IsLocatedAsLocateWould()
    {
        const string text = "{\"a/b\": 1, \"id\": 2}";
        var bytes = Encoding.UTF8.GetBytes(text);
        using var document = JsonDocument.Parse(bytes.AsMemory());
        JsonLocator.LocateTopLevel(document.RootElement, bytes, ["a/b", "id"])
            .OrderBy(static kv => kv.Key, StringComparer.Ordinal).ShouldBe([new("/a~1b", (1, 9)), new("/id", (1, 18))]);
    }

    [Fact]
    public void Utf8LineCursor_AgreesWithACharacterByCharacterCount()
    {
        var piece = Gen.OneOf<string>("a", "\n", "ع", "😀", "\r\n", "ab cd ", "€", new string('x', 40), new string('ع', 20) + "\n");
        Gen.Select(piece.Array[0, 60], Gen.Int[0, 1000].Array[1, 8]).Sample((pieces, offsets) =>
        {
            var bytes = Encoding.UTF8.GetBytes(string.Concat(pieces));
            var cursor = new Utf8LineCursor(bytes);
            foreach (var offset in offsets.Select(o => Math.Min(o, bytes.Length + 3)).Order())
            {
                cursor.At(offset).ShouldBe(Plain(bytes, offset));
            }
        }, iter: 2000);
    }

    [Fact]
    public void CountContinuationBytes_CountsEveryByteOfTheForm10xxxxxx()
    {
        Gen.Byte.Array[0, 200].Sample(bytes =>
            Utf8LineCursor.CountContinuationBytes(bytes).ShouldBe(bytes.Count(static b => (b & 0xC0) == 0x80)), iter: 2000);
    }

    /// <summary>The cursor as it was: one byte at a time from the start.</summary>
    private static (int Line, int Column) Plain(byte[] bytes, long offset)
    {
        int line = 1, column = 1;
        for (var i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                column = 1;
            }
            else if ((bytes[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return (line, column);
    }
}

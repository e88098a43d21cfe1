namespace DatasetBuilder.Reading;

/// <summary>
/// Finds a <c>\uXXXX</c> escape of half a surrogate pair without its other half ("\ud800" alone, a high one before anything
/// but a low one, a low one after anything but a high one). JSON's grammar allows it; the string it stands in is not text
/// (RFC 7493 forbids it), and the JSON reader refuses to read such a string, so a file holding one is refused where it is
/// loaded rather than failing wherever a string of it is first read.
/// </summary>
internal static class SurrogateEscapes
{
    /// <summary>
    /// The byte offset of the first unpaired surrogate escape in <paramref name="json"/>, a document the parser accepted, or
    /// -1. Outside strings a well-formed document has no backslash, so every backslash opens an escape; a file without
    /// <c>\u</c> escapes costs one vectorised search per escape of any kind.
    /// </summary>
    public static int FindUnpaired(ReadOnlySpan<byte> json)
    {
        var at = 0;
        while (true)
        {
            var next = json[at..].IndexOf((byte)'\\');
            if (next < 0)
            {
                return -1;
            }

            at += next;
            if (at + 1 >= json.Length)
            {
                return -1;
            }

            if (json[at + 1] != (byte)'u' || !JsonStringMeasure.TryHex4(json, at + 2, out var unit))
            {
                at += 2; // "\n", "\\", "\"": the escaped character is never the start of another escape
                continue;
            }

            if (char.IsLowSurrogate(unit))
            {
                return at;
            }

            if (char.IsHighSurrogate(unit))
            {
                if (!(json.Length >= at + 12 && json[at + 6] == (byte)'\\' && json[at + 7] == (byte)'u' && JsonStringMeasure.TryHex4(json, at + 8, out var low) && char.IsLowSurrogate(low)))
                {
                    return at;
                }

                at += 12;
                continue;
            }

            at += 6;
        }
    }
}

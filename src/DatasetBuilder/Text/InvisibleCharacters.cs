namespace DatasetBuilder.Text;

/// <summary>Classifies the invisible formatting characters real web copy carries (bidi controls, zero-width characters).</summary>
public static class InvisibleCharacters
{
    /// <summary>
    /// Bidi embeddings, overrides, isolates and marks, and zero-width characters: formatting with no meaning
    /// once text is stored as logical-order Unicode. ZWNJ (U+200C) is kept out: in Persian it changes spelling.
    /// </summary>
    public static bool IsInvisibleFormatting(char c) => c switch
    {
        '\u200B' or '\u200D' or '\u2060' or '\uFEFF' => true, // zero-width space, joiner, word joiner, BOM
        '\u200E' or '\u200F' or '\u061C' => true,             // LRM, RLM, ALM
        >= '\u202A' and <= '\u202E' => true,                  // LRE, RLE, PDF, LRO, RLO
        >= '\u2066' and <= '\u2069' => true,                  // LRI, RLI, FSI, PDI
        _ => false,
    };

    /// <summary>Bidi overrides (U+202D LRO, U+202E RLO): they can disguise text, so titles and texts must not carry them.</summary>
    public static bool IsBidiOverride(char c) => c is '\u202D' or '\u202E';

    /// <summary>Any bidi control: embeddings, overrides, isolates and marks.</summary>
    public static bool IsBidiControl(char c) => c is '\u200E' or '\u200F' or '\u061C' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>No-break spaces that should read as ordinary spaces in stored text.</summary>
    public static bool IsNoBreakSpace(char c) => c is '\u00A0' or '\u202F' or '\u2007';
}

namespace DatasetBuilder.Reporting;

/// <summary>
/// How a finding's JSON pointer is shown to a reader. RFC 6901's pointer to the whole document is the empty string, and "/"
/// is the pointer to a member named "": the human formats name the document in words rather than print either.
/// </summary>
public static class PointerText
{
    /// <summary>What the human formats print for the whole document.</summary>
    public const string WholeDocument = "(the whole document)";

    /// <summary><paramref name="jsonPointer"/> as shown to a reader: itself, or <see cref="WholeDocument"/> for "".</summary>
    public static string Display(string jsonPointer)
    {
        ArgumentNullException.ThrowIfNull(jsonPointer);
        return jsonPointer.Length == 0 ? WholeDocument : jsonPointer;
    }
}

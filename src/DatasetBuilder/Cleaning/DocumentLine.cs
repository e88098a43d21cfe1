namespace DatasetBuilder.Cleaning;

/// <summary>One line of a raw text as the rules see it.</summary>
/// <param name="Index">Line number, from 0.</param>
/// <param name="Start">Offset of the line in the raw text (UTF-16 code units), without its line break.</param>
/// <param name="Length">Length of the line in the raw text, without its line break.</param>
/// <param name="Text">The line as it will be stored: invisible formatting dropped, spaces collapsed, trimmed.</param>
/// <param name="Key">The matching key of the line (<see cref="Text.ArabicNormalizer"/>).</param>
public sealed record DocumentLine(int Index, int Start, int Length, string Text, string Key)
{
    /// <summary>
    /// <see cref="LineShape.WordCount(string)"/> of <see cref="Text"/>, counted once: most rules ask it of every line, and it
    /// walks the whole line.
    /// </summary>
    public int WordCount { get; } = LineShape.WordCount(Text);

    /// <summary>True for a line with nothing visible: a paragraph break, never content.</summary>
    public bool IsBlank => Text.Length == 0;
}

namespace DatasetBuilder.Cleaning;

/// <summary>What the cleaner made of one article: the body text, what it removed and why, and the metadata it moved out of the text.</summary>
/// <param name="Text">The cleaned body: paragraphs separated by one blank line, words as published.</param>
/// <param name="Removals">Removed spans in raw-text order.</param>
/// <param name="Metadata">Metadata found in boilerplate.</param>
public sealed record CleaningResult(string Text, IReadOnlyList<Removal> Removals, ExtractedMetadata Metadata)
{
    /// <summary>
    /// The matching key of <see cref="Text"/> (<see cref="DatasetBuilder.Text.ArabicNormalizer.Normalize"/>), when the cleaner
    /// had it: the keys of the kept lines joined by a space, which is what normalising the text gives (the normaliser folds
    /// within a line and collapses the blank line between two into one space). Null when not known.
    /// </summary>
    public string? MatchingKey { get; init; }

    /// <summary>
    /// <see cref="LineShape.WordCount(string)"/> of <see cref="Text"/> when the cleaner had it: the kept lines' counts summed
    /// (the blank line between two paragraphs ends a word as any separator does). Null when not known.
    /// </summary>
    public int? WordCount { get; init; }
}

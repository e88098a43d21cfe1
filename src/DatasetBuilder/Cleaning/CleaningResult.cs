namespace DatasetBuilder.Cleaning;

/// <summary>What the cleaner made of one article: the body text, what it removed and why, and the metadata it moved out of the text.</summary>
/// <param name="Text">The cleaned body: paragraphs separated by one blank line, words as published.</param>
/// <param name="Removals">Removed spans in raw-text order.</param>
/// <param name="Metadata">Metadata found in boilerplate.</param>
public sealed record CleaningResult(string Text, IReadOnlyList<Removal> Removals, ExtractedMetadata Metadata);

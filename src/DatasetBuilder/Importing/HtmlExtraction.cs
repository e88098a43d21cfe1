namespace DatasetBuilder.Importing;

/// <summary>What a saved page yields: its metadata, the article's visible text, and the whole page's visible text.</summary>
/// <param name="Metadata">Title, date, authors, publisher, canonical URL and so on, as the page declares or shows them.</param>
/// <param name="Text">The main content, paragraphs separated by a blank line; empty when the page has none.</param>
/// <param name="PageText">All visible text of the page, one block per line (for matching a source by its markers).</param>
public sealed record HtmlExtraction(InferredMetadata Metadata, string Text, string PageText);

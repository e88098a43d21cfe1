namespace DatasetBuilder.Importing;

/// <summary>One thing to import: its content, what kind it is, and the page's address when known.</summary>
/// <param name="Content">The raw text or the page's HTML, decoded.</param>
/// <param name="IsHtml">True for a saved or fetched page, false for a raw scraped text.</param>
/// <param name="PageUrl">Where the page came from (fetched, or given with <c>--url</c>); null when not known.</param>
/// <param name="Origin">How to name the input in messages (a path or an address).</param>
public sealed record ImportInput(string Content, bool IsHtml, Uri? PageUrl, string Origin);

namespace DatasetBuilder.Cleaning;

/// <summary>
/// The cleaning stage: raw text and context in; body text, removals and extracted metadata out. Pure and deterministic.
/// Runs the rules of <see cref="CleaningRuleSet.Default"/> in order over the lines of the raw text; the kept lines are the
/// paragraphs of the body, stored as published (only invisible formatting dropped and spaces normalised).
/// </summary>
public sealed class ArticleCleaner
{
    private readonly IReadOnlyList<ICleaningRule> _rules;

    public ArticleCleaner()
        : this(CleaningRuleSet.Default)
    {
    }

    public ArticleCleaner(IReadOnlyList<ICleaningRule> rules)
    {
        _rules = rules ?? throw new ArgumentNullException(nameof(rules));
    }

    public CleaningResult Clean(CleaningContext context)
    {
        var document = new CleaningDocument(context);
        foreach (var rule in _rules)
        {
            // The document keeps every rule's removals; the result merges them in text order.
            if (rule is CleaningRule own)
            {
                own.RunOn(document);
            }
            else
            {
                _ = rule.Apply(document);
            }
        }

        var kept = new List<DocumentLine>(document.Lines.Count);
        foreach (var i in document.Kept())
        {
            kept.Add(document.Lines[i]);
        }

        if (kept.Count == 0)
        {
            // Never empty an article that has a body: put its paragraphs back rather than publish nothing.
            for (var i = 0; i < document.Lines.Count; i++)
            {
                if (document.IsBody(i))
                {
                    document.Restore(i);
                    kept.Add(document.Lines[i]);
                }
            }
        }

        // = ParagraphNormalizer.Join of the kept lines: a line's text is already NormalizeLine's output and never empty.
        var text = string.Join("\n\n", kept.Select(static l => l.Text));
        var metadata = new ExtractedMetadata
        {
            Published = document.Published,
            Authors = [.. document.Authors],
            Agency = document.Agency,
            Subtitle = document.Subtitle,
        };
        // The key and the word count of the text from the lines, which have them already: deduplication and the row need not
        // walk the text again.
        var key = string.Join(' ', kept.Where(static l => l.Key.Length > 0).Select(static l => l.Key));
        return new CleaningResult(text, document.Removals(), metadata) { MatchingKey = key, WordCount = kept.Sum(static l => l.WordCount) };
    }
}

namespace DatasetBuilder.Cleaning;

/// <summary>
/// The cleaning stage: raw text and context in; body text, removals and extracted metadata out. Pure and deterministic.
/// </summary>
public sealed class ArticleCleaner
{
    public CleaningResult Clean(CleaningContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Article.Text;
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        return new CleaningResult(ParagraphNormalizer.Join(lines), [], ExtractedMetadata.None);
    }
}

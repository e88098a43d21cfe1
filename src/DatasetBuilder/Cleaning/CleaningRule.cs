namespace DatasetBuilder.Cleaning;

/// <summary>
/// Base of the rules: runs the rule over the document and returns the spans recorded under its id, each with its reason. A
/// rule records a span under another rule's id where that names it better (<see cref="Rules.AppendedArticleRule"/> records
/// the lines an article's own header repeats as <see cref="CleaningRules.OutsideBody"/>), so the spans are by id, not by maker.
/// </summary>
public abstract class CleaningRule : ICleaningRule
{
    public abstract string Id { get; }

    public abstract string Description { get; }

    public IReadOnlyList<Removal> Apply(CleaningDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Run(document);
        return document.Removals(Id);
    }

    /// <summary>
    /// Runs the rule without collecting its spans: the cleaner merges all rules' removals once at the end, so building each
    /// rule's list (a walk of every line, twelve times an article) would be thrown away.
    /// </summary>
    internal void RunOn(CleaningDocument document) => Run(document);

    /// <summary>Removes, through <see cref="CleaningDocument.Remove"/>, the lines this rule recognises.</summary>
    protected abstract void Run(CleaningDocument document);
}

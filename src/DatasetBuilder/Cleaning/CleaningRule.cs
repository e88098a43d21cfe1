namespace DatasetBuilder.Cleaning;

/// <summary>Base of the rules: runs the rule over the document and returns the spans it removed, each with its reason.</summary>
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

    /// <summary>Removes, through <see cref="CleaningDocument.Remove"/>, the lines this rule recognises.</summary>
    protected abstract void Run(CleaningDocument document);
}

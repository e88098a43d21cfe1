namespace DatasetBuilder.Cleaning;

/// <summary>
/// One cleaning rule: looks at the lines still kept in a document and removes the ones it recognises, with a reason.
/// Rules are pure over the document and run in the fixed order of <see cref="CleaningRuleSet.Default"/>.
/// </summary>
public interface ICleaningRule
{
    /// <summary>Stable id recorded in the audit (see <see cref="CleaningRules"/>).</summary>
    string Id { get; }

    /// <summary>What the rule removes, in one line a datasheet reader understands.</summary>
    string Description { get; }

    /// <summary>Removes what the rule recognises among the lines still kept and returns the spans it removed.</summary>
    IReadOnlyList<Removal> Apply(CleaningDocument document);
}

namespace DatasetBuilder.Cleaning;

/// <summary>One span the cleaner removed from the raw text, and why.</summary>
/// <param name="RuleId">Id of the rule that removed it (see <see cref="CleaningRules"/>).</param>
/// <param name="Start">Offset of the span in the raw text (UTF-16 code units).</param>
/// <param name="Length">Length of the span in the raw text.</param>
/// <param name="Reason">Why this span is not article content, in words a datasheet reader understands.</param>
public sealed record Removal(string RuleId, int Start, int Length, string Reason);

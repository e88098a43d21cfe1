namespace DatasetBuilder.Datasheet;

/// <summary>How much one cleaning rule removed from the articles of one source: the datasheet's removal summary.</summary>
/// <param name="Source">Source id.</param>
/// <param name="RuleId">Cleaning rule id (see <c>CleaningRules</c>).</param>
/// <param name="RuleDescription">The rule's one-line description.</param>
/// <param name="Articles">Number of released articles the rule removed something from.</param>
/// <param name="Spans">Number of spans the rule removed.</param>
/// <param name="Characters">Characters of raw text the rule removed.</param>
public sealed record RemovalTally(string Source, string RuleId, string RuleDescription, int Articles, int Spans, long Characters);

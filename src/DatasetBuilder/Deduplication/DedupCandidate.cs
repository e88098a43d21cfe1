using DatasetBuilder.Model;

namespace DatasetBuilder.Deduplication;

/// <summary>
/// An article as deduplication sees it: its id, cleaned text and date, and the metadata the representative policy weighs
/// (<see cref="RepresentativeComparer"/>). The metadata is optional so that callers which only have id, text and date keep working;
/// a missing value simply counts as unknown.
/// </summary>
public sealed record DedupCandidate(string Id, string Text, PartialDate? Published)
{
    /// <summary>The source id, or null; the reserved "unknown" source counts as not identified.</summary>
    public string? Source { get; init; }

    /// <summary>The article's URL, or null.</summary>
    public string? Url { get; init; }

    /// <summary>The news agency credited, or null.</summary>
    public string? Agency { get; init; }

    /// <summary>
    /// The matching key of <see cref="Text"/> (<see cref="Text.ArabicNormalizer.Normalize"/>) when the caller has it already
    /// (the cleaner does); null to have it computed. Given, it must be that key: signatures and exact copies are found on it.
    /// </summary>
    public string? MatchingKey { get; init; }
}

using DatasetBuilder.Model;

namespace DatasetBuilder.Deduplication;

/// <summary>An article as deduplication sees it: its id, cleaned text and date (for the representative policy).</summary>
public sealed record DedupCandidate(string Id, string Text, PartialDate? Published);

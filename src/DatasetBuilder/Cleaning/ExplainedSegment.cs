namespace DatasetBuilder.Cleaning;

/// <summary>One piece of an explained article: a kept paragraph (<see cref="Removal"/> null) or a removed span with its rule.</summary>
/// <param name="Lines">The piece's non-blank lines as stored text.</param>
/// <param name="Removal">The removal, or null for a kept paragraph.</param>
public sealed record ExplainedSegment(IReadOnlyList<string> Lines, Removal? Removal);

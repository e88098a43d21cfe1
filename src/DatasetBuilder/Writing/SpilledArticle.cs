namespace DatasetBuilder.Writing;

/// <summary>A cleaned article waiting in the spill for deduplication to decide its cluster: its row and its audit rows.</summary>
/// <param name="Row">The released row, without its cluster columns yet.</param>
/// <param name="Removals">The removed spans, ordered by offset.</param>
public sealed record SpilledArticle(DatasetRow Row, IReadOnlyList<RemovalAuditRow> Removals);

using DatasetBuilder.Reading;

namespace DatasetBuilder.Pipeline;

/// <summary>What the first pass keeps of a valid article for the later passes: where it is and the id that orders it.</summary>
internal sealed record ArticleFacts(ContributionFile File, string Id);

using DatasetBuilder.Model;

namespace DatasetBuilder.Validation;

/// <summary>A schema-valid source profile and the name of the file it came from (without <c>.json</c>).</summary>
public sealed record SourceCandidate(SourceProfile Profile, string FileName);

namespace DatasetBuilder.Importing;

/// <summary>The people and the agency a byline line credits.</summary>
public sealed record Byline(IReadOnlyList<string> Authors, string? Agency);

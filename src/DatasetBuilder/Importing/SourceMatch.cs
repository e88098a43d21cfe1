namespace DatasetBuilder.Importing;

/// <summary>The source profile an import was filed under, and why (for the command's report).</summary>
public sealed record SourceMatch(string SourceId, string Reason)
{
    /// <summary>The reserved profile for material that does not name its site.</summary>
    public const string UnknownSourceId = "unknown";
}

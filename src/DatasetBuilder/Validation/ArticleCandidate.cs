using DatasetBuilder.Model;

namespace DatasetBuilder.Validation;

/// <summary>What the content rules look at: the mapped article plus the facts the mapping cannot carry.</summary>
public sealed record ArticleCandidate
{
    public required Article Article { get; init; }

    /// <summary>The <c>published</c> string as written (the mapped article holds null for an impossible day).</summary>
    public string? PublishedText { get; init; }

    /// <summary>The file name without <c>.json</c>.</summary>
    public required string FileName { get; init; }

    /// <summary>The folder the file sits in (should be the source id).</summary>
    public required string FolderName { get; init; }
}

using System.Text.Json;
using DatasetBuilder.Model;
using DatasetBuilder.Reading;

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

    /// <summary>The candidate for a loaded article document that lives (or will live) at <paramref name="fullPath"/>.</summary>
    public static ArticleCandidate From(JsonElement root, string fullPath) => new()
    {
        Article = ArticleMapper.Map(root),
        PublishedText = root.TryGetProperty("published", out var published) && published.ValueKind == JsonValueKind.String ? published.GetString() : null,
        FileName = Path.GetFileNameWithoutExtension(fullPath),
        FolderName = Path.GetFileName(Path.GetDirectoryName(fullPath)) ?? string.Empty,
    };
}

using DatasetBuilder.Cleaning;
using DatasetBuilder.Model;

namespace DatasetBuilder.Pipeline;

/// <summary>
/// One article cleaned as the build would clean it (<see cref="SingleArticleCleaning"/>): the article and its cleaning, or
/// — when the file does not load or breaks the schema — no article and the errors why. <see cref="Problems"/> otherwise
/// holds the warnings (a missing or broken source profile).
/// </summary>
public sealed record SingleArticleCleaningResult
{
    public Article? Article { get; init; }

    public CleaningResult? Cleaned { get; init; }

    public required IReadOnlyList<Diagnostic> Problems { get; init; }
}

using System.Globalization;
using DatasetBuilder.Deduplication;
using DatasetBuilder.Releases;

namespace DatasetBuilder.Cli.Commands;

/// <summary>
/// What <c>build</c> prints about the articles removed as duplicates: a count by kind, then one line per article
/// (<c>id → kept id (kind, similarity)</c>) up to <see cref="MaxListed"/>, the rest summed up with a pointer to
/// <c>duplicates.json</c>, which lists them all.
/// </summary>
internal static class DuplicateSummary
{
    /// <summary>Enough to see what happened on a terminal; the release file has the full list.</summary>
    public const int MaxListed = 20;

    public static IEnumerable<string> Lines(IReadOnlyList<ClusterAssignment> removed)
    {
        ArgumentNullException.ThrowIfNull(removed);
        if (removed.Count == 0)
        {
            yield return "removed 0 duplicates";
            yield break;
        }

        var kinds = removed.GroupBy(static d => d.Kind).OrderBy(static g => g.Key).Select(static g => string.Create(CultureInfo.InvariantCulture, $"{g.Key.ToString().ToLowerInvariant()} {g.Count()}"));
        yield return string.Create(CultureInfo.InvariantCulture, $"removed {removed.Count} duplicate(s) ({string.Join(", ", kinds)}), each listed in {DuplicateListing.FileName}:");
        foreach (var dup in removed.OrderBy(static d => d.Id, StringComparer.Ordinal).Take(MaxListed))
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"  {dup.Id} → {dup.RepresentativeId} ({dup.Kind.ToString().ToLowerInvariant()}, {dup.Similarity:0.000})");
        }

        if (removed.Count > MaxListed)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"  … {removed.Count - MaxListed} more in {DuplicateListing.FileName}");
        }
    }
}

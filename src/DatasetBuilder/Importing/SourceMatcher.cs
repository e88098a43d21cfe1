using DatasetBuilder.Model;
using DatasetBuilder.Text;

namespace DatasetBuilder.Importing;

/// <summary>
/// Files an article under the source profile whose <c>identifying_markers</c> its text contains (compared on the
/// Arabic matching key, so hamza or diacritic variants still match), or whose <c>domain</c> is the page URL's host.
/// No match, or two profiles matching equally, gives the reserved source <c>unknown</c>: a wrong site is worse than none.
/// </summary>
public sealed class SourceMatcher
{
    private readonly IReadOnlyList<(SourceProfile Profile, string[] Markers)> _profiles;

    public SourceMatcher(IEnumerable<SourceProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        _profiles = [.. profiles
            .Where(static p => p.Id != SourceMatch.UnknownSourceId)
            .OrderBy(static p => p.Id, StringComparer.Ordinal)
            .Select(static p => (p, p.IdentifyingMarkers.Select(static m => ArabicNormalizer.Normalize(m)).Where(static m => m.Length > 0).ToArray()))];
    }

    public SourceMatch Match(string text, Uri? pageUrl)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (pageUrl is not null)
        {
            var host = pageUrl.IdnHost.ToLowerInvariant();
            foreach (var (profile, _) in _profiles)
            {
                var domain = profile.Domain?.ToLowerInvariant();
                if (domain is not null && (host == domain || host.EndsWith("." + domain, StringComparison.Ordinal)))
                {
                    return new SourceMatch(profile.Id, $"the page is on {domain}");
                }
            }
        }

        var key = ArabicNormalizer.Normalize(text);
        var hits = _profiles
            .Select(p => (p.Profile, Found: p.Markers.Where(m => key.Contains(m, StringComparison.Ordinal)).ToArray()))
            .Where(static h => h.Found.Length > 0)
            .OrderByDescending(static h => h.Found.Length)
            .ThenBy(static h => h.Profile.Id, StringComparer.Ordinal)
            .ToList();
        if (hits.Count == 0)
        {
            return new SourceMatch(SourceMatch.UnknownSourceId, "no source profile's identifying marker occurs in the text");
        }

        if (hits.Count > 1 && hits[0].Found.Length == hits[1].Found.Length)
        {
            return new SourceMatch(SourceMatch.UnknownSourceId,
                $"the text carries markers of several sources ({string.Join(", ", hits.Select(static h => h.Profile.Id))}); pass --source to choose");
        }

        var best = hits[0];
        var marker = best.Profile.IdentifyingMarkers.First(m => best.Found.Contains(ArabicNormalizer.Normalize(m), StringComparer.Ordinal));
        return new SourceMatch(best.Profile.Id, $"the text contains its marker \"{marker}\"");
    }
}

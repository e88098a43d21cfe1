using DatasetBuilder.Model;
using DatasetBuilder.Reading;

namespace DatasetBuilder.Validation;

/// <summary>
/// The corpus-wide checks: two article files with the same id, the same url (compared as addresses) or the same raw text.
/// Every file of a group gets a finding that names the other files, so a contributor sees the pair from either side.
/// </summary>
public static class DuplicateFinder
{
    /// <param name="all">Keys of every article file in the corpus.</param>
    /// <param name="reportFor">Which files findings are wanted for (all of them, or the files a partial validation checks).</param>
    public static IReadOnlyList<Diagnostic> Find(IReadOnlyList<ArticleKeys> all, Func<ContributionFile, bool> reportFor)
    {
        ArgumentNullException.ThrowIfNull(all);
        ArgumentNullException.ThrowIfNull(reportFor);
        var diagnostics = new List<Diagnostic>();
        Group(all, static k => k.Id, "/id", RuleCodes.DuplicateId, Severity.Error,
            static others => $"another article file has the same id: {others}; ids are the dataset's stable keys: give this article its own id (and file name)", reportFor, diagnostics);
        Group(all, static k => k.Url is null ? null : k.UrlKey ?? NormalizeUrl(k.Url), "/url", RuleCodes.DuplicateUrl, Severity.Error,
            static others => $"the same url is already contributed in {others}; keep one file (or correct the url)", reportFor, diagnostics);
        Group(all, static k => k.TextSha256, "/text", RuleCodes.DuplicateText, Severity.Warning,
            static others => $"the same raw text is already in {others}; the build keeps only one: remove the copy unless the two articles differ", reportFor, diagnostics);
        return diagnostics;
    }

    /// <summary>The address two urls share when they name the same page: scheme, case of the host, "www.", fragment and a trailing slash do not count.</summary>
    public static string NormalizeUrl(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            return url.Trim();
        }

        var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        var port = uri.IsDefaultPort ? string.Empty : ":" + uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return host.ToLowerInvariant() + port + uri.AbsolutePath.TrimEnd('/') + uri.Query;
    }

    private static void Group(
        IReadOnlyList<ArticleKeys> all,
        Func<ArticleKeys, string?> key,
        string pointer,
        string code,
        Severity severity,
        Func<string, string> message,
        Func<ContributionFile, bool> reportFor,
        List<Diagnostic> diagnostics)
    {
        // Only a value some reported file holds can give a finding: in a partial validation of a large corpus that is a
        // handful of values, so the other files are not grouped at all.
        var values = new string?[all.Count];
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < all.Count; i++)
        {
            values[i] = key(all[i]);
            if (values[i] is { } value && reportFor(all[i].File))
            {
                wanted.Add(value);
            }
        }

        var groups = new Dictionary<string, List<ArticleKeys>>(StringComparer.Ordinal);
        for (var i = 0; i < all.Count; i++)
        {
            var keys = all[i];
            if (values[i] is { } value && wanted.Contains(value))
            {
                if (!groups.TryGetValue(value, out var members))
                {
                    groups[value] = members = [];
                }

                members.Add(keys);
            }
        }

        foreach (var members in groups.Values)
        {
            if (members.Count < 2)
            {
                continue;
            }

            foreach (var member in members)
            {
                if (!reportFor(member.File))
                {
                    continue;
                }

                var others = string.Join(", ", members.Where(m => !ReferenceEquals(m, member)).Select(static m => m.File.DisplayPath).Order(StringComparer.Ordinal));
                (int Line, int Column)? at = member.Locations is { } l && l.TryGetValue(pointer, out var p) ? p : null;
                diagnostics.Add(new Diagnostic(member.File.DisplayPath, at?.Line, at?.Column, pointer, code, severity, message(others)));
            }
        }
    }
}

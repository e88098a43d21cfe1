using System.IO.Hashing;
using System.Runtime.InteropServices;
using DatasetBuilder.Model;
using DatasetBuilder.Reading;

namespace DatasetBuilder.Validation;

/// <summary>
/// The corpus-wide checks: two article files with the same id, the same url (compared as addresses) or the same raw text.
/// Every file of a group gets a finding that names the other files, so a contributor sees the pair from either side.
/// </summary>
public static class DuplicateFinder
{
    // The 64-bit hashes files meet by, one per check: Find groups by them and Meeting filters by them, so the two agree.
    private static readonly Func<ArticleKeys, ulong?> IdHash = static k => HashOf(k.Id);
    private static readonly Func<ArticleKeys, ulong?> UrlHash = static k => HashOf(UrlAddress(k));
    private static readonly Func<ArticleKeys, ulong?> TextHash = static k => (ulong?)k.TextHash;

    /// <param name="all">Keys of every article file in the corpus.</param>
    /// <param name="reportFor">Which files findings are wanted for (all of them, or the files a partial validation checks).</param>
    public static IReadOnlyList<Diagnostic> Find(IReadOnlyList<ArticleKeys> all, Func<ContributionFile, bool> reportFor)
    {
        ArgumentNullException.ThrowIfNull(all);
        ArgumentNullException.ThrowIfNull(reportFor);
        var diagnostics = new List<Diagnostic>();
        Group(all, static k => k.Id, IdHash, "/id", RuleCodes.DuplicateId, Severity.Error,
            static others => $"another article file has the same id: {others}; ids are the dataset's stable keys: give this article its own id (and file name)", reportFor, diagnostics);
        Group(all, UrlAddress, UrlHash, "/url", RuleCodes.DuplicateUrl, Severity.Error,
            static others => $"the same url is already contributed in {others}; keep one file (or correct the url)", reportFor, diagnostics);
        // The text key is itself the value (16 bytes of SHA-256): its low 64 bits sort the files, all 128 bits tell them apart.
        Group(all, static k => k.TextHash?.ToString(System.Globalization.CultureInfo.InvariantCulture), TextHash, "/text", RuleCodes.DuplicateText, Severity.Warning,
            static others => $"the same raw text is already in {others}; the build keeps only one: remove the copy unless the two articles differ", reportFor, diagnostics);
        return diagnostics;
    }

    /// <summary>
    /// The files of <paramref name="others"/> that can be in a group with one of <paramref name="checkedFiles"/>: those whose id,
    /// url address or raw text has the 64-bit hash of one of theirs (the hash <see cref="Find"/> meets files by, <see cref="KeyProbe"/>).
    /// A partial validation hands <see cref="Find"/> only the checked files and these, instead of sorting the whole corpus's keys
    /// for a few findings; the findings are the same, since every group a checked file is in is made of such files.
    /// </summary>
    public static IReadOnlyList<ArticleKeys> Meeting(IReadOnlyCollection<ArticleKeys> checkedFiles, IEnumerable<ArticleKeys> others)
    {
        ArgumentNullException.ThrowIfNull(checkedFiles);
        ArgumentNullException.ThrowIfNull(others);
        var probe = new KeyProbe(checkedFiles);
        return [.. others.Where(probe.Meets)];
    }

    /// <summary>The 64-bit hash files meet by in the id check.</summary>
    internal static ulong? IdHashOf(ArticleKeys keys) => IdHash(keys);

    /// <summary>The 64-bit hash files meet by in the url check (of the url's address).</summary>
    internal static ulong? UrlHashOf(ArticleKeys keys) => UrlHash(keys);

    /// <summary>The 64-bit hash files meet by in the text check (the low half of the text key).</summary>
    internal static ulong? TextHashOf(ArticleKeys keys) => TextHash(keys);

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

    /// <summary>The 64-bit hash of a value the checks meet files by (of its UTF-16 code units), or null for none.</summary>
    internal static ulong? HashOf(string? value) => value is null ? null : XxHash3.HashToUInt64(MemoryMarshal.AsBytes(value.AsSpan()));

    private static string? UrlAddress(ArticleKeys k) => k.Url is null ? null : k.UrlKey ?? NormalizeUrl(k.Url);

    /// <summary>
    /// Files group by <paramref name="key"/>, found through <paramref name="hash"/> (a 64-bit hash of the value, or null when the
    /// file has none): the value itself is asked for only for files whose hash meets another's.
    /// </summary>
    private static void Group(
        IReadOnlyList<ArticleKeys> all,
        Func<ArticleKeys, string?> key,
        Func<ArticleKeys, ulong?> hash,
        string pointer,
        string code,
        Severity severity,
        Func<string, string> message,
        Func<ContributionFile, bool> reportFor,
        List<Diagnostic> diagnostics)
    {
        // Files meet by a 64-bit hash of their value, sorted: 12 bytes per file and no set or map of every value (a million
        // files' urls would be hundreds of MB). Only a run of equal hashes is looked at again, by the values themselves.
        var hashes = new ulong[all.Count];
        var order = new int[all.Count];
        var count = 0;
        for (var i = 0; i < all.Count; i++)
        {
            if (hash(all[i]) is { } h)
            {
                hashes[count] = h;
                order[count++] = i;
            }
        }

        Array.Sort(hashes, order, 0, count);
        var groups = new List<List<int>>();
        for (var start = 0; start < count;)
        {
            var end = start + 1;
            while (end < count && hashes[end] == hashes[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                SplitByValue(all, key, order.AsSpan(start, end - start), groups);
            }

            start = end;
        }

        // Findings in the order of each group's first file, then of its files, as the corpus lists them.
        groups.Sort(static (a, b) => a[0].CompareTo(b[0]));
        foreach (var members in groups)
        {
            if (!members.Exists(m => reportFor(all[m].File)))
            {
                continue;
            }

            foreach (var member in members)
            {
                var keys = all[member];
                if (!reportFor(keys.File))
                {
                    continue;
                }

                var others = string.Join(", ", members.Where(m => m != member).Select(m => all[m].File.DisplayPath).Order(StringComparer.Ordinal));
                var at = Locate(keys, pointer);
                diagnostics.Add(new Diagnostic(keys.File.DisplayPath, at?.Line, at?.Column, pointer, code, severity, message(others)));
            }
        }
    }

    /// <summary>
    /// Where <paramref name="pointer"/> sits in the file: from the keys when they carry places, else read from the file now —
    /// places are wanted only for the few files a finding names, so they are not kept for every file.
    /// </summary>
    private static (int Line, int Column)? Locate(ArticleKeys keys, string pointer)
    {
        var places = keys.Locations;
        if (places is null)
        {
            try
            {
                var bytes = File.ReadAllBytes(keys.File.FullPath);
                var json = bytes.AsMemory(bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0);
                using var document = System.Text.Json.JsonDocument.Parse(json);
                places = JsonLocator.LocateTopLevel(document.RootElement, json.Span, [pointer[1..]]);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException)
            {
                // The file changed or went since it was read: the finding stands, without a place.
                return null;
            }
        }

        return places.TryGetValue(pointer, out var at) ? at : null;
    }

    /// <summary>Adds to <paramref name="groups"/> the files of one hash run that truly share a value (two or more, ascending).</summary>
    private static void SplitByValue(IReadOnlyList<ArticleKeys> all, Func<ArticleKeys, string?> key, Span<int> run, List<List<int>> groups)
    {
        run.Sort();
        var byValue = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var i in run)
        {
            var value = key(all[i])!;
            if (!byValue.TryGetValue(value, out var members))
            {
                byValue[value] = members = [];
            }

            members.Add(i);
        }

        groups.AddRange(byValue.Values.Where(static m => m.Count > 1));
    }
}

using DatasetBuilder.Reading;

namespace DatasetBuilder.Validation;

/// <summary>
/// The 64-bit hashes of the id, url address and raw text of the files a partial validation checks: another file can be in a
/// duplicate finding with them only when it has one of these (<see cref="DuplicateFinder.Meeting"/>). The keys cache tests its
/// remembered hashes against them, so it decodes the strings of the few files that meet a checked one and of no other.
/// </summary>
public sealed class KeyProbe
{
    // Membership only: nothing is ever listed from these sets.
    private readonly HashSet<ulong> _ids = [];
    private readonly HashSet<ulong> _urls = [];
    private readonly HashSet<ulong> _texts = [];

    /// <summary>The probe of <paramref name="checkedFiles"/>.</summary>
    public KeyProbe(IEnumerable<ArticleKeys> checkedFiles)
    {
        ArgumentNullException.ThrowIfNull(checkedFiles);
        foreach (var k in checkedFiles)
        {
            AddIfAny(_ids, DuplicateFinder.IdHashOf(k));
            AddIfAny(_urls, DuplicateFinder.UrlHashOf(k));
            AddIfAny(_texts, DuplicateFinder.TextHashOf(k));
        }
    }

    /// <summary>Whether a file with these hashes (null where it has no such value) can be in a finding with a checked file.</summary>
    public bool Meets(ulong? idHash, ulong? urlHash, ulong? textHash) =>
        ContainsAny(_ids, idHash) || ContainsAny(_urls, urlHash) || ContainsAny(_texts, textHash);

    /// <summary>Whether the file of <paramref name="keys"/> can be in a finding with a checked file.</summary>
    public bool Meets(ArticleKeys keys) =>
        Meets(DuplicateFinder.IdHashOf(keys), DuplicateFinder.UrlHashOf(keys), DuplicateFinder.TextHashOf(keys));

    private static void AddIfAny(HashSet<ulong> set, ulong? hash)
    {
        if (hash is { } h)
        {
            set.Add(h);
        }
    }

    private static bool ContainsAny(HashSet<ulong> set, ulong? hash) => hash is { } h && set.Contains(h);
}

using System.Collections.Concurrent;
using DatasetBuilder.Reading;

namespace DatasetBuilder.Pipeline;

/// <summary>
/// What the first pass keeps of a valid article for the later passes: where it is and the id that orders it. A build keeps one
/// per article from the first pass to the last, so it is small: a valid article's file is <c>&lt;folder&gt;/&lt;id&gt;.json</c>
/// (the rules make the file name the id), so it holds the folder — one object shared by every article in it — and the id, and
/// makes <see cref="File"/> when asked (once in the cleaning pass, and for a finding). A file whose path is not that keeps its own.
/// </summary>
internal sealed record ArticleFacts
{
    private readonly ContributionFile? _file;
    private readonly ContributionFile? _folder;

    /// <summary>Facts that keep <paramref name="file"/> itself.</summary>
    public ArticleFacts(ContributionFile file, string id, ulong fingerprint = 0)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(id);
        _file = file;
        Id = id;
        Fingerprint = fingerprint;
    }

    private ArticleFacts(string id, ContributionFile folder, ulong fingerprint)
    {
        _folder = folder;
        Id = id;
        Fingerprint = fingerprint;
    }

    public string Id { get; }

    /// <summary>The article's <see cref="ArticleFingerprint"/> as pass 1 validated it (0 where none was taken).</summary>
    public ulong Fingerprint { get; }

    public ContributionFile File => _file ?? new ContributionFile(FileIn(_folder!.FullPath, Path.DirectorySeparatorChar), FileIn(_folder.DisplayPath, '/'));

    /// <summary>
    /// Facts for <paramref name="file"/>, sharing its folder through <paramref name="folders"/> (keyed by the folder's full path)
    /// when the file is exactly <c>&lt;folder&gt;/&lt;id&gt;.json</c>. Thread-safe.
    /// </summary>
    public static ArticleFacts Of(ContributionFile file, string id, ConcurrentDictionary<string, ContributionFile> folders, ulong fingerprint = 0)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(folders);
        var name = id.Length + ".json".Length;
        var full = file.FullPath;
        var display = file.DisplayPath;
        if (full.Length <= name || display.Length <= name
            || !full.AsSpan(full.Length - name).StartsWith(id, StringComparison.Ordinal) || !full.EndsWith(".json", StringComparison.Ordinal)
            || full[full.Length - name - 1] != Path.DirectorySeparatorChar || display[display.Length - name - 1] != '/'
            || !display.AsSpan(display.Length - name).SequenceEqual(full.AsSpan(full.Length - name)))
        {
            return new ArticleFacts(file, id, fingerprint);
        }

        var lookup = folders.GetAlternateLookup<ReadOnlySpan<char>>();
        var folderPath = full.AsSpan(0, full.Length - name - 1);
        if (!lookup.TryGetValue(folderPath, out var folder))
        {
            folder = folders.GetOrAdd(folderPath.ToString(), new ContributionFile(folderPath.ToString(), display[..(display.Length - name - 1)]));
        }

        // Shared only when it names the same folder for display too (one data folder: always).
        return string.Equals(folder.DisplayPath, display[..(display.Length - name - 1)], StringComparison.Ordinal)
            ? new ArticleFacts(id, folder, fingerprint)
            : new ArticleFacts(file, id, fingerprint);
    }

    private string FileIn(string folder, char separator) => string.Concat(folder, separator.ToString(), Id, ".json");
}

using DatasetBuilder.Model;

namespace DatasetBuilder.Reading;

/// <summary>One thing found under a data folder: a JSON file to load, or a problem with the layout (no file to load).</summary>
/// <param name="File">The file or folder (display path of a folder ends with '/').</param>
/// <param name="Problems">Empty for a JSON file to load; otherwise why this entry is not one.</param>
public sealed record DataEntry(ContributionFile File, IReadOnlyList<Diagnostic> Problems)
{
    public bool IsJsonFile => Problems.Count == 0;

    // One entry per file of the corpus: two plain longs (long.MinValue for unknown) rather than two nullable ones, 16 bytes less each.
    private readonly long _length = long.MinValue;
    private readonly long _lastWriteTicks = long.MinValue;

    /// <summary>The file's length in bytes as the folder listing gave it, when known (a JSON file found by the walk).</summary>
    public long? Length
    {
        get => _length == long.MinValue ? null : _length;
        init => _length = value ?? long.MinValue;
    }

    /// <summary>The file's last-write time (UTC ticks) as the folder listing gave it, when known.</summary>
    public long? LastWriteTicks
    {
        get => _lastWriteTicks == long.MinValue ? null : _lastWriteTicks;
        init => _lastWriteTicks = value ?? long.MinValue;
    }
}

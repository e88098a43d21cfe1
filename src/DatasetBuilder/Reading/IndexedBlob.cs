namespace DatasetBuilder.Reading;

/// <summary>
/// What git's index says of a tracked file: its blob id, and, when it came from the index's own record, the length and
/// last-write time (UTC ticks) the file had when git last looked at it. The blob id names the file's content only while the
/// file still has that length and time (git's own test before it trusts a file unchanged); when git compared the file itself
/// (<c>git status</c>), both are null and the blob id holds as given.
/// </summary>
/// <param name="Blob">The blob id (40 or 64 hexadecimal digits).</param>
/// <param name="Length">The file's length in bytes as the index recorded it, modulo 2^32 (the index keeps 32 bits), or null.</param>
/// <param name="LastWriteTicks">The file's last-write time as the index recorded it, in UTC ticks, or null.</param>
public sealed record IndexedBlob(string Blob, long? Length, long? LastWriteTicks)
{
    /// <summary>A time as git's index records it (seconds and nanoseconds since the Unix epoch) in UTC ticks, as the walk gives a file's time.</summary>
    internal static long TicksOf(long seconds, long nanoseconds) => DateTime.UnixEpoch.Ticks + (seconds * TimeSpan.TicksPerSecond) + (nanoseconds / 100);

    /// <summary>The blob id when it names the content of a file that now has <paramref name="length"/> and <paramref name="lastWriteTicks"/>; otherwise null.</summary>
    public string? For(long? length, long? lastWriteTicks)
    {
        if (Length is null || LastWriteTicks is null)
        {
            return Blob;
        }

        return length is { } n && (n & uint.MaxValue) == Length && lastWriteTicks == LastWriteTicks ? Blob : null;
    }
}

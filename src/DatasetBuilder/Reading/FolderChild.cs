namespace DatasetBuilder.Reading;

/// <summary>One entry of a folder listing, as <see cref="DataFileWalker"/> walks it.</summary>
/// <param name="Name">The entry's name in its folder.</param>
/// <param name="IsDirectory">Whether it is a folder (a link to one counts: the walker reports it).</param>
/// <param name="IsLink">Whether it is a symbolic link.</param>
/// <param name="Length">A file's length in bytes (0 for a folder).</param>
/// <param name="LastWriteTicks">A file's last-write time in UTC ticks.</param>
/// <param name="Info">The runtime's file object, in a folder listed the slow way (one that holds a link); otherwise null.</param>
internal readonly record struct FolderChild(string Name, bool IsDirectory, bool IsLink, long Length, long LastWriteTicks, FileSystemInfo? Info);

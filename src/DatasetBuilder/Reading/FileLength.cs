namespace DatasetBuilder.Reading;

/// <summary>
/// The length of a file's content, following a symbolic link to what it points at: on Unix <see cref="FileInfo.Length"/> of a
/// link is the length of the link's own target path (25 bytes for "undated-7277bea86996.json"), and reading that many bytes
/// of the target cut every linked article short.
/// </summary>
internal static class FileLength
{
    public static long Of(string path)
    {
        var info = new FileInfo(path);
        return info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is FileInfo target ? target.Length : info.Length;
    }
}

using System.Text;

namespace DatasetBuilder.Releases;

/// <summary>
/// <c>SHA256SUMS</c>: the release's checksums in the format of <c>sha256sum</c> (GNU coreutils) and <c>shasum -a 256</c>, so a
/// reader can check a download with <c>sha256sum -c SHA256SUMS</c> without installing this tool. It lists every file except
/// itself and <c>manifest.json</c> (written after it); the manifest hashes both.
/// </summary>
public static class ChecksumList
{
    public const string FileName = "SHA256SUMS";

    /// <summary>One line per file, "&lt;sha256&gt;  &lt;path&gt;" (two spaces: text mode), in the order given.</summary>
    public static string Write(IEnumerable<ManifestFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var s = new StringBuilder();
        foreach (var file in files.Where(static f => !string.Equals(f.Path, FileName, StringComparison.Ordinal)))
        {
            if (file.Path.Contains('\n', StringComparison.Ordinal) || file.Path.Contains('\\', StringComparison.Ordinal))
            {
                throw new ArgumentException($"\"{file.Path}\" cannot be written in {FileName} without escaping", nameof(files));
            }

            s.Append(file.Sha256).Append("  ").Append(file.Path).Append('\n');
        }

        return s.ToString();
    }
}

using System.Text.Json;
using DatasetBuilder.Model;

namespace DatasetBuilder.Releases;

/// <summary>Re-hashes a release folder against its manifest and reports each missing, extra or changed file.</summary>
public sealed class ReleaseVerifier
{
    public const string Missing = "DSB101";
    public const string Changed = "DSB102";
    public const string Extra = "DSB103";
    public const string BadManifest = "DSB100";

    public IReadOnlyList<Diagnostic> Verify(string releaseDirectory)
    {
        var manifestPath = Path.Combine(releaseDirectory, Manifest.FileName);
        Manifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<Manifest>(File.ReadAllBytes(manifestPath), ReleaseJson.Options);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return [new Diagnostic(Manifest.FileName, null, null, null, BadManifest, Severity.Error, $"cannot read the manifest: {e.Message}")];
        }

        if (manifest?.Files is null)
        {
            return [new Diagnostic(Manifest.FileName, null, null, null, BadManifest, Severity.Error, "the manifest lists no files")];
        }

        var diagnostics = new List<Diagnostic>();
        var listed = new HashSet<string>(StringComparer.Ordinal) { Manifest.FileName };
        foreach (var file in manifest.Files)
        {
            listed.Add(file.Path);
            var full = Path.Combine(releaseDirectory, file.Path);
            if (file.Path.Contains("..", StringComparison.Ordinal) || Path.IsPathRooted(file.Path))
            {
                diagnostics.Add(new Diagnostic(file.Path, null, null, null, BadManifest, Severity.Error, "the manifest names a path outside the release"));
            }
            else if (!File.Exists(full))
            {
                diagnostics.Add(new Diagnostic(file.Path, null, null, null, Missing, Severity.Error, "listed in the manifest but missing"));
            }
            else
            {
                var actual = FileHasher.Describe(releaseDirectory, file.Path);
                if (actual.Bytes != file.Bytes || !string.Equals(actual.Sha256, file.Sha256, StringComparison.Ordinal))
                {
                    diagnostics.Add(new Diagnostic(file.Path, null, null, null, Changed, Severity.Error,
                        $"changed since release: expected {file.Bytes} bytes sha256 {file.Sha256}, found {actual.Bytes} bytes sha256 {actual.Sha256}"));
                }
            }
        }

        foreach (var full in Directory.EnumerateFiles(releaseDirectory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(releaseDirectory, full).Replace('\\', '/');
            if (!listed.Contains(relative))
            {
                diagnostics.Add(new Diagnostic(relative, null, null, null, Extra, Severity.Error, "present in the release folder but not in the manifest"));
            }
        }

        return diagnostics;
    }
}

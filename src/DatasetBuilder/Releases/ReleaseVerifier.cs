using System.Text.Json;
using DatasetBuilder.Model;

namespace DatasetBuilder.Releases;

/// <summary>
/// Re-hashes a release folder against its manifest and reports each missing, extra or changed file, then checks the manifest's
/// <c>rows</c> against the row counts in the Parquet footers (the manifest hashes every file but itself, so its own figures need this).
/// </summary>
public sealed class ReleaseVerifier
{
    public const string Missing = "DSB101";
    public const string Changed = "DSB102";
    public const string Extra = "DSB103";
    public const string BadManifest = "DSB100";
    public const string RowCount = "DSB104";

    public IReadOnlyList<Diagnostic> Verify(string releaseDirectory)
    {
        var manifestPath = Path.Combine(releaseDirectory, Manifest.FileName);
        Manifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<Manifest>(File.ReadAllBytes(manifestPath), ReleaseJson.Options);
        }
        catch (JsonException e)
        {
            // The serializer's own message names .NET types; say where the file stops being a manifest instead.
            return [new Diagnostic(Manifest.FileName, (int?)(e.LineNumber + 1), (int?)(e.BytePositionInLine + 1), null, BadManifest, Severity.Error,
                $"not a release manifest: unexpected or malformed JSON at {e.Path ?? "the start"}; a manifest is written by build, never by hand")];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [new Diagnostic(Manifest.FileName, null, null, null, BadManifest, Severity.Error, $"cannot read the manifest: {e.Message}")];
        }

        if (manifest?.Files is null)
        {
            return [new Diagnostic(Manifest.FileName, null, null, null, BadManifest, Severity.Error, "the manifest lists no files")];
        }

        var diagnostics = new List<Diagnostic>();
        var intactParquet = new List<string>();
        var listed = new HashSet<string>(StringComparer.Ordinal) { Manifest.FileName };
        var entries = new List<ManifestFile>(manifest.Files.Count);
        var incomplete = false;
        for (var i = 0; i < manifest.Files.Count; i++)
        {
            // A hand-edited or truncated manifest may hold an entry without a path or hash: a finding, not a crash.
            var file = manifest.Files[i];
            if (file?.Path is not { Length: > 0 } || file.Sha256 is null)
            {
                diagnostics.Add(new Diagnostic(Manifest.FileName, null, null, $"/files/{i}", BadManifest, Severity.Error, "a files entry needs a path, bytes and sha256"));
                incomplete = true; // the shards it may stand for are unknown: no row count against the manifest's
                if (file?.Path is { Length: > 0 } named)
                {
                    listed.Add(named); // its file is accounted for: not also "not in the manifest"
                }

                continue;
            }

            entries.Add(file);
        }

        foreach (var file in entries)
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
                else if (IsDataShard(file.Path))
                {
                    intactParquet.Add(full);
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

        // Only when every data shard is intact: a changed or missing shard is already reported and its count means nothing.
        var shards = entries.Count(static f => IsDataShard(f.Path));
        if (shards > 0 && intactParquet.Count == shards && !incomplete)
        {
            var counted = 0L;
            foreach (var shard in intactParquet)
            {
                try
                {
                    counted += ParquetRows(shard);
                }
                catch (Exception e) when (e is IOException or InvalidDataException or Parquet.ParquetException or ArgumentException or NotSupportedException)
                {
                    // Its bytes match the manifest, yet it is not a Parquet file we can read: the manifest vouched for a bad file.
                    diagnostics.Add(new Diagnostic(Path.GetRelativePath(releaseDirectory, shard).Replace('\\', '/'), null, null, null, RowCount, Severity.Error, $"cannot count its rows: {e.Message}"));
                    return diagnostics;
                }
            }

            if (counted != manifest.Rows)
            {
                diagnostics.Add(new Diagnostic(Manifest.FileName, null, null, null, RowCount, Severity.Error,
                    $"the manifest says rows = {manifest.Rows}, but the Parquet files under data/ hold {counted} rows"));
            }
        }

        return diagnostics;
    }

    private static bool IsDataShard(string path) =>
        path.StartsWith("data/", StringComparison.Ordinal) && path.EndsWith(".parquet", StringComparison.Ordinal);

    /// <summary>The row count recorded in a Parquet file's footer (its row groups), without reading the data pages.</summary>
    private static long ParquetRows(string path) => ParquetRowsAsync(path).GetAwaiter().GetResult();

    private static async Task<long> ParquetRowsAsync(string path)
    {
        await using var stream = File.OpenRead(path);
        await using var reader = await Parquet.ParquetReader.CreateAsync(stream).ConfigureAwait(false);
        long rows = 0;
        for (var i = 0; i < reader.RowGroupCount; i++)
        {
            using var group = reader.OpenRowGroupReader(i);
            rows += group.RowCount;
        }

        return rows;
    }
}

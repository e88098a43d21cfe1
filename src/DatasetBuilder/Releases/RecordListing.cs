using System.Text;
using System.Text.Json;

namespace DatasetBuilder.Releases;

/// <summary>
/// <c>records.jsonl</c>: one <see cref="RecordFingerprint"/> per line, ordered by id. A documented release file, so a later
/// build compares against it whatever version of this tool wrote the release.
/// </summary>
public static class RecordListing
{
    public const string FileName = "records.jsonl";

    public static async Task WriteAsync(string releaseDirectory, IEnumerable<RecordFingerprint> records, CancellationToken cancellationToken = default)
    {
        var path = Path.Combine(releaseDirectory, FileName);
        await using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        await using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
        // The build adds its records in id order: such a list is written as it is read, one fingerprint at a time. Sorting it
        // would make every record's fingerprint at once (three hex strings each: about 460 MB at a million articles, the
        // build's peak at the end of its write pass).
        var ordered = records is RecordFingerprintList { IsInIdOrder: true } ? records : records.OrderBy(static r => r.Id, StringComparer.Ordinal);
        foreach (var record in ordered)
        {
            await writer.WriteLineAsync(JsonSerializer.Serialize(record, ReleaseJson.Compact).AsMemory(), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads a listing; null when the release has none. Lines that are not fingerprints are an error naming the line.</summary>
    public static IReadOnlyList<RecordFingerprint>? Read(string releaseDirectory)
    {
        var path = Path.Combine(releaseDirectory, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        var records = new RecordFingerprintList();
        var number = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }

            RecordFingerprint? record;
            try
            {
                record = JsonSerializer.Deserialize<RecordFingerprint>(line, ReleaseJson.Compact);
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{path}:{number}: not a record fingerprint ({e.Message})", e);
            }

            if (record?.Id is null || record.TextSha256 is null || record.TitleSha256 is null || record.MetadataSha256 is null)
            {
                throw new InvalidDataException($"{path}:{number}: a record fingerprint needs id, text_sha256, title_sha256 and metadata_sha256");
            }

            try
            {
                records.Add(record);
            }
            catch (ArgumentException e)
            {
                throw new InvalidDataException($"{path}:{number}: {e.Message}", e);
            }
        }

        return records;
    }
}

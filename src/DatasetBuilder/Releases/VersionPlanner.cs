using System.Text.Json;

namespace DatasetBuilder.Releases;

/// <summary>
/// Compares a staged build with the latest release, proposes the next version, and refuses a publication that would break
/// the version line: a version not above the latest one, a version smaller than the change needs (unless forced), a release
/// identical to the latest one, or an empty release.
/// </summary>
public static class VersionPlanner
{
    public static async Task<VersionPlan> PlanAsync(VersionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var latest = ReleaseCatalog.Published(request.DatasetDirectory).Cast<ReleaseVersion?>().LastOrDefault();
        var previousVersion = ReleaseCatalog.Previous(request.DatasetDirectory, request.Requested);
        var previousDirectory = previousVersion is { } pv ? Path.Combine(request.DatasetDirectory, pv.ToString()) : null;
        var previous = previousDirectory is not null ? await ReleaseSnapshot.ReadAsync(previousDirectory, cancellationToken).ConfigureAwait(false) : null;
        var changes = ReleaseComparer.Compare(previous, request.Columns, request.Records, "?");
        if (previousVersion is not null && previous is null)
        {
            changes = changes with { Bump = VersionBump.Major, Reason = $"release {previousVersion} has no {RecordListing.FileName} to compare with, so nothing can be assumed unchanged" };
        }
        else if (changes.Bump == VersionBump.Patch && previousDirectory is not null && SameAsPublished(previousDirectory, request) is { } same)
        {
            changes = changes with { Bump = VersionBump.None, Reason = $"nothing changed since {previousVersion}: {same}" };
        }

        changes = changes with { PreviousVersion = previousVersion?.ToString() };
        var proposed = ReleaseComparer.Next(previousVersion, changes.Bump);
        return new VersionPlan(previousVersion, changes, proposed, Refusal(request, latest, previousVersion, changes, proposed));
    }

    private static string? Refusal(VersionRequest request, ReleaseVersion? latest, ReleaseVersion? previous, ChangeSet changes, ReleaseVersion needed)
    {
        if (request.Records.Count == 0)
        {
            return "release refused: it would hold 0 articles (every article was rejected or removed); a release must hold at least one";
        }

        if (request.Requested is { } requested && latest is { } top && requested <= top)
        {
            return $"release refused: version {requested} is not greater than the latest published version {top}; versions only go up (the next one is at least {ReleaseComparer.Next(top, VersionBump.Patch)})";
        }

        if (changes.Bump == VersionBump.None && (request.Requested is null || !request.ForceVersion))
        {
            return $"release refused: {changes.Reason}. Publishing it again would make two versions of one release; change the data, or pass an explicit --version with --force-version";
        }

        if (request.Requested is { } explicitVersion && previous is not null && explicitVersion < needed && !request.ForceVersion)
        {
            return $"release refused: version {explicitVersion} is too small for what changed since {previous}: a {changes.Bump.ToString().ToUpperInvariant()} change needs at least {needed} ({changes.Reason}). Publish {needed} (or --version auto), or pass --force-version to publish {explicitVersion} anyway";
        }

        return null;
    }

    /// <summary>
    /// A description of the sameness when the staged build is what the published release holds: the same data files (every file
    /// under <c>data/</c> and <c>audit/</c>, and <c>records.jsonl</c>, by SHA-256), the same inputs and the same tool version.
    /// Null when anything differs or cannot be told (an older manifest without <c>inputs_sha256</c>): then it is a PATCH. A
    /// manifest that does not read throws <see cref="InvalidDataException"/>: the release is damaged.
    /// </summary>
    private static string? SameAsPublished(string previousDirectory, VersionRequest request)
    {
        // A published release is immutable: a manifest that does not read is a damaged release, not a reason to publish the
        // same data again as a patch.
        var path = Path.Combine(previousDirectory, Manifest.FileName);
        Manifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<Manifest>(File.ReadAllBytes(path), ReleaseJson.Options);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            throw new InvalidDataException($"{path}: the latest release's manifest does not read ({e.Message}), so what changed since cannot be told; run verify on that release and restore it from its published copy", e);
        }

        if (manifest is null)
        {
            throw new InvalidDataException($"{path}: the latest release's manifest is empty (null), so what changed since cannot be told; run verify on that release and restore it from its published copy");
        }

        if (manifest.InputsSha256 is null
            || !string.Equals(manifest.InputsSha256, request.InputsSha256, StringComparison.Ordinal)
            || !string.Equals(manifest.ToolVersion, request.ToolVersion, StringComparison.Ordinal))
        {
            return null;
        }

        var published = manifest.Files.Where(static f => IsDataFile(f.Path)).OrderBy(static f => f.Path, StringComparer.Ordinal).ToList();
        var staged = Directory.EnumerateFiles(request.Staging, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(request.Staging, f).Replace('\\', '/'))
            .Where(IsDataFile)
            .Order(StringComparer.Ordinal)
            .Select(f => FileHasher.Describe(request.Staging, f))
            .ToList();
        return published.SequenceEqual(staged)
            ? $"same {request.Records.Count} articles, same data files ({string.Join(", ", staged.Select(static f => f.Path))}), same dataset.json and sources, same tool version {request.ToolVersion}"
            : null;
    }

    private static bool IsDataFile(string path) =>
        path.StartsWith("data/", StringComparison.Ordinal) || path.StartsWith("audit/", StringComparison.Ordinal) || string.Equals(path, RecordListing.FileName, StringComparison.Ordinal);
}

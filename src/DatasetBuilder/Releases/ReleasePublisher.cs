namespace DatasetBuilder.Releases;

/// <summary>
/// Publishes a release atomically: files are written into a hidden staging folder beside the target and moved into
/// place by one rename, so a killed build leaves either the whole release or nothing. A published version is never overwritten.
/// </summary>
public sealed class ReleasePublisher
{
    /// <summary>Creates a fresh staging folder next to <paramref name="target"/>.</summary>
    public string CreateStaging(string target)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(target)) ?? throw new ArgumentException("target has no parent folder", nameof(target));
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".staging-{Path.GetFileName(target)}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        return staging;
    }

    /// <summary>Moves the staging folder to <paramref name="target"/>; false when the target already exists (it is left untouched).</summary>
    public bool Publish(string staging, string target)
    {
        try
        {
            Directory.Move(staging, target);
            return true;
        }
        catch (IOException) when (Directory.Exists(target))
        {
            Discard(staging);
            return false;
        }
    }

    /// <summary>Replaces a mutable preview folder (never a published version) with the staging folder.</summary>
    public void Replace(string staging, string target)
    {
        var old = target + $".old-{Guid.NewGuid():N}";
        if (Directory.Exists(target))
        {
            Directory.Move(target, old);
        }

        Directory.Move(staging, target);
        Discard(old);
    }

    public void Discard(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Removes staging folders left by builds that were killed.</summary>
    public void SweepAbandoned(string datasetDirectory)
    {
        if (!Directory.Exists(datasetDirectory))
        {
            return;
        }

        foreach (var folder in Directory.EnumerateDirectories(datasetDirectory, ".staging-*").Concat(Directory.EnumerateDirectories(datasetDirectory, "*.old-*")))
        {
            Discard(folder);
        }
    }
}

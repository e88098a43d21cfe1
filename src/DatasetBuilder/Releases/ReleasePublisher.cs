namespace DatasetBuilder.Releases;

/// <summary>
/// Publishes a release atomically: files are written into a hidden staging folder beside the target and moved into
/// place by one rename, so a killed build leaves either the whole release or nothing. A published version is never overwritten.
/// Each staging folder is owned by the build that created it through an exclusive lock on <c>&lt;staging&gt;.lock</c>, held until
/// the publisher is disposed; the operating system drops the lock when the process dies, which is how the sweep tells a killed
/// build's folder from a live one.
/// </summary>
public sealed class ReleasePublisher : IDisposable
{
    /// <summary>Suffix of the lock file kept beside each staging folder (beside, not inside, so it is never part of a release).</summary>
    public const string LockSuffix = ".lock";

    private readonly Dictionary<string, FileStream> _locks = new(StringComparer.Ordinal);

    /// <summary>Creates a fresh staging folder next to <paramref name="target"/>, locked for this publisher's lifetime.</summary>
    public string CreateStaging(string target)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(target)) ?? throw new ArgumentException("target has no parent folder", nameof(target));
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".staging-{Path.GetFileName(target)}-{Guid.NewGuid():N}");

        // Lock first, then create the folder: a sweep never sees this folder without its lock held.
        _locks[staging] = TryLock(staging + LockSuffix, FileMode.CreateNew) ?? throw new IOException($"cannot lock {staging}{LockSuffix}");
        Directory.CreateDirectory(staging);
        return staging;
    }

    /// <summary>Moves the staging folder to <paramref name="target"/>; false when the target already exists (it is left untouched).</summary>
    public bool Publish(string staging, string target)
    {
        try
        {
            Directory.Move(staging, target);
            Release(staging);
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
        Release(staging);
        Discard(old);
    }

    public void Discard(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Release(folder);
    }

    /// <summary>
    /// Removes staging folders left by builds that were killed: those whose lock can be taken (or that have no lock file, from
    /// a build before locks). A folder whose lock is held belongs to a running build and is left alone.
    /// </summary>
    public void SweepAbandoned(string datasetDirectory)
    {
        if (!Directory.Exists(datasetDirectory))
        {
            return;
        }

        foreach (var folder in Directory.EnumerateDirectories(datasetDirectory, ".staging-*").Order(StringComparer.Ordinal).ToList())
        {
            if (_locks.ContainsKey(folder))
            {
                continue;
            }

            var lockPath = folder + LockSuffix;
            using var taken = File.Exists(lockPath) ? TryLock(lockPath, FileMode.Open) : null;
            if (File.Exists(lockPath) && taken is null)
            {
                continue;
            }

            DeleteIfExists(folder);
            DeleteLockFile(lockPath);
        }

        // Lock files whose folder is gone (a build killed between the lock and the folder, or after the rename).
        foreach (var lockPath in Directory.EnumerateFiles(datasetDirectory, ".staging-*" + LockSuffix).Order(StringComparer.Ordinal).ToList())
        {
            if (!_locks.ContainsKey(lockPath[..^LockSuffix.Length]) && !Directory.Exists(lockPath[..^LockSuffix.Length]))
            {
                using var taken = TryLock(lockPath, FileMode.Open);
                if (taken is not null)
                {
                    DeleteLockFile(lockPath);
                }
            }
        }

        // A preview's previous folder is renamed to *.old-* and deleted right after by the same build; a leftover one is abandoned.
        foreach (var folder in Directory.EnumerateDirectories(datasetDirectory, "*.old-*").ToList())
        {
            DeleteIfExists(folder);
        }
    }

    /// <summary>Releases every lock this publisher still holds and deletes their lock files.</summary>
    public void Dispose()
    {
        foreach (var staging in _locks.Keys.ToList())
        {
            Release(staging);
        }
    }

    private void Release(string staging)
    {
        if (_locks.Remove(staging, out var held))
        {
            // Delete while still holding the lock, so no other build can take a lock on a file that is about to vanish.
            DeleteLockFile(staging + LockSuffix);
            held.Dispose();
        }
    }

    /// <summary>An exclusive handle on <paramref name="path"/> (flock on Unix, share mode on Windows), or null when another process holds it.</summary>
    private static FileStream? TryLock(string path, FileMode mode)
    {
        try
        {
            return new FileStream(path, mode, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static void DeleteIfExists(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (DirectoryNotFoundException)
        {
            // Another sweep removed it first.
        }
    }

    private static void DeleteLockFile(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Held or already gone: the next sweep retries.
        }
    }
}

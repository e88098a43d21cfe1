namespace DatasetBuilder.Reading;

/// <summary>
/// The files git reports as changed since a revision (committed, staged, unstaged and untracked, deletions left out):
/// what <c>validate --changed-since REF</c> checks on a pull request.
/// </summary>
public static class GitChangedFiles
{
    /// <summary>Full paths of the changed files under <paramref name="directory"/>, or the reason git could not tell.</summary>
    public static (IReadOnlyList<string> Paths, string? Error) Since(string directory, string revision)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(revision);
        if (revision.StartsWith('-'))
        {
            return ([], $"\"{revision}\" is not a git revision");
        }

        var top = GitProcess.Run(directory, "rev-parse", "--show-toplevel");
        if (top.Error is not null)
        {
            return ([], $"{directory} is not inside a git work tree ({top.Error})");
        }

        var root = top.Output.Trim();
        var changed = GitProcess.Run(root, "diff", "--name-only", "-z", "--no-renames", "--diff-filter=d", revision, "--");
        if (changed.Error is not null)
        {
            return ([], $"git cannot compare with \"{revision}\": {changed.Error}");
        }

        var untracked = GitProcess.Run(root, "ls-files", "--others", "--exclude-standard", "-z");
        var full = Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var paths = (changed.Output + "\0" + (untracked.Error is null ? untracked.Output : string.Empty))
            .Split('\0', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => Path.GetFullPath(Path.Combine(root, p)))
            .Where(p => p.StartsWith(full, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        return (paths, null);
    }
}

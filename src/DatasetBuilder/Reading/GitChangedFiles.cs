using System.Diagnostics;

namespace DatasetBuilder.Reading;

/// <summary>
/// The files git reports as changed since a revision (committed, staged, unstaged and untracked, deletions left out):
/// what <c>validate --changed-since REF</c> checks on a pull request.
/// </summary>
public static class GitChangedFiles
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>Full paths of the changed files under <paramref name="directory"/>, or the reason git could not tell.</summary>
    public static (IReadOnlyList<string> Paths, string? Error) Since(string directory, string revision)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(revision);
        if (revision.StartsWith('-'))
        {
            return ([], $"\"{revision}\" is not a git revision");
        }

        var top = Git(directory, "rev-parse", "--show-toplevel");
        if (top.Error is not null)
        {
            return ([], $"{directory} is not inside a git work tree ({top.Error})");
        }

        var root = top.Output.Trim();
        var changed = Git(root, "diff", "--name-only", "-z", "--no-renames", "--diff-filter=d", revision, "--");
        if (changed.Error is not null)
        {
            return ([], $"git cannot compare with \"{revision}\": {changed.Error}");
        }

        var untracked = Git(root, "ls-files", "--others", "--exclude-standard", "-z");
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

    private static (string Output, string? Error) Git(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return (string.Empty, "git could not be started");
            }

            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                return (string.Empty, "git did not answer within a minute");
            }

            return process.ExitCode == 0 ? (output.Result, null) : (string.Empty, error.Result.Trim());
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (string.Empty, $"git is not installed or not on PATH ({e.Message})");
        }
    }
}

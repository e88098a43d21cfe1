using System.Diagnostics;
using System.Globalization;

namespace DatasetBuilder.Releases;

/// <summary>
/// Decides the build's timestamp and data commit so that the same commit builds the same bytes:
/// <c>SOURCE_DATE_EPOCH</c> first, then the data folder's last git commit, and only then the injected clock.
/// </summary>
public sealed class BuildClock(TimeProvider timeProvider, Func<string, string?>? environment = null)
{
    private readonly Func<string, string?> _environment = environment ?? Environment.GetEnvironmentVariable;

    public BuildStamp Resolve(string dataRoot)
    {
        var (commit, commitTime) = GitLastCommit(dataRoot);
        var epoch = _environment("SOURCE_DATE_EPOCH");
        if (long.TryParse(epoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return new BuildStamp(DateTimeOffset.FromUnixTimeSeconds(seconds), commit, "SOURCE_DATE_EPOCH");
        }

        return commitTime is { } time
            ? new BuildStamp(time, commit, "git commit")
            : new BuildStamp(timeProvider.GetUtcNow(), commit, "clock");
    }

    private static (string? Commit, DateTimeOffset? Time) GitLastCommit(string dataRoot)
    {
        try
        {
            var start = new ProcessStartInfo("git")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = dataRoot,
            };
            foreach (var arg in new[] { "log", "-1", "--format=%H %ct", "--", "." })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start);
            if (process is null)
            {
                return (null, null);
            }

            var output = process.StandardOutput.ReadToEnd().Trim();
            process.StandardError.ReadToEnd();
            if (!process.WaitForExit(10_000) || process.ExitCode != 0)
            {
                return (null, null);
            }

            var parts = output.Split(' ');
            if (parts.Length == 2 && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var unix))
            {
                return (parts[0], DateTimeOffset.FromUnixTimeSeconds(unix));
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // git is not installed: the build still works, stamped by the clock and without a commit.
        }

        return (null, null);
    }
}

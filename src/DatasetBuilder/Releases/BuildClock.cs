using System.Globalization;
using DatasetBuilder.Reading;

namespace DatasetBuilder.Releases;

/// <summary>
/// Decides the build's timestamp and data commit so that the same commit builds the same bytes:
/// <c>SOURCE_DATE_EPOCH</c> first, then the data folder's last git commit, and only then the injected clock.
/// A data folder with uncommitted changes (untracked files included) is not the commit: its stamp says so.
/// </summary>
public sealed class BuildClock(TimeProvider timeProvider, Func<string, string?>? environment = null)
{
    /// <summary>Suffix of <see cref="BuildStamp.DataCommit"/> when the data folder differs from that commit (as <c>git describe --dirty</c>).</summary>
    public const string DirtySuffix = "-dirty";

    private const string EpochVariable = "SOURCE_DATE_EPOCH";

    /// <summary>The last second a <see cref="DateTimeOffset"/> can hold (9999-12-31T23:59:59Z).</summary>
    private static readonly long MaxEpoch = DateTimeOffset.MaxValue.ToUnixTimeSeconds();

    private readonly Func<string, string?> _environment = environment ?? Environment.GetEnvironmentVariable;

    /// <summary>
    /// Why <c>SOURCE_DATE_EPOCH</c> cannot be used, or null when it is unset, empty or valid. The reproducible-builds
    /// specification defines it as a non-negative integer count of seconds; anything else is a usage error rather than a
    /// silently different timestamp.
    /// </summary>
    public string? EpochProblem()
    {
        var epoch = _environment(EpochVariable);
        if (string.IsNullOrEmpty(epoch) || TryParseEpoch(epoch, out _))
        {
            return null;
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"{EpochVariable}=\"{epoch}\" is not a build time: it must be a whole number of seconds since 1970-01-01T00:00:00Z, from 0 to {MaxEpoch} (unset it to use the data's last commit time)");
    }

    public BuildStamp Resolve(string dataRoot)
    {
        var (commit, commitTime, problem) = GitLastCommit(dataRoot);
        var (dirty, statusProblem) = GitIsDirty(dataRoot);
        problem ??= commit is null ? null : statusProblem;
        var recordedCommit = dirty && commit is not null ? commit + DirtySuffix : commit;
        var epoch = _environment(EpochVariable);
        if (!string.IsNullOrEmpty(epoch) && TryParseEpoch(epoch, out var seconds))
        {
            return new BuildStamp(DateTimeOffset.FromUnixTimeSeconds(seconds), recordedCommit, EpochVariable, dirty, problem);
        }

        // The last commit's time describes the commit, not uncommitted edits: a dirty build falls back to the clock.
        return commitTime is { } time && !dirty
            ? new BuildStamp(time, recordedCommit, "git commit", GitProblem: problem)
            : new BuildStamp(timeProvider.GetUtcNow(), recordedCommit, dirty ? "clock (uncommitted changes in the data folder)" : "clock", dirty, problem);
    }

    private static bool TryParseEpoch(string epoch, out long seconds) =>
        long.TryParse(epoch, NumberStyles.None, CultureInfo.InvariantCulture, out seconds) && seconds <= MaxEpoch;

    private static (string? Commit, DateTimeOffset? Time, string? Problem) GitLastCommit(string dataRoot)
    {
        var (log, error) = GitProcess.Run(dataRoot, "log", "-1", "--format=%H %ct", "--", ".");
        if (error is not null)
        {
            return (null, null, IsNoRepository(error) ? null : error);
        }

        var parts = log.Trim().Split(' ');
        return parts.Length == 2 && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var unix)
            ? (parts[0], DateTimeOffset.FromUnixTimeSeconds(unix), null)
            : (null, null, null);
    }

    /// <summary>
    /// True when git's error says there is no history to read: no repository, no git on the machine, or a repository without
    /// a commit yet. Anything else (an unsafe owner, a broken index) is git refusing a repository that is there.
    /// </summary>
    private static bool IsNoRepository(string error) =>
        error.Contains("not a git repository", StringComparison.OrdinalIgnoreCase) || error.StartsWith("git is not installed", StringComparison.Ordinal)
        || error.Contains("does not have any commits yet", StringComparison.Ordinal);

    /// <summary>
    /// True when git reports any change under the data folder, untracked files included, and ignored files the build would read
    /// (a ".json" that <c>.gitignore</c> or <c>.git/info/exclude</c> hides is in the release but in no commit); false outside a
    /// git checkout.
    /// </summary>
    /// <remarks>Where git has a commit to show but cannot give the status (a broken index), its message is the problem.</remarks>
    private static (bool Dirty, string? Problem) GitIsDirty(string dataRoot)
    {
        var (status, error) = GitProcess.Run(dataRoot, "status", "--porcelain", "--untracked-files=all", "--ignored=traditional", "--", ".");
        if (error is not null)
        {
            return (false, error);
        }

        foreach (var line in status.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!line.StartsWith("!! ", StringComparison.Ordinal) || line.TrimEnd().TrimEnd('"').EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            {
                return (true, null);
            }
        }

        return (false, null);
    }
}

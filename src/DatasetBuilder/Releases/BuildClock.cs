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
        var (commit, commitTime) = GitLastCommit(dataRoot);
        var dirty = GitIsDirty(dataRoot);
        var recordedCommit = dirty && commit is not null ? commit + DirtySuffix : commit;
        var epoch = _environment(EpochVariable);
        if (!string.IsNullOrEmpty(epoch) && TryParseEpoch(epoch, out var seconds))
        {
            return new BuildStamp(DateTimeOffset.FromUnixTimeSeconds(seconds), recordedCommit, EpochVariable, dirty);
        }

        // The last commit's time describes the commit, not uncommitted edits: a dirty build falls back to the clock.
        return commitTime is { } time && !dirty
            ? new BuildStamp(time, recordedCommit, "git commit")
            : new BuildStamp(timeProvider.GetUtcNow(), recordedCommit, dirty ? "clock (uncommitted changes in the data folder)" : "clock", dirty);
    }

    private static bool TryParseEpoch(string epoch, out long seconds) =>
        long.TryParse(epoch, NumberStyles.None, CultureInfo.InvariantCulture, out seconds) && seconds <= MaxEpoch;

    private static (string? Commit, DateTimeOffset? Time) GitLastCommit(string dataRoot)
    {
        var output = RunGit(dataRoot, "log", "-1", "--format=%H %ct", "--", ".")?.Trim();
        var parts = output?.Split(' ') ?? [];
        return parts.Length == 2 && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var unix)
            ? (parts[0], DateTimeOffset.FromUnixTimeSeconds(unix))
            : (null, null);
    }

    /// <summary>True when git reports any change under the data folder, untracked files included; false outside a git checkout.</summary>
    private static bool GitIsDirty(string dataRoot) =>
        RunGit(dataRoot, "status", "--porcelain", "--untracked-files=all", "--", ".") is { } status && status.Trim().Length > 0;

    /// <summary>git's standard output, or null when git is missing, fails (not a checkout) or hangs: the build still works, stamped by the clock and without a commit.</summary>
    private static string? RunGit(string workingDirectory, params string[] arguments) =>
        GitProcess.Run(workingDirectory, arguments) is { Error: null } result ? result.Output : null;
}

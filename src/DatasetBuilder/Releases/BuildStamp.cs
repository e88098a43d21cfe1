namespace DatasetBuilder.Releases;

/// <summary>When a release was built (by the rule in <see cref="BuildClock"/>), from which data commit, and where the time came from.</summary>
/// <param name="Time">The build time.</param>
/// <param name="DataCommit">The data folder's last commit; with <see cref="BuildClock.DirtySuffix"/> when <paramref name="DataDirty"/>.</param>
/// <param name="DataDirty">The data folder has uncommitted changes (untracked files included): the commit does not describe the data.</param>
/// <param name="TimeSource">Where <paramref name="Time"/> came from.</param>
/// <param name="GitProblem">git's own message when it runs but refuses the data folder ("detected dubious ownership …"), or
/// null: a folder outside any repository, or a machine without git, is no problem, only a release without a commit.</param>
public sealed record BuildStamp(DateTimeOffset Time, string? DataCommit, string TimeSource, bool DataDirty = false, string? GitProblem = null);

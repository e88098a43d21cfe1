namespace DatasetBuilder.Releases;

/// <summary>When a release was built (by the rule in <see cref="BuildClock"/>), from which data commit, and where the time came from.</summary>
public sealed record BuildStamp(DateTimeOffset Time, string? DataCommit, string TimeSource);

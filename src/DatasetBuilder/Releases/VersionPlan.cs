namespace DatasetBuilder.Releases;

/// <summary>The outcome of <see cref="VersionPlanner"/>: the comparison, the proposal and, for a release, why it must not be published.</summary>
/// <param name="PreviousVersion">The release compared with (the latest below the requested version); null when there is none.</param>
/// <param name="Changes">The diff against it (its Version is not yet the final one).</param>
/// <param name="Proposed">The version the change calls for; the previous version itself when <see cref="VersionBump.None"/>.</param>
/// <param name="Refusal">Why a published build (<c>--version X</c> or <c>auto</c>) must stop; null when it may go on. A preview ignores it.</param>
public sealed record VersionPlan(ReleaseVersion? PreviousVersion, ChangeSet Changes, ReleaseVersion Proposed, string? Refusal);

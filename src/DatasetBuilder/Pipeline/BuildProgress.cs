namespace DatasetBuilder.Pipeline;

/// <summary>Where a running build is: the stage and how many of its articles are done (<see cref="Total"/> 0: not known yet).</summary>
public sealed record BuildProgress(string Stage, int Done, int Total);

namespace DatasetBuilder.Pipeline;

/// <summary>Where a running build is: the stage and how many of its articles are done.</summary>
public sealed record BuildProgress(string Stage, int Done, int Total);

namespace DatasetBuilder.Pipeline;

/// <summary>How long one stage of a build took (wall clock) and how many articles went through it.</summary>
public sealed record StageTiming(string Name, double Seconds, int Articles);

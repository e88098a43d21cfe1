namespace DatasetBuilder.Pipeline;

/// <summary>
/// How long one stage of a build took (wall clock), how many articles went through it, and the process's peak resident
/// memory so far (it never decreases, so the stage where it jumps is the one that needed the memory), and the processor time
/// the whole process used meanwhile (<see cref="CpuSeconds"/> over <see cref="Seconds"/> is how many cores the stage kept busy).
/// </summary>
public sealed record StageTiming(string Name, double Seconds, int Articles, long PeakResidentBytes, double CpuSeconds);

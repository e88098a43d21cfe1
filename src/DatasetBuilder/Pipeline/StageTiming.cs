namespace DatasetBuilder.Pipeline;

/// <summary>
/// How long one stage of a build took (wall clock), how many articles went through it, and the process's peak resident
/// memory so far (it never decreases, so the stage where it jumps is the one that needed the memory), and the processor time
/// the whole process used meanwhile (<see cref="CpuSeconds"/> over <see cref="Seconds"/> is how many cores the stage kept busy).
/// </summary>
public sealed record StageTiming(string Name, double Seconds, int Articles, long PeakResidentBytes, double CpuSeconds)
{
    /// <summary>
    /// How long the garbage collector held the program's threads during the stage: wall time in which, with the workstation
    /// collector, one core collects and the other waits.
    /// </summary>
    public double GcPauseSeconds { get; init; }

    /// <summary>Garbage collections during the stage (every one collects the youngest generation, some more).</summary>
    public int Collections { get; init; }

    /// <summary>Bytes the stage allocated on the managed heap (what the collections above had to sweep up).</summary>
    public long AllocatedBytes { get; init; }
}

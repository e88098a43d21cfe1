namespace DatasetBuilder.Benchmarks;

/// <summary>
/// How long a child process ran, the processor time it used (all its threads; null where it cannot be read), its peak
/// resident memory, and what it printed.
/// </summary>
internal sealed record ProcessMeasurement(int ExitCode, double Seconds, double? CpuSeconds, long PeakRssBytes, string Output, string Error);

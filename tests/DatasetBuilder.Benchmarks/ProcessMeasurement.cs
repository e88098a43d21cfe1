namespace DatasetBuilder.Benchmarks;

/// <summary>How long a child process ran, its peak resident memory, and what it printed.</summary>
internal sealed record ProcessMeasurement(int ExitCode, double Seconds, long PeakRssBytes, string Output, string Error);

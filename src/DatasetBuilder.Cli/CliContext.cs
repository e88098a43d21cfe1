namespace DatasetBuilder.Cli;

/// <summary>What a command may touch: its output streams and the clock. Tests pass their own.</summary>
internal sealed record CliContext(TextWriter Out, TextWriter Error, TimeProvider Time, bool ColorOutput);

using System.Diagnostics;
using System.Globalization;
using DatasetBuilder.Pipeline;

namespace DatasetBuilder.Cli.Commands;

/// <summary>
/// Progress of a build whose output is redirected (CI logs, pipes): a plain line at most every <see cref="Interval"/>, and
/// none for a build that finishes within it, so short builds and their logs stay as they were.
/// </summary>
internal sealed class PlainBuildProgress(TextWriter writer) : IProgress<BuildProgress>
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private TimeSpan _last = TimeSpan.Zero;

    public void Report(BuildProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        lock (_gate)
        {
            var now = _watch.Elapsed;
            if (now - _last < Interval)
            {
                return;
            }

            _last = now;
            var done = value.Total > 0
                ? string.Create(CultureInfo.InvariantCulture, $"{value.Done}/{value.Total} ({100.0 * value.Done / value.Total:F0}%)")
                : string.Create(CultureInfo.InvariantCulture, $"{value.Done} articles");
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"progress: {value.Stage} {done} after {now.TotalSeconds:F0}s"));
        }
    }
}

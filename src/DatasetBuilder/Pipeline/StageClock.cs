using System.Diagnostics;

namespace DatasetBuilder.Pipeline;

/// <summary>Times the stages of one build, in the order they ran (for <c>build --stats</c>).</summary>
internal sealed class StageClock(IProgress<BuildProgress>? progress)
{
    private readonly List<StageTiming> _timings = [];
    private readonly Stopwatch _watch = new();
    private string? _stage;
    private TimeSpan _cpuAtStart;
    private TimeSpan _gcPauseAtStart;
    private int _collectionsAtStart;
    private long _allocatedAtStart;

    public IReadOnlyList<StageTiming> Timings => _timings;

    /// <summary>Starts timing <paramref name="name"/>.</summary>
    public void Start(string name, int total)
    {
        _stage = name;
        using (var process = Process.GetCurrentProcess())
        {
            _cpuAtStart = process.TotalProcessorTime;
        }

        _gcPauseAtStart = GC.GetTotalPauseDuration();
        _collectionsAtStart = GC.CollectionCount(0);
        _allocatedAtStart = GC.GetTotalAllocatedBytes();
        _watch.Restart();
        progress?.Report(new BuildProgress(name, 0, total));
    }

    /// <summary>Tells the progress display how far the current stage is.</summary>
    public void Report(int done, int total) => progress?.Report(new BuildProgress(_stage ?? string.Empty, done, total));

    /// <summary>Ends the current stage, which handled <paramref name="articles"/> articles.</summary>
    public void Stop(int articles)
    {
        _watch.Stop();
        using var process = Process.GetCurrentProcess();
        _timings.Add(new StageTiming(_stage ?? string.Empty, _watch.Elapsed.TotalSeconds, articles, process.PeakWorkingSet64, (process.TotalProcessorTime - _cpuAtStart).TotalSeconds)
        {
            GcPauseSeconds = (GC.GetTotalPauseDuration() - _gcPauseAtStart).TotalSeconds,
            Collections = GC.CollectionCount(0) - _collectionsAtStart,
            AllocatedBytes = GC.GetTotalAllocatedBytes() - _allocatedAtStart,
        });
        progress?.Report(new BuildProgress(_stage ?? string.Empty, articles, articles));
        _stage = null;
    }
}

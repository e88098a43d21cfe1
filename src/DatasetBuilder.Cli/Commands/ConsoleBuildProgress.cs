using DatasetBuilder.Pipeline;
using Spectre.Console;

namespace DatasetBuilder.Cli.Commands;

/// <summary>Progress of a build on a terminal: one Spectre.Console bar per stage, updated from whichever thread reports.</summary>
internal sealed class ConsoleBuildProgress(ProgressContext context) : IProgress<BuildProgress>
{
    private readonly Dictionary<string, ProgressTask> _tasks = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public void Report(BuildProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        lock (_gate)
        {
            if (!_tasks.TryGetValue(value.Stage, out var task))
            {
                task = context.AddTask(value.Stage, maxValue: Math.Max(value.Total, 1));
                _tasks[value.Stage] = task;
            }

            task.IsIndeterminate = value.Total == 0 && value.Done > 0;
            task.MaxValue = Math.Max(value.Total, 1);
            task.Value = value.Total == 0 ? 0 : value.Done;
            if (value.Total > 0 && value.Done >= value.Total)
            {
                task.Value = task.MaxValue;
                task.StopTask();
            }
        }
    }
}

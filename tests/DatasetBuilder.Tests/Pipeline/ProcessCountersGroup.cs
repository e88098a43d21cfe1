namespace DatasetBuilder.Tests.Pipeline;

/// <summary>
/// Tests that read the process's garbage-collector counters run alone: another test's collection, started before such a
/// test's window and ended inside it, would count its whole pause there.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessCountersGroup
{
    public const string Name = "process-wide GC counters";
}

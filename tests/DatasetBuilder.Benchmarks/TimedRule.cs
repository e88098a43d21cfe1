using DatasetBuilder.Cleaning;

namespace DatasetBuilder.Benchmarks;

/// <summary>
/// A cleaning rule that adds its CPU time and allocation to the profile's step <c>step</c>, so <c>profile</c> shows which of
/// the twelve rules the cleaning step's cost is in. It runs the rule through <see cref="ICleaningRule.Apply"/>, which also
/// lists the rule's removals: a little more than the build does, the same for every rule.
/// </summary>
internal sealed class TimedRule(ICleaningRule rule, string step, IDictionary<string, TimeSpan> steps, IDictionary<string, long> allocated) : ICleaningRule
{
    public string Id => rule.Id;

    public string Description => rule.Description;

    public IReadOnlyList<Removal> Apply(CleaningDocument document)
    {
        var start = ThreadCpuClock.Now;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var removals = rule.Apply(document);
        steps[step] = steps.TryGetValue(step, out var time) ? time + (ThreadCpuClock.Now - start) : ThreadCpuClock.Now - start;
        allocated[step] = (allocated.TryGetValue(step, out var bytes) ? bytes : 0) + (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore);
        return removals;
    }
}

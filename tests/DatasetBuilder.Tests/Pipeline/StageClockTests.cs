using DatasetBuilder.Pipeline;

namespace DatasetBuilder.Tests.Pipeline;

/// <summary>
/// The stage figures of <c>build --stats</c>. The garbage collector's counters are the process's, so only what this test
/// itself did is a bound, and the test runs alone (<see cref="ProcessCountersGroup"/>): a pause of another test's collection
/// begun before the window can count whole in it, longer than the window (the assertion failed so once in a full run).
/// </summary>
[Collection(ProcessCountersGroup.Name)]
public sealed class StageClockTests
{
    [Fact]
    public void Stop_RecordsAtLeastTheStagesOwnAllocationCollectionAndPause()
    {
        var clock = new StageClock(progress: null);
        clock.Start("first", 0);
        var kept = new List<byte[]>();
        for (var i = 0; i < 4; i++)
        {
            kept.Add(new byte[1 << 20]);
        }

        GC.Collect();
        clock.Stop(4);

        var first = clock.Timings.ShouldHaveSingleItem();
        first.Name.ShouldBe("first");
        first.Articles.ShouldBe(4);
        first.AllocatedBytes.ShouldBeGreaterThanOrEqualTo(4L << 20);
        first.Collections.ShouldBeGreaterThanOrEqualTo(1);
        first.GcPauseSeconds.ShouldBeGreaterThan(0);
        first.GcPauseSeconds.ShouldBeLessThanOrEqualTo(first.Seconds);
        GC.KeepAlive(kept);
    }
}

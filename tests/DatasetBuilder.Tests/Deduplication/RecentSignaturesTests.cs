using DatasetBuilder.Deduplication;
using DatasetBuilder.Tests.Support;

namespace DatasetBuilder.Tests.Deduplication;

/// <summary>
/// A spilled table compares through a cache of the signatures it read last: the comparisons must be those of a table that
/// holds every signature in memory, whichever slots share a cache entry.
/// </summary>
public sealed class RecentSignaturesTests
{
    private const int Slots = RecentSignatures.SpilledEntries + 300;

    [Fact]
    public void Compare_SpilledThroughTheCache_SameAsInMemory()
    {
        using var temp = new TempDirectory();
        var texts = Enumerable.Range(0, Slots).Select(static i => $"خبر رقم {i % 97} عن مدينة {i % 13} وسوق {i % 7} في يوم {i % 31}").ToList();
        var memory = new SignatureTable(Slots, MinHashParameters.Default);
        using var spilled = new SignatureTable(Slots, MinHashParameters.Default, temp.Combine("sig"), window: 512);
        for (var start = 0; start < Slots; start += 512)
        {
            for (var i = start; i < Math.Min(start + 512, Slots); i++)
            {
                memory.Sign(i, $"a{i:D5}", texts[i], null);
                spilled.Sign(i, $"a{i:D5}", texts[i], null);
            }

            spilled.Flush(Math.Min(start + 512, Slots));
        }

        var random = new Random(9);
        for (var n = 0; n < 3000; n++)
        {
            // Slots a cache size apart share an entry: half the pairs evict each other's entry.
            var i = random.Next(Slots);
            var j = n % 2 == 0 && i + RecentSignatures.SpilledEntries < Slots ? i + RecentSignatures.SpilledEntries : random.Next(Slots);
            spilled.Compare(i, j).ShouldBe(memory.Compare(i, j));
            spilled.Compare(j, i).ShouldBe(memory.Compare(j, i));
        }
    }

    [Fact]
    public void Compare_ReadThatFails_LaterComparisonsStillRight()
    {
        using var temp = new TempDirectory();
        var memory = new SignatureTable(RecentSignatures.SpilledEntries + 2, MinHashParameters.Default);
        using var spilled = new SignatureTable(RecentSignatures.SpilledEntries + 2, MinHashParameters.Default, temp.Combine("sig"), window: RecentSignatures.SpilledEntries + 2);
        for (var i = 0; i < RecentSignatures.SpilledEntries + 2; i++)
        {
            memory.Sign(i, $"a{i:D5}", "نص رقم " + i, null);
            spilled.Sign(i, $"a{i:D5}", "نص رقم " + i, null);
        }

        spilled.Flush(RecentSignatures.SpilledEntries);

        // Slot 4096 is not flushed: its read fails in the entry slot 0 uses, which must not then pass for slot 0's.
        Should.Throw<InvalidOperationException>(() => spilled.Compare(0, RecentSignatures.SpilledEntries));
        spilled.Compare(0, 1).ShouldBe(memory.Compare(0, 1));
        spilled.Flush(RecentSignatures.SpilledEntries + 2);
        spilled.Compare(RecentSignatures.SpilledEntries, 1).ShouldBe(memory.Compare(RecentSignatures.SpilledEntries, 1));
    }
}

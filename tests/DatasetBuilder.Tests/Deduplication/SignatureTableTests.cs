using DatasetBuilder.Deduplication;
using DatasetBuilder.Model;
using DatasetBuilder.Tests.Support;

namespace DatasetBuilder.Tests.Deduplication;

public sealed class SignatureTableTests
{
    private static readonly PartialDate Day = PartialDate.FromDay(new DateOnly(2016, 12, 20));

    [Fact]
    public void Spilled_ClustersExactlyAsInMemory()
    {
        // More slots than one block of band-key reads (1024), with near, exact, truncated and empty copies among them.
        var candidates = Corpus(2600, seed: 7);
        using var temp = new TempDirectory();

        var inMemory = Deduplicate(candidates, MinHashParameters.Default, spillPath: null);
        var spilled = Deduplicate(candidates, MinHashParameters.Default, temp.Combine("sig"));

        spilled.ShouldBe(inMemory);
        inMemory.Count(static a => a.Kind is DuplicateKind.Near).ShouldBeGreaterThan(50);
        inMemory.Count(static a => a.Kind is DuplicateKind.Exact).ShouldBeGreaterThan(20);
        inMemory.Count(static a => a.Kind is DuplicateKind.Contained).ShouldBeGreaterThan(10);
    }

    [Fact]
    public void Spilled_BandsNotAMultipleOfTheBandsPerRead_ClustersAsInMemory()
    {
        var parameters = MinHashParameters.Default with { Bands = 13, Rows = 3 };
        var candidates = Corpus(1500, seed: 11);
        using var temp = new TempDirectory();

        Deduplicate(candidates, parameters, temp.Combine("sig")).ShouldBe(Deduplicate(candidates, parameters, spillPath: null));
    }

    [Fact]
    public void CopySignatures_Spilled_EqualsInMemory()
    {
        var candidates = Corpus(600, seed: 3);
        using var temp = new TempDirectory();
        using var memory = Sign(candidates, MinHashParameters.Default, null);
        using var spilled = Sign(candidates, MinHashParameters.Default, temp.Combine("sig"));

        var x = new uint[memory.Width * candidates.Count];
        var y = new uint[spilled.Width * candidates.Count];
        memory.CopySignatures(0, x);
        spilled.CopySignatures(0, y);
        y.ShouldBe(x);
        x.Distinct().Count().ShouldBeGreaterThan(1000);
    }

    [Fact]
    public void Sign_SlotOutsideTheWindow_Throws()
    {
        using var temp = new TempDirectory();
        using var table = new SignatureTable(10, MinHashParameters.Default, temp.Combine("sig"), window: 4);
        table.Sign(3, "a", "نص قصير", Day);

        Should.Throw<InvalidOperationException>(() => table.Sign(4, "b", "نص آخر", Day)).Message.ShouldContain("outside the signing window");
        table.Flush(4);
        Should.Throw<InvalidOperationException>(() => table.Sign(2, "b", "نص آخر", Day));
        table.Sign(7, "b", "نص آخر", Day);
        Should.Throw<ArgumentOutOfRangeException>(() => table.Flush(9));
    }

    [Fact]
    public void CopySignatures_SlotsNotFlushed_Throws()
    {
        using var temp = new TempDirectory();
        using var table = new SignatureTable(8, MinHashParameters.Default, temp.Combine("sig"), window: 4);
        for (var i = 0; i < 4; i++)
        {
            table.Sign(i, "a" + i, "نص رقم " + i, Day);
        }

        var one = new uint[table.Width];
        Should.Throw<InvalidOperationException>(() => table.CopySignatures(0, one)).Message.ShouldContain("not flushed");
        table.Flush(4);
        table.CopySignatures(3, one);
        one.ShouldNotBe(new uint[table.Width]);
        Should.Throw<ArgumentException>(() => table.CopySignatures(0, new uint[table.Width + 1]));
    }

    [Fact]
    public void Dispose_DeletesTheSpill_KeepsTheOtherFacts()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("sig");
        var table = new SignatureTable(2, MinHashParameters.Default, path, window: 2);
        table.Sign(0, "a", "نص أول عن الخبر", Day);
        table.Sign(1, "b", "نص ثان عن خبر آخر", Day);
        table.Flush(2);
        File.Exists(path).ShouldBeTrue();

        table.Dispose();

        File.Exists(path).ShouldBeFalse();
        table.Id(1).ShouldBe("b");
        table.KeyLength(0).ShouldBeGreaterThan(0);
    }

    private static List<ClusterAssignment> Deduplicate(List<DedupCandidate> candidates, MinHashParameters parameters, string? spillPath)
    {
        using var table = Sign(candidates, parameters, spillPath);
        return [.. new Deduplicator(parameters).Deduplicate(table, i => candidates[i].Text).Assignments.OrderBy(static a => a.Key, StringComparer.Ordinal).Select(static a => a.Value)];
    }

    /// <summary>Signs like the streaming build: runs of 256 slots on all cores, each run flushed.</summary>
    private static SignatureTable Sign(List<DedupCandidate> candidates, MinHashParameters parameters, string? spillPath)
    {
        const int Run = 256;
        var table = new SignatureTable(candidates.Count, parameters, spillPath, Run);
        for (var start = 0; start < candidates.Count; start += Run)
        {
            var end = Math.Min(candidates.Count, start + Run);
            Parallel.For(start, end, i => table.Sign(i, candidates[i]));
            table.Flush(end);
        }

        return table;
    }

    /// <summary>Articles in ascending id order: random texts over one vocabulary, with edited, exact, truncated and empty copies.</summary>
    private static List<DedupCandidate> Corpus(int count, int seed)
    {
        var random = new Random(seed);
        var vocabulary = File.ReadAllText(Path.Combine(RepositoryPaths.TestData, "Deduplication", "base.txt"))
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToArray();
        var texts = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var roll = random.NextDouble();
            if (texts.Count > 10 && roll < 0.06)
            {
                texts.Add(Edit(texts[random.Next(texts.Count)], random, vocabulary));
            }
            else if (texts.Count > 10 && roll < 0.09)
            {
                texts.Add(texts[random.Next(texts.Count)]);
            }
            else if (texts.Count > 10 && roll < 0.11)
            {
                var words = texts[random.Next(texts.Count)].Split(' ');
                texts.Add(string.Join(' ', words.Take(words.Length * 7 / 10)));
            }
            else if (roll < 0.115)
            {
                texts.Add(string.Empty);
            }
            else
            {
                texts.Add(string.Join(' ', Enumerable.Range(0, random.Next(80, 300)).Select(_ => vocabulary[random.Next(vocabulary.Length)])));
            }
        }

        return [.. texts.Select((text, i) => new DedupCandidate($"article-{i:D5}", text, Day))];
    }

    private static string Edit(string text, Random random, string[] vocabulary)
    {
        var words = text.Split(' ');
        for (var k = 0; k < words.Length; k++)
        {
            if (random.NextDouble() < 0.04)
            {
                words[k] = vocabulary[random.Next(vocabulary.Length)];
            }
        }

        return string.Join(' ', words);
    }
}

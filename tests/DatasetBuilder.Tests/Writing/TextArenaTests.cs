using DatasetBuilder.Writing;

namespace DatasetBuilder.Tests.Writing;

public sealed class TextArenaTests
{
    [Fact]
    public void Add_ManyTextsAcrossBlocks_EachStaysAsGivenUntilReset()
    {
        var arena = new TextArena();
        var random = new Random(5);
        var given = new List<(ReadOnlyMemory<char> Memory, string Text)>();
        var total = 0L;
        while (total < 3L * TextArena.BlockChars)
        {
            var text = new string((char)('a' + given.Count % 26), random.Next(0, 200_000));
            given.Add((arena.Add(text), text));
            total += text.Length;
        }

        given.Where(g => !g.Memory.Span.SequenceEqual(g.Text)).ShouldBeEmpty();
        arena.BlockCount.ShouldBeGreaterThanOrEqualTo(3);
    }

    [Fact]
    public void Reset_TheNextRowGroup_ReusesTheBlocksInsteadOfGrowing()
    {
        var arena = new TextArena();
        var text = new string('ب', 300_000);
        for (var i = 0; i < 7; i++)
        {
            arena.Add(text);
        }

        var blocks = arena.BlockCount;
        for (var group = 0; group < 5; group++)
        {
            arena.Reset();
            for (var i = 0; i < 7; i++)
            {
                arena.Add(text).Span.SequenceEqual(text).ShouldBeTrue();
            }
        }

        arena.BlockCount.ShouldBe(blocks);
    }

    [Fact]
    public void Add_LongerThanABlock_KeptWholeOutsideTheBlocks()
    {
        var arena = new TextArena();
        var text = new string('ج', TextArena.BlockChars + 5);

        var memory = arena.Add(text);

        memory.Span.SequenceEqual(text).ShouldBeTrue();
        arena.BlockCount.ShouldBe(0);
    }
}

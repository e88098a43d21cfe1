using DatasetBuilder.Model;
using DatasetBuilder.Validation;

namespace DatasetBuilder.Tests.Validation;

public sealed class MessagePoolTests
{
    private static Diagnostic Finding(string file, string message) =>
        new(file, 4, 10, "/url", "DSB025", Severity.Warning, message);

    [Fact]
    public void Share_SameMessage_OneStringForAll_AndTheFindingOtherwiseUnchanged()
    {
        var pool = new MessagePool();
        var first = pool.Share(Finding("a.json", string.Concat("url is ", "null")));
        var second = Finding("b.json", string.Concat("url is ", "null"));

        var shared = pool.Share(second);

        shared.ShouldBe(second);
        shared.Message.ShouldBeSameAs(first.Message);
        second.Message.ShouldNotBeSameAs(first.Message);
    }

    [Fact]
    public void Share_BeyondCapacity_KeepsNewMessagesAsTheyAre()
    {
        var pool = new MessagePool(capacity: 1);
        pool.Share(Finding("a.json", "one"));
        var two = Finding("b.json", string.Concat("t", "wo"));

        pool.Share(two).Message.ShouldBeSameAs(two.Message);
        pool.Share(Finding("c.json", string.Concat("t", "wo"))).Message.ShouldNotBeSameAs(two.Message);
        pool.Share(Finding("d.json", string.Concat("o", "ne"))).Message.ShouldBe("one");
    }
}

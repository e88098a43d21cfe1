using DatasetBuilder.Deduplication;
using DatasetBuilder.Tests.Support;

namespace DatasetBuilder.Tests.Deduplication;

public sealed class ClusterAssignmentDictionaryTests
{
    private static string Fixture(string name) => File.ReadAllText(Path.Combine(RepositoryPaths.TestData, "Deduplication", name));

    private static DeduplicationResult Result() => new Deduplicator().Deduplicate(
    [
        new DedupCandidate("a", Fixture("base.txt"), null),
        new DedupCandidate("b", Fixture("base.txt"), null),
        new DedupCandidate("c", "نص آخر لا علاقة له بالخبر الأول على الإطلاق", null),
        new DedupCandidate("d", "خبر ثالث عن موضوع مختلف تماما في مدينة أخرى", null),
    ]);

    [Fact]
    public void LoneArticles_AreTheirOwnUniqueCluster_WithoutBeingStored()
    {
        var assignments = Result().Assignments;

        assignments.Count.ShouldBe(4);
        assignments["c"].ShouldBe(new ClusterAssignment("c", "c", "c", DuplicateKind.Unique, 1.0));
        assignments.TryGetValue("d", out var d).ShouldBeTrue();
        d!.IsKept.ShouldBeTrue();
        assignments.Clustered.Select(static a => a.Id).ShouldBe(["a", "b"]);
        assignments["b"].ShouldBe(new ClusterAssignment("b", "a", "a", DuplicateKind.Exact, 1.0));
    }

    [Fact]
    public void UnknownId_IsNotThere()
    {
        var assignments = Result().Assignments;

        assignments.ContainsKey("zz").ShouldBeFalse();
        assignments.TryGetValue("zz", out _).ShouldBeFalse();
        Should.Throw<KeyNotFoundException>(() => assignments["bb"]);
        assignments.ContainsKey("a").ShouldBeTrue();
        assignments.ContainsKey("c").ShouldBeTrue();
    }

    [Fact]
    public void Enumeration_EveryArticleOnceInIdOrder_AsTheLookups()
    {
        var assignments = Result().Assignments;

        assignments.Keys.ShouldBe(["a", "b", "c", "d"]);
        assignments.Select(static p => p.Key).ShouldBe(["a", "b", "c", "d"]);
        assignments.Values.ShouldBe(assignments.Keys.Select(k => assignments[k]));
        assignments.Select(static p => p.Value.Id).ShouldBe(["a", "b", "c", "d"]);
    }

    [Fact]
    public void ByIndex_AndClusterSize_AgreeWithTheLookups()
    {
        var assignments = Result().Assignments;

        Enumerable.Range(0, 4).Select(assignments.ByIndex).ShouldBe(assignments.Values);
        assignments.ClusterSize("a").ShouldBe(2);
        assignments.ClusterSize("c").ShouldBe(1);
        assignments.Values.ShouldAllBe(v => assignments.ClusterSize(v.ClusterId) == assignments.Values.Count(o => o.ClusterId == v.ClusterId));
    }
}

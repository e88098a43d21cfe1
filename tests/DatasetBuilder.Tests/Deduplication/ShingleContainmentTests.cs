using CsCheck;
using DatasetBuilder.Deduplication;

namespace DatasetBuilder.Tests.Deduplication;

/// <summary>
/// Exact containment by a merge of two ascending sets that stops once the threshold is out of reach must give what counting
/// one set's members in a hash set of the other gave: the same share when it reaches the threshold, nothing when it does not.
/// </summary>
public sealed class ShingleContainmentTests
{
    private static readonly Gen<ulong[]> Set = Gen.ULong[0, 40].Array[0, 60].Select(static values => values.Distinct().Order().ToArray());

    [Fact]
    public void DirectedAtLeast_AnySets_AsCountingInAHashSet()
    {
        Gen.Select(Set, Set, Gen.OneOf(Gen.Const(0.8), Gen.Const(0.7), Gen.Const(0.5), Gen.Const(1.0), Gen.Const(0.01))).Sample((contained, container, threshold) =>
        {
            var share = Naive(contained, container);
            var expected = share >= threshold ? share : (double?)null;
            ShingleContainment.DirectedAtLeast(contained, container, threshold).ShouldBe(expected);
        }, iter: 5000);
    }

    [Fact]
    public void AtLeast_AnySets_TheSmallerIntoTheLarger()
    {
        Gen.Select(Set, Set).Sample((a, b) =>
        {
            var (small, large) = a.Length <= b.Length ? (a, b) : (b, a);
            var share = Naive(small, large);
            ShingleContainment.AtLeast(a, b, 0.8).ShouldBe(share >= 0.8 ? share : null);
        }, iter: 5000);
    }

    [Theory]
    [InlineData(5, 0.8, 4)]
    [InlineData(10, 0.7, 7)]
    [InlineData(3, 0.7, 3)]
    [InlineData(40, 0.8, 32)]
    [InlineData(7, 1.0, 7)]
    public void Needed_ShareAtTheThreshold_Counts(int count, double threshold, int needed)
    {
        ShingleContainment.Needed(count, threshold).ShouldBe(needed);
        ((double)needed / count >= threshold).ShouldBeTrue();
        ((double)(needed - 1) / count >= threshold).ShouldBeFalse();
    }

    [Fact]
    public void Needed_AnyCountAndThreshold_IsTheFewestThatReachIt()
    {
        Gen.Select(Gen.Int[1, 2000], Gen.Double[0.001, 1.0]).Sample((count, threshold) =>
        {
            var needed = ShingleContainment.Needed(count, threshold);
            needed.ShouldBeInRange(0, count + 1);
            if (needed <= count)
            {
                ((double)needed / count >= threshold).ShouldBeTrue();
            }

            if (needed > 0)
            {
                ((double)(needed - 1) / count >= threshold).ShouldBeFalse();
            }
        }, iter: 5000);
    }

    [Fact]
    public void DirectedAtLeast_EmptySet_IsNeverContained() =>
        ShingleContainment.DirectedAtLeast([], [1UL, 2UL], 0.8).ShouldBeNull();

    private static double Naive(ulong[] contained, ulong[] container)
    {
        if (contained.Length == 0)
        {
            return 0;
        }

        var set = new HashSet<ulong>(container);
        return (double)contained.Count(set.Contains) / contained.Length;
    }
}

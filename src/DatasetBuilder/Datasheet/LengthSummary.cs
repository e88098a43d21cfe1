namespace DatasetBuilder.Datasheet;

/// <summary>Five-number summary and mean of a length (characters or words) over the released articles; nearest-rank quantiles.</summary>
public sealed record LengthSummary(int Min, int Quartile1, int Median, int Quartile3, int Max, double Mean)
{
    public static LengthSummary Of(IEnumerable<int> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return new LengthSummary(0, 0, 0, 0, 0, 0);
        }

        int Rank(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new LengthSummary(sorted[0], Rank(0.25), Rank(0.5), Rank(0.75), sorted[^1], Math.Round(sorted.Average(static v => (double)v), 1));
    }
}

namespace DatasetBuilder.Benchmarks;

/// <summary>A made-up news site with its own template: what the generator wraps around every article of that site.</summary>
internal sealed record SyntheticSource(
    string Id,
    string NameAr,
    string[] HeaderLines,
    string FooterLine,
    string LatestNewsMarker,
    bool LevantineMonths,
    bool ArabicIndicDigits);

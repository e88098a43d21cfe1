namespace DatasetBuilder.Datasheet;

/// <summary>One chart of the card: its path in the release, what it shows, and its SVG document.</summary>
public sealed record DatasheetChart(string Path, string AltText, string Svg);

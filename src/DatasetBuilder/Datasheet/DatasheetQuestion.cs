namespace DatasetBuilder.Datasheet;

/// <summary>One question of "Datasheets for Datasets" (Gebru et al.) that a human answers in <c>data/dataset.json</c>.</summary>
/// <param name="Id">Key in the <c>datasheet</c> object, <c>section.name</c>.</param>
/// <param name="Section">The datasheet section it belongs to.</param>
/// <param name="Question">The question as the card prints it.</param>
public sealed record DatasheetQuestion(string Id, DatasheetSection Section, string Question);

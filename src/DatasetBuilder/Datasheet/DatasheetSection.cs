namespace DatasetBuilder.Datasheet;

/// <summary>The seven sections of "Datasheets for Datasets", in the paper's order.</summary>
public enum DatasheetSection
{
    Motivation,
    Composition,
    CollectionProcess,
    Preprocessing,
    Uses,
    Distribution,
    Maintenance,
}

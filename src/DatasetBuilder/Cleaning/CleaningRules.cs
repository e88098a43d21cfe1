namespace DatasetBuilder.Cleaning;

/// <summary>Ids of the cleaning rules. Ids are recorded in the release's audit: never reuse one.</summary>
public static class CleaningRules
{
    public const string BlankLine = "blank-line";
}

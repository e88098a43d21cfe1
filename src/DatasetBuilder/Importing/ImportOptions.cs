namespace DatasetBuilder.Importing;

/// <summary>What the contributor tells <c>import</c> that the material may not show.</summary>
public sealed record ImportOptions
{
    /// <summary>File under this source profile instead of matching one by its markers.</summary>
    public string? Source { get; init; }
}

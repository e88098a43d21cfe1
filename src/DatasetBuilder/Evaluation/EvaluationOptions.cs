namespace DatasetBuilder.Evaluation;

/// <summary>How <see cref="CleaningEvaluation"/> cleans the gold articles.</summary>
public sealed record EvaluationOptions
{
    /// <summary>Consult the site profiles (false: generic rules only, the condition unseen sites are cleaned under).</summary>
    public bool UseProfiles { get; init; } = true;

    /// <summary>Learn site templates from the corpus first, as <c>build</c> does.</summary>
    public bool UseTemplates { get; init; } = true;

    /// <summary>How many of the lowest-scoring articles the report details.</summary>
    public int Worst { get; init; } = 5;
}

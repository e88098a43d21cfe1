namespace DatasetBuilder.Reporting;

/// <summary>The forms a validation report can be written in (<c>validate --format</c>).</summary>
public enum ReportFormat
{
    /// <summary>For people: findings grouped by file, a summary at the end; coloured on a terminal.</summary>
    Text,

    /// <summary>For programs: one JSON document with stable field names (see README, "Validation").</summary>
    Json,

    /// <summary>GitHub Actions workflow commands, so findings show inline on the pull request.</summary>
    Github,

    /// <summary>SARIF 2.1.0, for code-scanning views.</summary>
    Sarif,
}

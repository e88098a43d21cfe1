namespace DatasetBuilder.Pipeline;

/// <summary>How a build ended; the CLI maps it to an exit code.</summary>
public enum BuildOutcome
{
    /// <summary>A release (or the preview) was written.</summary>
    Written,

    /// <summary>The data is invalid; nothing was written.</summary>
    InvalidData,

    /// <summary>The requested version is already published; nothing was touched.</summary>
    VersionExists,

    /// <summary>A release was refused because a required datasheet answer is missing; nothing was written.</summary>
    IncompleteDatasheet,

    /// <summary>A release was refused by a publishing rule (dirty data, version not above the latest or too small, nothing changed, no rows); nothing was published.</summary>
    Refused,

    /// <summary>The options are wrong (for example a malformed version).</summary>
    UsageError,
}

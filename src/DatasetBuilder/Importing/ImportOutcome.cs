namespace DatasetBuilder.Importing;

/// <summary>How an import ended; the command maps it to an exit code.</summary>
public enum ImportOutcome
{
    /// <summary>A schema-valid contribution was built.</summary>
    Imported,

    /// <summary>The material cannot make a valid contribution (no headline, no text, a schema violation).</summary>
    InvalidInput,

    /// <summary>The request itself is wrong (an unknown <c>--source</c>).</summary>
    UsageError,
}

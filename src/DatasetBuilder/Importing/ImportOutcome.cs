namespace DatasetBuilder.Importing;

/// <summary>How an import ended; the command maps it to an exit code.</summary>
public enum ImportOutcome
{
    /// <summary>A contribution that passes the checks was built (it may still carry warnings).</summary>
    Imported,

    /// <summary>The material cannot make a valid contribution (no headline, no text, an error <c>validate</c> would report).</summary>
    InvalidInput,

    /// <summary>The request itself is wrong (an unknown <c>--source</c>).</summary>
    UsageError,
}

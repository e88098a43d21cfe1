namespace DatasetBuilder.Importing;

/// <summary>What writing a contribution file did.</summary>
public enum ContributionWriteOutcome
{
    /// <summary>The file was written (created, or replaced with <c>--force</c>).</summary>
    Written,

    /// <summary>The file was already there with the same content: importing the same article twice is not an error.</summary>
    AlreadyIdentical,

    /// <summary>A file with different content is there; nothing was written (pass <c>--force</c> to replace it).</summary>
    ExistsDifferent,
}

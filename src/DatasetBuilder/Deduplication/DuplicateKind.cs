namespace DatasetBuilder.Deduplication;

/// <summary>Why an article is in a cluster with others.</summary>
public enum DuplicateKind
{
    /// <summary>The article is alone in its cluster.</summary>
    Unique,

    /// <summary>Same normalised text as the representative.</summary>
    Exact,

    /// <summary>Near-duplicate of the representative (estimated Jaccard similarity over word shingles).</summary>
    Near,

    /// <summary>The article is (almost) contained in the representative: a truncated or excerpted copy, or one article of a roundup (exact containment).</summary>
    Contained,

    /// <summary>The article kept for a cluster of several.</summary>
    Representative,
}

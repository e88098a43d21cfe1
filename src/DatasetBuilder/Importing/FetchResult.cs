using System.Diagnostics.CodeAnalysis;

namespace DatasetBuilder.Importing;

/// <summary>A fetched page (its bytes decoded and the address it finally came from), or why it could not be fetched.</summary>
public sealed record FetchResult
{
    public string? Html { get; init; }

    public Uri? FinalUrl { get; init; }

    /// <summary>A message naming the address and what went wrong; null on success.</summary>
    public string? Error { get; init; }

    [MemberNotNullWhen(true, nameof(Html), nameof(FinalUrl))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Error is null;

    public static FetchResult Failed(string error) => new() { Error = error };
}

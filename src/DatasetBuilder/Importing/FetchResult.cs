using System.Diagnostics.CodeAnalysis;

namespace DatasetBuilder.Importing;

/// <summary>A fetched page or text (its bytes decoded and the address it finally came from), or why it could not be fetched.</summary>
public sealed record FetchResult
{
    public string? Html { get; init; }

    public Uri? FinalUrl { get; init; }

    /// <summary>False when the server sent a plain text (text/plain) rather than a page: it is imported as a raw text.</summary>
    public bool IsHtml { get; init; } = true;

    /// <summary>A message naming the address and what went wrong; null on success.</summary>
    public string? Error { get; init; }

    [MemberNotNullWhen(true, nameof(Html), nameof(FinalUrl))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Error is null;

    public static FetchResult Failed(string error) => new() { Error = error };
}

namespace DatasetBuilder.Importing;

/// <summary>Limits on fetching one article page: a page is small, fast and at most a few redirects away.</summary>
public sealed record FetchOptions
{
    public static FetchOptions Default { get; } = new();

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);

    public long MaxBytes { get; init; } = 5 * 1024 * 1024;

    public int MaxRedirects { get; init; } = 5;
}

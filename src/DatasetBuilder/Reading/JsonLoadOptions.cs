namespace DatasetBuilder.Reading;

/// <summary>Limits applied when loading a JSON input file.</summary>
public sealed record JsonLoadOptions
{
    /// <summary>Files larger than this are rejected before they are read (default 32 MiB).</summary>
    public long MaxFileBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>Deepest nesting accepted; contributions are flat, so this is generous (default 64).</summary>
    public int MaxDepth { get; init; } = 64;

    public static JsonLoadOptions Default { get; } = new();
}

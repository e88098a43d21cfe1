namespace DatasetBuilder.Cli;

/// <summary>The exit codes scripts rely on (a public contract).</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The data is invalid: validation errors, a verify mismatch, a refused release.</summary>
    public const int InvalidData = 1;

    /// <summary>Wrong usage or configuration.</summary>
    public const int Usage = 2;

    /// <summary>A bug in DatasetBuilder itself (never the user's input).</summary>
    public const int InternalError = 70;

    /// <summary>Interrupted (Ctrl+C, SIGINT or SIGTERM) and stopped cleanly: 128 + SIGINT, as shells report an interrupted command.</summary>
    public const int Cancelled = 130;
}

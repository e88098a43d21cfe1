namespace DatasetBuilder.Tests.Support;

/// <summary>What one in-process CLI run returned and printed.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public string All => Output + Error;

    /// <summary>True when the text looks like a .NET stack trace.</summary>
    public bool HasStackTrace => All.Contains("   at ", StringComparison.Ordinal) || All.Contains("Exception:", StringComparison.Ordinal);
}

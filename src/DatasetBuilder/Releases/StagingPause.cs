namespace DatasetBuilder.Releases;

/// <summary>
/// A test hook for the kill test: when <c>DATASETBUILDER_TEST_PAUSE_FILE</c> names a file, the build writes that file once
/// part of the release is staged and then waits forever, so a test can kill the process at a known moment mid-write.
/// Unset (always, outside that test) it does nothing.
/// </summary>
public static class StagingPause
{
    public const string Variable = "DATASETBUILDER_TEST_PAUSE_FILE";

    public static async Task PauseIfRequestedAsync(string staging, CancellationToken cancellationToken)
    {
        if (Environment.GetEnvironmentVariable(Variable) is not { Length: > 0 } signal)
        {
            return;
        }

        await File.WriteAllTextAsync(signal, staging, cancellationToken).ConfigureAwait(false);
        await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
    }
}

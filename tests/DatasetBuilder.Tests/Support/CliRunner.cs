using DatasetBuilder.Cli;
using Microsoft.Extensions.Time.Testing;

namespace DatasetBuilder.Tests.Support;

/// <summary>Runs the CLI in-process and captures what it prints.</summary>
internal static class CliRunner
{
    /// <summary>The folder of this test run that stands in for the user's cache home; removed when the run ends.</summary>
    private static readonly string RunFolder = Path.Combine(Path.GetTempPath(), $"datasetbuilder-tests-{Environment.ProcessId}");

    /// <summary>
    /// <c>validate PATH</c> keeps a keys cache under $XDG_CACHE_HOME; point it at a folder of this test run so the tests never
    /// write into the user's own cache, and remove that folder when the test process ends so runs do not pile up in /tmp.
    /// </summary>
    static CliRunner()
    {
        Environment.SetEnvironmentVariable("XDG_CACHE_HOME", Path.Combine(RunFolder, "cache"));
        AppDomain.CurrentDomain.ProcessExit += static (_, _) =>
        {
            try
            {
                Directory.Delete(RunFolder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Nothing to remove, or a file still open: the folder is in /tmp, which the system clears.
            }
        };
    }

    public static async Task<CliRun> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));
        var exit = await CliApp.RunAsync(args, new CliContext(output, error, time, ColorOutput: false));
        return new CliRun(exit, output.ToString(), error.ToString());
    }
}

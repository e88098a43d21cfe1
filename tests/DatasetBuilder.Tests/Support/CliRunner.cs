using DatasetBuilder.Cli;
using Microsoft.Extensions.Time.Testing;

namespace DatasetBuilder.Tests.Support;

/// <summary>Runs the CLI in-process and captures what it prints.</summary>
internal static class CliRunner
{
    public static async Task<CliRun> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));
        var exit = await CliApp.RunAsync(args, new CliContext(output, error, time, ColorOutput: false));
        return new CliRun(exit, output.ToString(), error.ToString());
    }
}

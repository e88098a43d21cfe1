using System.Diagnostics;
using System.Text.Json;

namespace DatasetBuilder.Tests.Support;

/// <summary>Reads Parquet through DuckDB (npm <c>@duckdb/node-api</c>, installed by the test project's build).</summary>
internal static class DuckDbReader
{
    public static JsonDocument Read(string parquetGlob)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryPaths.DuckDbReader,
        };
        start.ArgumentList.Add("read-parquet.mjs");
        start.ArgumentList.Add(parquetGlob);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit(120_000).ShouldBeTrue("DuckDB reader timed out");
        process.ExitCode.ShouldBe(0, stderr.Result);
        return JsonDocument.Parse(stdout.Result);
    }
}

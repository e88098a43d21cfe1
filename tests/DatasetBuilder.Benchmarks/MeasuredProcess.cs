using System.Diagnostics;
using System.Globalization;

namespace DatasetBuilder.Benchmarks;

/// <summary>Runs a child process, samples its peak RSS (VmHWM in /proc) until it exits, and takes its processor time.</summary>
internal static class MeasuredProcess
{
    public static ProcessMeasurement Run(string fileName, IEnumerable<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var cpuBefore = ChildCpuClock.Now;
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start " + fileName);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        long peak = 0;
        while (!process.WaitForExit(50))
        {
            peak = Math.Max(peak, ReadPeakRss(process.Id));
        }

        clock.Stop();
        var cpuAfter = ChildCpuClock.Now;
        var cpu = cpuBefore is { } before && cpuAfter is { } after ? (after - before).TotalSeconds : (double?)null;
        return new ProcessMeasurement(process.ExitCode, clock.Elapsed.TotalSeconds, cpu, peak, output.Result, error.Result);
    }

    private static long ReadPeakRss(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kb = line[6..].Trim().Split(' ')[0];
                    return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
            // The process ended between two samples.
        }

        return 0;
    }
}

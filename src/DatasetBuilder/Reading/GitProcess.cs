using System.Diagnostics;

namespace DatasetBuilder.Reading;

/// <summary>Runs the git command line in a folder: its standard output, or why git could not answer.</summary>
internal static class GitProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static (string Output, string? Error) Run(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return (string.Empty, "git could not be started");
            }

            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                return (string.Empty, "git did not answer within a minute");
            }

            return process.ExitCode == 0 ? (output.Result, null) : (string.Empty, error.Result.Trim());
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (string.Empty, $"git is not installed or not on PATH ({e.Message})");
        }
    }
}

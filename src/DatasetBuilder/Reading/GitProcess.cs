using System.Diagnostics;
using System.Text;

namespace DatasetBuilder.Reading;

/// <summary>Runs the git command line in a folder: its standard output, or why git could not answer.</summary>
internal static class GitProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static (string Output, string? Error) Run(string workingDirectory, params string[] args)
    {
        var (output, error) = RunForBytes(workingDirectory, args);
        return (Encoding.UTF8.GetString(output.Span), error);
    }

    /// <summary>As <see cref="Run"/>, with the output as the bytes git wrote (UTF-8 for paths and text), for outputs large enough that decoding them whole costs.</summary>
    public static (ReadOnlyMemory<byte> Output, string? Error) RunForBytes(string workingDirectory, params string[] args)
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
                return (ReadOnlyMemory<byte>.Empty, "git could not be started");
            }

            // The output is taken in large reads, not through the process's reader (4 KB a read, decoded as it comes): for the
            // 21 MB that ls-files --debug gives for 100k files, 0.32 s against 0.64 s on the first (and in a validation only) call.
            var output = new MemoryStream();
            var reading = process.StandardOutput.BaseStream.CopyToAsync(output, 1 << 20);
            var error = process.StandardError.ReadToEndAsync();
            if (!reading.Wait(Timeout) || !process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                return (ReadOnlyMemory<byte>.Empty, "git did not answer within a minute");
            }

            return process.ExitCode == 0 ? (output.GetBuffer().AsMemory(0, (int)output.Length), null) : (ReadOnlyMemory<byte>.Empty, error.Result.Trim());
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (ReadOnlyMemory<byte>.Empty, $"git is not installed or not on PATH ({e.Message})");
        }
    }
}

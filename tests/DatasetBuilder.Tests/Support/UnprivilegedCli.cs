using System.Diagnostics;

namespace DatasetBuilder.Tests.Support;

/// <summary>
/// Runs the CLI the way a contributor does: without the superuser's right to read any file. Permission tests (a folder that
/// cannot be listed) mean nothing as root, who reads everything, so when the tests run as root the CLI runs in a child process
/// as the unprivileged user 65534 (<c>setpriv</c>); otherwise in-process, as <see cref="CliRunner"/> does.
/// </summary>
internal static class UnprivilegedCli
{
    public static async Task<CliRun> RunAsync(params string[] args)
    {
        if (!Environment.IsPrivilegedProcess)
        {
            return await CliRunner.RunAsync(args);
        }

        var cli = Path.Combine(AppContext.BaseDirectory, "dataset-builder.dll");
        var start = new ProcessStartInfo("setpriv") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        foreach (var arg in (string[])["--reuid=65534", "--regid=65534", "--clear-groups", "dotnet", cli, .. args])
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        // 126/127: setpriv could not run dotnet as that user (dotnet or the checkout under /root, say): say so plainly.
        process.ExitCode.ShouldNotBeOneOf([126, 127],
            $"running the tests as root needs setpriv and a dotnet and checkout that uid 65534 can read; setpriv said: {await error}");
        return new CliRun(process.ExitCode, await output, await error);
    }
}

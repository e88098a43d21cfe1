using System.Diagnostics;

namespace DatasetBuilder.Tests.Support;

/// <summary>Named pipes for the tests of files that must not hang a reader (Linux: mkfifo).</summary>
internal static class Fifo
{
    /// <summary>Makes a FIFO at <paramref name="path"/>, which must not exist yet.</summary>
    public static async Task CreateAsync(string path)
    {
        using var mkfifo = Process.Start("mkfifo", path);
        await mkfifo.WaitForExitAsync();
        mkfifo.ExitCode.ShouldBe(0, $"mkfifo {path}");
    }
}

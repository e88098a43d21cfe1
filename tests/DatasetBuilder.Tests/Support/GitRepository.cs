using System.Diagnostics;

namespace DatasetBuilder.Tests.Support;

/// <summary>A throwaway git repository for the tests of commit stamping and dirty-tree detection.</summary>
internal static class GitRepository
{
    /// <summary>Runs git in <paramref name="folder"/> with a fixed identity and commit date; returns its trimmed standard output.</summary>
    public static string Git(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = folder };
        foreach (var arg in (string[])["-c", "user.name=test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", .. arguments])
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["GIT_AUTHOR_DATE"] = "2024-05-06T07:08:09Z";
        start.Environment["GIT_COMMITTER_DATE"] = "2024-05-06T07:08:09Z";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.ShouldBe(0, $"git {string.Join(' ', arguments)}: {error.Result}");
        return output.Trim();
    }

    /// <summary>Makes <paramref name="folder"/> a repository holding everything in it as one commit; returns the commit id.</summary>
    public static string InitAndCommitAll(string folder)
    {
        Git(folder, "init", "-q");
        Git(folder, "add", "-A");
        Git(folder, "commit", "-q", "-m", "data");
        return Git(folder, "rev-parse", "HEAD");
    }
}

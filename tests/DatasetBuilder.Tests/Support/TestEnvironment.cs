using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace DatasetBuilder.Tests.Support;

/// <summary>
/// Isolates the test process from the machine it runs on, before any test starts: the tests build releases, run git and make
/// loopback HTTP requests in-process, and each of those reads process-wide state a developer's shell or a CI runner may set.
/// </summary>
internal static class TestEnvironment
{
    /// <summary>Proxy variables: with one set, .NET sends even the requests for a loopback test server to the proxy.</summary>
    private static readonly string[] ProxyVariables = ["http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"];

    /// <summary>Git variables that point git (and <c>GitIndexFile</c>) at another repository, as when tests run from a git hook.</summary>
    private static readonly string[] GitLocationVariables =
        ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_COMMON_DIR", "GIT_OBJECT_DIRECTORY", "GIT_CEILING_DIRECTORIES"];

#pragma warning disable CA2255 // A test assembly is the one place a module initializer belongs: it must run before any test reads the environment.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Isolate()
    {
        // A set SOURCE_DATE_EPOCH would replace the fixed commit dates the release tests expect, and an invalid one fails every build.
        Environment.SetEnvironmentVariable("SOURCE_DATE_EPOCH", null);
        foreach (var name in ProxyVariables.Concat(GitLocationVariables))
        {
            Environment.SetEnvironmentVariable(name, null);
        }

        // The user's ~/.gitconfig may sign commits, or turn on index.skipHash (feature.manyFiles), which the index tests rely on being off.
        Environment.SetEnvironmentVariable("GIT_CONFIG_GLOBAL", "/dev/null");
        Environment.SetEnvironmentVariable("GIT_CONFIG_NOSYSTEM", "1");
        RequireTempOutsideAGitWorkTree();
    }

    /// <summary>Every scratch folder lives under the temp root; inside a checkout, each test's data would count as untracked changes.</summary>
    private static void RequireTempOutsideAGitWorkTree()
    {
        var temp = Path.GetTempPath();
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = temp };
        foreach (var arg in (string[])["rev-parse", "--is-inside-work-tree"])
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        _ = error.Result;
        if (process.ExitCode == 0 && output == "true")
        {
            throw new InvalidOperationException(
                $"The temp folder {temp} is inside a git work tree; the release tests need scratch folders outside any repository. Point TMPDIR elsewhere.");
        }
    }
}

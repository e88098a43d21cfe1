using System.Diagnostics;
using DatasetBuilder.Pipeline;
using DatasetBuilder.Releases;
using DatasetBuilder.Tests.Pipeline;
using DatasetBuilder.Tests.Support;

namespace DatasetBuilder.Tests.Releases;

public sealed class ReleasePublisherTests
{
    /// <summary>
    /// Starts the real CLI, lets it stage part of release 1.1.0 (the pause hook holds it after the Parquet, charts and card are
    /// written and before croissant.json and the manifest), kills the process tree, then checks what a user would find.
    /// </summary>
    [Fact]
    public async Task Publish_CliProcessKilledMidWrite_LeavesNoPartialVersionAndEarlierReleaseIntact()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var dist = temp.Combine("dist");
        var earlier = (await ReleaseBuilds.Build(data, dist, "1.0.0")).ReleaseDirectory!;
        var before = ReleaseBuilds.Snapshot(earlier);
        ReleaseBuilds.AddArticle(data, "2022-01-11-aaaaaaaaaaaa");
        var signal = temp.Combine("paused.txt");

        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "dataset-builder.dll"), "build", "--data", data, "--out", dist, "--version", "1.1.0" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment[StagingPause.Variable] = signal;
        using (var process = Process.Start(start)!)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (!File.Exists(signal) && !process.HasExited && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }

            File.Exists(signal).ShouldBeTrue($"the build never reached the pause point: {(process.HasExited ? await stderr : "timed out")}");

            // While it is alive, another build's sweep must leave its staging folder alone.
            var concurrent = await ReleaseBuilds.Build(data, dist, null);
            concurrent.Outcome.ShouldBe(BuildOutcome.Written);
            Directory.Exists(File.ReadAllText(signal)).ShouldBeTrue("a live build's staging folder was swept by another build");
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        var datasetDirectory = Path.Combine(dist, ReleaseBuilds.Dataset);
        var staged = File.ReadAllText(signal);
        Directory.Exists(staged).ShouldBeTrue("the kill must have hit a build in the middle of writing");
        Directory.EnumerateFiles(staged, "*.parquet", SearchOption.AllDirectories).ShouldNotBeEmpty();
        Directory.Exists(Path.Combine(datasetDirectory, "1.1.0")).ShouldBeFalse();
        ReleaseCatalog.Published(datasetDirectory).Select(static v => v.ToString()).ShouldBe(["1.0.0"]);
        ReleaseBuilds.Snapshot(earlier).ShouldBe(before);
        new ReleaseVerifier().Verify(earlier).ShouldBeEmpty();

        // The next build sweeps the abandoned staging folder and publishes the whole release.
        var next = await ReleaseBuilds.Build(data, dist, "1.1.0");
        next.Outcome.ShouldBe(BuildOutcome.Written);
        Directory.Exists(staged).ShouldBeFalse();
        Directory.EnumerateDirectories(datasetDirectory, ".staging-*").ShouldBeEmpty();
        Directory.EnumerateFiles(datasetDirectory, ".staging-*" + ReleasePublisher.LockSuffix).ShouldBeEmpty();
        new ReleaseVerifier().Verify(next.ReleaseDirectory!).ShouldBeEmpty();
        ReleaseBuilds.Snapshot(earlier).ShouldBe(before);
    }

    [Fact]
    public void Publish_TargetAlreadyExists_ReturnsFalseAndLeavesTargetUntouched()
    {
        using var temp = new TempDirectory();
        var publisher = new ReleasePublisher();
        var target = temp.Combine("ds", "1.0.0");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "manifest.json"), "original");
        var staging = publisher.CreateStaging(target);
        File.WriteAllText(Path.Combine(staging, "manifest.json"), "new");

        publisher.Publish(staging, target).ShouldBeFalse();

        File.ReadAllText(Path.Combine(target, "manifest.json")).ShouldBe("original");
        Directory.Exists(staging).ShouldBeFalse();
    }

    [Fact]
    public void SweepAbandoned_StagingOfALivePublisher_Survives()
    {
        using var temp = new TempDirectory();
        var datasetDirectory = temp.Combine("ds");
        using var live = new ReleasePublisher();
        var staging = live.CreateStaging(Path.Combine(datasetDirectory, "1.0.0"));
        File.WriteAllText(Path.Combine(staging, "part.parquet"), "half");

        using (var other = new ReleasePublisher())
        {
            other.SweepAbandoned(datasetDirectory);
        }

        File.ReadAllText(Path.Combine(staging, "part.parquet")).ShouldBe("half");
    }

    [Fact]
    public void SweepAbandoned_StagingWhoseOwnerIsGone_IsRemovedWithItsLock()
    {
        using var temp = new TempDirectory();
        var datasetDirectory = temp.Combine("ds");
        var abandoned = Directory.CreateDirectory(Path.Combine(datasetDirectory, ".staging-1.0.0-0123")).FullName;
        File.WriteAllText(abandoned + ReleasePublisher.LockSuffix, string.Empty);
        var legacy = Directory.CreateDirectory(Path.Combine(datasetDirectory, ".staging-1.0.0-4567")).FullName;

        using var publisher = new ReleasePublisher();
        publisher.SweepAbandoned(datasetDirectory);

        Directory.Exists(abandoned).ShouldBeFalse();
        File.Exists(abandoned + ReleasePublisher.LockSuffix).ShouldBeFalse();
        Directory.Exists(legacy).ShouldBeFalse();
    }

    [Fact]
    public void Dispose_AfterPublish_LeavesNoLockFileBehind()
    {
        using var temp = new TempDirectory();
        var target = temp.Combine("ds", "1.0.0");
        using (var publisher = new ReleasePublisher())
        {
            var staging = publisher.CreateStaging(target);
            File.Exists(staging + ReleasePublisher.LockSuffix).ShouldBeTrue();
            publisher.Publish(staging, target).ShouldBeTrue();
        }

        Directory.EnumerateFileSystemEntries(temp.Combine("ds")).Select(Path.GetFileName).ShouldBe(["1.0.0"]);
    }
}

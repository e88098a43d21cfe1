using DatasetBuilder.Tests.Support;

namespace DatasetBuilder.Tests.Cli;

public sealed class CliAppTests
{
    [Fact]
    public async Task Build_SchemaViolation_ExitsOneNamingFileAndPointer()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var victim = Directory.GetFiles(Path.Combine(data, "articles"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        File.WriteAllText(victim, File.ReadAllText(victim).Replace("\"title\":", "\"titel\":", StringComparison.Ordinal));

        var run = await CliRunner.RunAsync("build", "--data", data, "--out", temp.Combine("dist"));

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("data/articles/");
        run.Error.ShouldContain(Path.GetFileName(victim));
        run.Error.ShouldContain("DSB010");
        run.Error.ShouldContain("[at /title]");
        run.HasStackTrace.ShouldBeFalse();
        Directory.Exists(temp.Combine("dist")).ShouldBeFalse();
    }

    [Fact]
    public async Task Build_ExactCopyUnderAnotherId_PrintsTheRemovedCopyAndListsItInDuplicatesJson()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var original = Directory.GetFiles(Path.Combine(data, "articles"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        var node = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(original))!;
        var originalId = node["id"]!.GetValue<string>();
        node["id"] = "undated-ffffffffffff";
        node["url"] = null;
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(original)!, "undated-ffffffffffff.json"), node.ToJsonString());

        var run = await CliRunner.RunAsync("build", "--data", data, "--out", temp.Combine("dist"));

        run.ExitCode.ShouldBe(0, run.All);
        run.Output.ShouldContain("removed 1 duplicate(s) (exact 1), each listed in duplicates.json:");
        run.Output.ShouldContain($"  undated-ffffffffffff → {originalId} (exact, 1.000)");
        var release = temp.Combine("dist", "kazakhstan-security-news-ar", "unreleased");
        var listing = System.Text.Json.JsonSerializer.Deserialize<DatasetBuilder.Releases.DuplicateListing>(File.ReadAllBytes(Path.Combine(release, "duplicates.json")), DatasetBuilder.Releases.ReleaseJson.Options)!;
        listing.Removed.ShouldBe([new DatasetBuilder.Releases.DuplicateEntry { Id = "undated-ffffffffffff", Kept = originalId, Kind = "exact", Similarity = 1.0 }]);
        File.ReadAllText(Path.Combine(release, "manifest.json")).ShouldContain("\"duplicates.json\"");
        File.ReadAllText(Path.Combine(release, "SHA256SUMS")).ShouldContain("  duplicates.json\n");
    }

    [Fact]
    public async Task Build_Defaults_ExitZero()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var run = await CliRunner.RunAsync("build", "--data", data, "--out", temp.Combine("dist"));
        run.ExitCode.ShouldBe(0, run.All);
        Directory.Exists(temp.Combine("dist", "kazakhstan-security-news-ar", "unreleased")).ShouldBeTrue();
    }

    [Fact]
    public async Task Build_SkipInvalidAndStats_ExitsZeroListingTheRejectAndEveryStage()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var victim = Directory.GetFiles(Path.Combine(data, "articles"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        File.WriteAllText(victim, File.ReadAllText(victim).Replace("\"title\":", "\"titel\":", StringComparison.Ordinal));

        var run = await CliRunner.RunAsync("build", "--data", data, "--out", temp.Combine("dist"), "--version", "1.0.0", "--skip-invalid", "--stats");

        run.ExitCode.ShouldBe(0, run.All);
        run.Error.ShouldContain(Path.GetFileName(victim));
        run.Error.ShouldContain("left out 1 invalid article file(s)");
        foreach (var stage in new[] { "validate", "clean", "dedup", "write", "publish" })
        {
            run.Output.ShouldMatch($@"stage {stage} seconds=[0-9.]+ cpu_seconds=[0-9.]+ articles=[0-9]+ peak_rss_mb=[0-9]+ gc_pause_seconds=[0-9.]+ collections=[0-9]+ allocated_mb=[0-9]+");
        }
    }

    [Theory]
    [InlineData("--out", "build", "--out", "")]
    [InlineData("--data", "build", "--data", "")]
    [InlineData("PATH", "validate", "")]
    [InlineData("--data", "clean", "some.json", "--data", "")]
    [InlineData("--data", "import", "page.html", "--data", "")]
    [InlineData("--data", "eval", "--data", "")]
    public async Task AnyCommand_EmptyValue_ExitsTwoNamingTheOption(string named, params string[] args)
    {
        var run = await CliRunner.RunAsync(args);

        run.ExitCode.ShouldBe(2, run.All);
        run.Error.ShouldContain($"{named} is empty");
        run.HasStackTrace.ShouldBeFalse();
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("build", "--no-such-option")]
    [InlineData("verify")]
    public async Task UnknownUsage_ExitsTwoWithoutStackTrace(params string[] args)
    {
        var run = await CliRunner.RunAsync(args);
        run.ExitCode.ShouldBe(2);
        run.HasStackTrace.ShouldBeFalse();
    }

    [Fact]
    public async Task Build_PreviousReleaseRecordsUnreadable_ExitsOneNamingTheFileNotABug()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        (await CliRunner.RunAsync("build", "--data", data, "--out", temp.Combine("dist"), "--version", "1.0.0")).ExitCode.ShouldBe(0);
        var records = temp.Combine("dist", "kazakhstan-security-news-ar", "1.0.0", "records.jsonl");
        File.WriteAllText(records, "{\"id\": \"broken\"\n");

        var run = await CliRunner.RunAsync("build", "--data", data, "--out", temp.Combine("dist"));

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("records.jsonl:1:");
        run.Error.ShouldNotContain("internal error");
        Directory.GetDirectories(temp.Combine("dist", "kazakhstan-security-news-ar")).Select(Path.GetFileName).ShouldBe(["1.0.0"]);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("verify")]
    public async Task CommandWithoutCancellation_InterruptedWhileRunning_StillExitsOneThirty(string command)
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var error = new StringWriter();
        var context = InterruptedContext(error, out var cancellation);
        string[] args = command == "validate" ? ["validate", "--data", data, "--no-cache"] : ["verify", data];

        var exit = await DatasetBuilder.Cli.CliApp.RunAsync(args, context, cancellation);

        exit.ShouldBe(130);
        error.ToString().ShouldContain("cancelled");
    }

    [Fact]
    public async Task Build_Cancelled_ExitsOneThirtyLeavingNoStagingFolder()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var error = new StringWriter();
        var context = InterruptedContext(error, out var cancellation);

        var exit = await DatasetBuilder.Cli.CliApp.RunAsync(["build", "--data", data, "--out", temp.Combine("dist")], context, cancellation);

        exit.ShouldBe(130);
        error.ToString().ShouldContain("cancelled");
        error.ToString().ShouldNotContain("internal error");
        var dataset = temp.Combine("dist", "kazakhstan-security-news-ar");
        (Directory.Exists(dataset) ? Directory.GetFileSystemEntries(dataset) : []).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("--data")]
    [InlineData("--out")]
    [InlineData("verify")]
    public async Task FolderArgumentThatIsAFile_IsAUsageErrorSayingSo(string which)
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var file = temp.Combine("a-file");
        File.WriteAllText(file, "x");
        string[] args = which switch
        {
            "--data" => ["build", "--data", file, "--out", temp.Combine("dist")],
            "--out" => ["build", "--data", data, "--out", file],
            _ => ["verify", file],
        };

        var run = await CliRunner.RunAsync(args);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("is a file");
        run.HasStackTrace.ShouldBeFalse();
    }

    [Theory]
    [InlineData("")]
    [InlineData("articles")]
    [InlineData("articles/al-thawra/out")]
    public async Task Build_OutInsideTheDataFolder_IsAUsageErrorAndWritesNothing(string under)
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var before = Directory.GetFileSystemEntries(data, "*", SearchOption.AllDirectories).Length;

        var run = await CliRunner.RunAsync("build", "--data", data, "--out", Path.Combine(data, under));

        run.ExitCode.ShouldBe(2, run.All);
        run.Error.ShouldContain("is inside the data folder");
        Directory.GetFileSystemEntries(data, "*", SearchOption.AllDirectories).Length.ShouldBe(before);
    }

    /// <summary>
    /// SIGTERM to a command that does not watch the token (verify, here blocked reading a FIFO in the release) still ends it,
    /// with "cancelled" and exit 130, after the grace period: the process is the real CLI, signalled with kill(1).
    /// </summary>
    [Fact]
    public async Task Process_TerminatedWhileBlocked_ExitsOneThirtyAfterTheGracePeriod()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // POSIX signals and mkfifo
        }

        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        (await CliRunner.RunAsync("build", "--data", data, "--out", temp.Combine("dist"), "--version", "1.0.0")).ExitCode.ShouldBe(0);
        var release = temp.Combine("dist", "kazakhstan-security-news-ar", "1.0.0");
        File.Delete(Path.Combine(release, "README.md"));
        await Fifo.CreateAsync(Path.Combine(release, "README.md"));

        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "dataset-builder.dll"));
        start.ArgumentList.Add("verify");
        start.ArgumentList.Add(release);
        using var cli = System.Diagnostics.Process.Start(start)!;
        var error = cli.StandardError.ReadToEndAsync();

        // Opening the FIFO for writing returns once verify has opened it for reading: the handlers are registered by then,
        // and verify stays blocked in its read while this end stays open.
        await using var writer = await Task.Run(() => new FileStream(Path.Combine(release, "README.md"), FileMode.Open, FileAccess.Write)).WaitAsync(TimeSpan.FromSeconds(60));
        cli.HasExited.ShouldBeFalse();
        // Started before the signal is sent, so time spent starting and reaping "kill" on a busy machine cannot shorten it.
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        using (var kill = System.Diagnostics.Process.Start("kill", ["-TERM", cli.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        try
        {
            await cli.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            if (!cli.HasExited)
            {
                cli.Kill();
            }
        }

        cli.ExitCode.ShouldBe(130);
        (await error).ShouldContain("cancelled");
        stopwatch.Elapsed.ShouldBeGreaterThan(TimeSpan.FromSeconds(2)); // the grace period (3 s), not the system's default
    }

    [Fact]
    public async Task Verify_FlippedByte_ExitsOne()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        (await CliRunner.RunAsync("build", "--data", data, "--out", temp.Combine("dist"), "--version", "1.0.0")).ExitCode.ShouldBe(0);
        var release = temp.Combine("dist", "kazakhstan-security-news-ar", "1.0.0");
        (await CliRunner.RunAsync("verify", release)).ExitCode.ShouldBe(0);

        var shard = Path.Combine(release, "data", "train-00000-of-00001.parquet");
        var bytes = File.ReadAllBytes(shard);
        bytes[bytes.Length / 2] ^= 0x01;
        File.WriteAllBytes(shard, bytes);

        var run = await CliRunner.RunAsync("verify", release);
        run.ExitCode.ShouldBe(1);
        run.Output.ShouldContain("data/train-00000-of-00001.parquet");
        run.Output.ShouldContain("DSB102");
    }

    /// <summary>A context writing errors to <paramref name="error"/>, and a token already cancelled, as after a SIGINT.</summary>
    private static DatasetBuilder.Cli.CliContext InterruptedContext(StringWriter error, out CancellationToken cancellation)
    {
        var source = new CancellationTokenSource();
        source.Cancel();
        cancellation = source.Token;
        return new DatasetBuilder.Cli.CliContext(new StringWriter(), error, new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero)), ColorOutput: false);
    }
}

using DatasetBuilder.Releases;
using DatasetBuilder.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace DatasetBuilder.Tests.Releases;

public sealed class BuildClockTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    private static readonly DateTimeOffset CommitTime = new(2024, 5, 6, 7, 8, 9, TimeSpan.Zero);

    private static BuildClock Clock(string? epoch = null) => new(new FakeTimeProvider(Now), name => name == "SOURCE_DATE_EPOCH" ? epoch : null);

    private static (TempDirectory Temp, string Data, string Commit) CommittedData()
    {
        var temp = new TempDirectory();
        var data = temp.Combine("data");
        Directory.CreateDirectory(Path.Combine(data, "articles"));
        File.WriteAllText(Path.Combine(data, "articles", "a.json"), "{}");
        return (temp, data, GitRepository.InitAndCommitAll(temp.Path));
    }

    [Fact]
    public void Resolve_CleanCommittedData_IsTheCommitAndItsTime()
    {
        var (temp, data, commit) = CommittedData();
        using var _ = temp;

        var stamp = Clock().Resolve(data);

        stamp.ShouldBe(new BuildStamp(CommitTime, commit, "git commit", DataDirty: false));
    }

    [Fact]
    public void Resolve_ModifiedTrackedFile_IsDirtyStampedByTheClock()
    {
        var (temp, data, commit) = CommittedData();
        using var _ = temp;
        File.WriteAllText(Path.Combine(data, "articles", "a.json"), "{\"edited\": true}");

        var stamp = Clock().Resolve(data);

        stamp.DataDirty.ShouldBeTrue();
        stamp.DataCommit.ShouldBe(commit + BuildClock.DirtySuffix);
        stamp.Time.ShouldBe(Now);
    }

    [Fact]
    public void Resolve_UntrackedFile_IsDirty()
    {
        var (temp, data, commit) = CommittedData();
        using var _ = temp;
        File.WriteAllText(Path.Combine(data, "articles", "new.json"), "{}");

        var stamp = Clock().Resolve(data);

        stamp.DataDirty.ShouldBeTrue();
        stamp.DataCommit.ShouldBe(commit + BuildClock.DirtySuffix);
    }

    [Fact]
    public void Resolve_ChangeOutsideTheDataFolder_IsClean()
    {
        var (temp, data, commit) = CommittedData();
        using var _ = temp;
        File.WriteAllText(temp.Combine("notes.txt"), "not data");

        Clock().Resolve(data).ShouldBe(new BuildStamp(CommitTime, commit, "git commit", DataDirty: false));
    }

    [Fact]
    public void Resolve_DirtyWithSourceDateEpoch_KeepsTheEpochAndTheDirtyMark()
    {
        var (temp, data, _) = CommittedData();
        using var __ = temp;
        File.WriteAllText(Path.Combine(data, "articles", "new.json"), "{}");

        var stamp = Clock("1700000000").Resolve(data);

        stamp.Time.ShouldBe(DateTimeOffset.FromUnixTimeSeconds(1700000000));
        stamp.DataDirty.ShouldBeTrue();
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-5")]
    [InlineData("99999999999999")]
    [InlineData("1.5")]
    [InlineData(" 17")]
    public void EpochProblem_InvalidValue_NamesTheVariableAndTheRule(string epoch)
    {
        var problem = Clock(epoch).EpochProblem();

        problem.ShouldNotBeNull();
        problem.ShouldContain($"SOURCE_DATE_EPOCH=\"{epoch}\"");
        problem.ShouldContain("whole number of seconds");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("1700000000")]
    [InlineData("253402300799")]
    public void EpochProblem_UnsetOrValid_IsNull(string? epoch)
    {
        Clock(epoch).EpochProblem().ShouldBeNull();
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-5")]
    [InlineData("99999999999999")]
    public async Task Build_InvalidSourceDateEpochThroughCli_ExitsTwoWithTheRule(string epoch)
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);

        var run = await CliProcess.RunAsync(new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = epoch }, "build", "--data", data, "--out", temp.Combine("dist"));

        run.ExitCode.ShouldBe(2, run.All);
        run.Error.ShouldContain("SOURCE_DATE_EPOCH");
        run.HasStackTrace.ShouldBeFalse();
        Directory.Exists(temp.Combine("dist")).ShouldBeFalse();
    }
}

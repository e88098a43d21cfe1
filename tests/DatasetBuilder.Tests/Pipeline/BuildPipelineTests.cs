using DatasetBuilder.Pipeline;
using DatasetBuilder.Tests.Support;
using DatasetBuilder.Validation;
using Microsoft.Extensions.Time.Testing;

namespace DatasetBuilder.Tests.Pipeline;

public sealed class BuildPipelineTests
{
    private static Task<BuildResult> Build(string data, string dist, string? version = "1.0.0") =>
        new BuildPipeline(new FakeTimeProvider()).RunAsync(new BuildOptions { DataRoot = data, OutputRoot = dist, Version = version });

    [Fact]
    public async Task RunAsync_RepositoryData_WritesEveryArticle()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var result = await Build(data, temp.Combine("dist"));
        result.Outcome.ShouldBe(BuildOutcome.Written);
        result.ArticlesWritten.ShouldBe(Directory.GetFiles(Path.Combine(data, "articles"), "*.json", SearchOption.AllDirectories).Length);
        File.Exists(Path.Combine(result.ReleaseDirectory!, "manifest.json")).ShouldBeTrue();
        File.Exists(Path.Combine(result.ReleaseDirectory!, "README.md")).ShouldBeTrue();
    }

    [Fact]
    public async Task RunAsync_SchemaViolation_WritesNothingAndNamesFileAndPointer()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var victim = Directory.GetFiles(Path.Combine(data, "articles"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        File.WriteAllText(victim, File.ReadAllText(victim).Replace("\"language\": \"ar\"", "\"language\": 7", StringComparison.Ordinal));

        var result = await Build(data, temp.Combine("dist"));

        result.Outcome.ShouldBe(BuildOutcome.InvalidData);
        var error = result.Diagnostics.Where(static d => d.Severity == DatasetBuilder.Model.Severity.Error).ShouldHaveSingleItem();
        error.Code.ShouldBe(RuleCodes.SchemaType);
        error.JsonPointer.ShouldBe("/language");
        error.File.ShouldEndWith(Path.GetFileName(victim));
        Directory.Exists(temp.Combine("dist")).ShouldBeFalse();
    }

    [Fact]
    public async Task RunAsync_ExistingVersion_IsRefusedAndLeftUntouched()
    {
        using var temp = new TempDirectory();
        var data = TestCorpus.CopyRepositoryData(temp);
        var first = await Build(data, temp.Combine("dist"));
        var manifest = Path.Combine(first.ReleaseDirectory!, "manifest.json");
        var before = File.ReadAllBytes(manifest);

        var second = await Build(data, temp.Combine("dist"));

        second.Outcome.ShouldBe(BuildOutcome.VersionExists);
        File.ReadAllBytes(manifest).ShouldBe(before);
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("v1.0.0")]
    [InlineData("01.0.0")]
    [InlineData("../../1.0.0")]
    public async Task RunAsync_MalformedVersion_IsAUsageError(string version)
    {
        using var temp = new TempDirectory();
        var result = await Build(TestCorpus.CopyRepositoryData(temp), temp.Combine("dist"), version);
        result.Outcome.ShouldBe(BuildOutcome.UsageError);
        Directory.Exists(temp.Combine("dist")).ShouldBeFalse();
    }
}

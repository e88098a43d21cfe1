using System.Text.Json;

namespace DatasetBuilder.Tests.Cli;

/// <summary>
/// The runtime settings the CLI ships with (its runtimeconfig.json, copied next to the tests by the project reference): they
/// decide how fast a short run such as <c>validate FILE</c> gets out of the unoptimised first tier (README "Benchmarks").
/// </summary>
public sealed class RuntimeConfigTests
{
    private static JsonElement ConfigProperties()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "dataset-builder.runtimeconfig.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").Clone();
    }

    [Fact]
    public void CliRuntimeConfig_CallCounting_StartsWithoutTheDefaultDelay()
    {
        var delay = ConfigProperties().GetProperty("System.Runtime.TieredCompilation.CallCountingDelayMs");

        delay.GetInt32().ShouldBe(0);
    }

    /// <summary>Dynamic PGO is what a 1M build's steady state runs on (8-11% faster with it): the tiering change must not turn it off.</summary>
    [Theory]
    [InlineData("System.Runtime.TieredPGO")]
    [InlineData("System.Runtime.TieredCompilation")]
    public void CliRuntimeConfig_TieringAndPgo_AreNotSwitchedOff(string name)
    {
        var properties = ConfigProperties();

        (properties.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.False).ShouldBeFalse();
    }
}

using System.Text.Json;

namespace DatasetBuilder.Tests.Cli;

/// <summary>
/// The runtime settings the CLI ships with (its runtimeconfig.json, copied next to the tests by the project reference): they
/// decide how fast a short run such as <c>validate FILE</c> gets out of the unoptimised first tier (the benchmark log, tests/DatasetBuilder.Benchmarks/README.md).
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

    /// <summary>
    /// Dynamic PGO is off: its instrumented tier costs a 100k build and a short <c>validate FILE</c> more than its profile gives
    /// back, and a 1M build is the same with or without it (measured side by side, in the benchmark log, tests/DatasetBuilder.Benchmarks/README.md).
    /// </summary>
    [Fact]
    public void CliRuntimeConfig_DynamicPgo_IsOff()
    {
        var pgo = ConfigProperties().GetProperty("System.Runtime.TieredPGO");

        pgo.ValueKind.ShouldBe(JsonValueKind.False);
    }

    /// <summary>Tiered compilation itself stays on: without it every method is compiled fully optimised before its first call.</summary>
    [Fact]
    public void CliRuntimeConfig_TieredCompilation_IsNotSwitchedOff()
    {
        var properties = ConfigProperties();

        (properties.TryGetProperty("System.Runtime.TieredCompilation", out var value) && value.ValueKind == JsonValueKind.False).ShouldBeFalse();
    }
}

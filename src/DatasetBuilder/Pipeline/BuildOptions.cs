using DatasetBuilder.Reading;
using DatasetBuilder.Writing;

namespace DatasetBuilder.Pipeline;

/// <summary>What <c>build</c> was asked to do.</summary>
public sealed record BuildOptions
{
    public string DataRoot { get; init; } = "data";

    public string OutputRoot { get; init; } = "dist";

    /// <summary>
    /// The version to publish (<c>X.Y.Z</c>), or <see cref="AutoVersion"/> to publish the proposed one; null builds the mutable
    /// preview folder <c>unreleased/</c>.
    /// </summary>
    public string? Version { get; init; }

    /// <summary>When false, site profiles are not consulted by the cleaner.</summary>
    public bool UseProfiles { get; init; } = true;

    /// <summary>Treat warnings as errors.</summary>
    public bool Strict { get; init; }

    /// <summary><c>--allow-dirty</c>: publish even though the data folder has uncommitted changes (the manifest says <c>data_dirty</c>).</summary>
    public bool AllowDirty { get; init; }

    /// <summary><c>--force-version</c>: publish an explicit version smaller than the change needs (or an unchanged release).</summary>
    public bool ForceVersion { get; init; }

    /// <summary>
    /// Build without the article files that have validation errors instead of refusing the release; each is listed with its
    /// findings in the result and the datasheet. Errors in <c>dataset.json</c> or the source profiles still stop the build.
    /// </summary>
    public bool SkipInvalid { get; init; }

    /// <summary>Receives the stage and progress of a long build (for a progress bar); null reports nothing.</summary>
    public IProgress<BuildProgress>? Progress { get; init; }

    public JsonLoadOptions Load { get; init; } = JsonLoadOptions.Default;

    public ParquetLayout Layout { get; init; } = ParquetLayout.Default;

    /// <summary>Folder name of a build without <see cref="Version"/>.</summary>
    public const string PreviewFolder = "unreleased";

    /// <summary><c>--version auto</c>: publish the version the build proposes from its comparison with the latest release.</summary>
    public const string AutoVersion = "auto";
}

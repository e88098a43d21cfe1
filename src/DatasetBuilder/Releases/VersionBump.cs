namespace DatasetBuilder.Releases;

/// <summary>Which part of the version a release bumps (Croissant's versioning rules).</summary>
public enum VersionBump
{
    /// <summary>No earlier release: the first one is 1.0.0.</summary>
    Initial,

    /// <summary>Nothing changed: same records, same data files, same inputs and tool version. There is nothing to publish.</summary>
    None,

    /// <summary>Same records: a new serialisation, or cleaning fixes that change no record.</summary>
    Patch,

    /// <summary>Records were only added.</summary>
    Minor,

    /// <summary>Records were removed or edited, or a column changed.</summary>
    Major,
}

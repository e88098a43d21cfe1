using System.Text;
using DatasetBuilder.Model;

namespace DatasetBuilder.Datasheet;

/// <summary>
/// <c>LICENSE</c> in every release: the licence statement of <c>dataset.json</c>, verbatim. The card's front matter points
/// <c>license_link</c> at it when the licence is <c>other</c> (the Hub asks for a name and a link for a custom licence).
/// </summary>
public static class LicenseFile
{
    public const string FileName = "LICENSE";

    /// <summary>The Hub's <c>license_name</c> for a custom licence: the dataset's machine name (already a lowercase slug) plus "-license".</summary>
    public static string HubName(DatasetMetadata dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return dataset.Name + "-license";
    }

    public static bool IsCustom(DatasetMetadata dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return string.Equals(dataset.License, "other", StringComparison.OrdinalIgnoreCase);
    }

    public static string Write(DatasetMetadata dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var s = new StringBuilder();
        s.Append(dataset.PrettyName).Append(" (").Append(dataset.Name).Append(")\n\n");
        s.Append(IsCustom(dataset) ? "Licence: custom terms, stated below.\n\n" : $"Licence: {dataset.License} (https://spdx.org/licenses/{dataset.License}.html), as stated below.\n\n");
        s.Append(dataset.LicenseStatement.Replace("\r\n", "\n", StringComparison.Ordinal).Trim()).Append('\n');
        return s.ToString();
    }
}

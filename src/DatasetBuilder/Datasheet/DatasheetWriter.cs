using System.Globalization;
using System.Text;

namespace DatasetBuilder.Datasheet;

/// <summary>Writes the release's <c>README.md</c>: Hugging Face front matter, then the datasheet.</summary>
public sealed class DatasheetWriter
{
    public string Write(DatasheetInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var d = input.Dataset;
        var rows = input.Rows;
        var s = new StringBuilder();
        s.Append("---\n");
        s.Append("pretty_name: ").Append(Yaml.Quote(d.PrettyName)).Append('\n');
        s.Append("license: ").Append(Yaml.Quote(d.License)).Append('\n');
        s.Append("language:\n- ar\n");
        s.Append("task_categories:\n- text-classification\n- summarization\n");
        s.Append("size_categories:\n- ").Append(SizeCategory(rows.Count)).Append('\n');
        s.Append("configs:\n- config_name: default\n  data_files:\n  - split: train\n    path: \"data/train-*.parquet\"\n");
        s.Append("dataset_info:\n  splits:\n  - name: train\n    num_bytes: ").Append(input.DataBytes.ToString(CultureInfo.InvariantCulture))
            .Append("\n    num_examples: ").Append(rows.Count.ToString(CultureInfo.InvariantCulture)).Append('\n');
        s.Append("---\n\n");
        s.Append("# ").Append(Markdown.Escape(d.PrettyName)).Append(" (version ").Append(input.Version).Append(")\n\n");
        s.Append(Markdown.Escape(d.Description)).Append("\n\n");
        s.Append("## Composition\n\n");
        s.Append(CultureInfo.InvariantCulture, $"{rows.Count} articles ({input.ArticlesContributed} contributed, {input.DuplicatesRemoved.Count} removed as duplicates).\n\n");
        s.Append("| source | articles |\n|---|---:|\n");
        foreach (var group in rows.GroupBy(static r => r.Source, StringComparer.Ordinal).OrderBy(static g => g.Key, StringComparer.Ordinal))
        {
            s.Append(CultureInfo.InvariantCulture, $"| {Markdown.Escape(group.Key)} | {group.Count()} |\n");
        }

        s.Append("\n## Licence\n\n").Append(Markdown.Escape(d.LicenseStatement)).Append('\n');
        return s.ToString();
    }

    internal static string SizeCategory(long n) => n switch
    {
        < 1_000 => "n<1K",
        < 10_000 => "1K<n<10K",
        < 100_000 => "10K<n<100K",
        < 1_000_000 => "100K<n<1M",
        < 10_000_000 => "1M<n<10M",
        _ => "10M<n<100M",
    };
}

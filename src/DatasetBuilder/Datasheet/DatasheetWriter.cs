using System.Globalization;
using System.Text;
using DatasetBuilder.Deduplication;
using DatasetBuilder.Model;
using DatasetBuilder.Releases;

namespace DatasetBuilder.Datasheet;

/// <summary>
/// Writes the release's <c>README.md</c>: Hugging Face front matter, then the seven sections of "Datasheets for Datasets"
/// (Gebru et al.) with the human answers from <c>data/dataset.json</c> and the figures computed from the release.
/// Everything taken from articles or answers is escaped (<see cref="Markdown"/>, <see cref="Yaml"/>).
/// </summary>
public sealed class DatasheetWriter
{
    /// <summary>Printed in place of a missing answer in a preview build (a release with one is refused by the gate).</summary>
    /// <summary>How many example rows the composition section shows.</summary>
    public const int SampleRows = 10;

    public const string Unanswered = "*Not answered yet (the release gate refuses to publish until it is).*";

    public string Write(DatasheetInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var figures = input.Figures ?? DatasheetFigures.Compute(input.Rows);
        var s = new StringBuilder();
        FrontMatter(s, input, figures);
        var d = input.Dataset;
        s.Append("# ").Append(Markdown.Escape(d.PrettyName)).Append(" — version ").Append(Markdown.Escape(input.Version)).Append("\n\n");
        s.Append(Paragraphs(d.Description)).Append("\n\n");
        s.Append(CultureInfo.InvariantCulture, $"{figures.Rows} Arabic news articles in {figures.BySource.Count} sources, one Parquet row per article. ");
        s.Append("This card follows *Datasheets for Datasets* (Gebru et al., 2021): the answers come from the maintainers, the figures are computed by the build.\n\n");
        s.Append("- [How to load it](#how-to-load-it)\n- [Motivation](#motivation)\n- [Composition](#composition)\n- [Collection process](#collection-process)\n");
        s.Append("- [Preprocessing, cleaning, labeling](#preprocessing-cleaning-labeling)\n- [Uses](#uses)\n- [Distribution](#distribution)\n- [Maintenance](#maintenance)\n\n");

        LoadSnippets(s);
        Section(s, "Motivation", DatasheetSection.Motivation, d);
        Composition(s, input, figures);
        Section(s, "Collection process", DatasheetSection.CollectionProcess, d);
        Preprocessing(s, input);
        Section(s, "Uses", DatasheetSection.Uses, d);
        Distribution(s, input);
        Section(s, "Maintenance", DatasheetSection.Maintenance, d);
        s.Append("Changes since the previous release: `CHANGELOG.md` (and `changes.json`).\n\n");
        Citation(s, input);
        return s.ToString();
    }

    private static void FrontMatter(StringBuilder s, DatasheetInput input, DatasheetFigures figures)
    {
        var d = input.Dataset;
        s.Append("---\n");
        s.Append("pretty_name: ").Append(Yaml.Quote(d.PrettyName)).Append('\n');
        s.Append("license: ").Append(Yaml.Quote(d.License)).Append('\n');
        if (LicenseFile.IsCustom(d))
        {
            // The Hub convention for a custom licence: a name and a link; the link is the LICENSE file in the release.
            s.Append("license_name: ").Append(Yaml.Quote(LicenseFile.HubName(d))).Append('\n');
            s.Append("license_link: ").Append(Yaml.Quote(LicenseFile.FileName)).Append('\n');
        }

        s.Append("language:\n");
        foreach (var language in figures.Languages.Append("ar").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            s.Append("- ").Append(Yaml.Quote(language)).Append('\n');
        }

        s.Append("task_categories:\n- text-classification\n- summarization\n");
        s.Append("size_categories:\n- ").Append(SizeCategory(figures.Rows)).Append('\n');
        if (d.Keywords.Count > 0)
        {
            s.Append("tags:\n");
            foreach (var keyword in d.Keywords)
            {
                s.Append("- ").Append(Yaml.Quote(keyword)).Append('\n');
            }
        }

        s.Append("configs:\n- config_name: default\n  data_files:\n  - split: train\n    path: \"data/train-*.parquet\"\n");
        s.Append("dataset_info:\n  features:\n");
        foreach (var column in input.Columns)
        {
            s.Append("  - name: ").Append(Yaml.Quote(column.Name)).Append('\n');
            var type = column.Type.TrimEnd('?');
            if (type.StartsWith("list<", StringComparison.Ordinal))
            {
                s.Append("    sequence: ").Append(HubDtype(type[5..^1].TrimEnd('?'))).Append('\n');
            }
            else
            {
                s.Append("    dtype: ").Append(HubDtype(type)).Append('\n');
            }
        }

        // num_bytes / dataset_size: the uncompressed data (see SplitSize); download_size: the Parquet files as downloaded.
        var splitBytes = figures.SplitBytes.ToString(CultureInfo.InvariantCulture);
        s.Append("  splits:\n  - name: train\n    num_bytes: ").Append(splitBytes)
            .Append("\n    num_examples: ").Append(figures.Rows.ToString(CultureInfo.InvariantCulture)).Append('\n');
        s.Append("  download_size: ").Append(input.DataBytes.ToString(CultureInfo.InvariantCulture)).Append('\n');
        s.Append("  dataset_size: ").Append(splitBytes).Append('\n');
        s.Append("---\n\n");
    }

    private static string HubDtype(string type) => type switch
    {
        "string" => "string",
        "int32" => "int32",
        "int64" => "int64",
        "int16" => "int16",
        "double" => "float64",
        "single" => "float32",
        "boolean" => "bool",
        "date" => "date32",
        "timestamp" => "timestamp[us]",
        _ => "string",
    };

    private static void LoadSnippets(StringBuilder s)
    {
        s.Append("## How to load it\n\n");
        s.Append("Run these from the release folder (the one holding this README); every shard has the same schema.\n\n");
        s.Append("pandas (with pyarrow):\n\n```python\nimport pandas as pd\n\ndf = pd.read_parquet(\"data/\")\n```\n\n");
        s.Append("polars:\n\n```python\nimport polars as pl\n\ndf = pl.read_parquet(\"data/*.parquet\")\n```\n\n");
        s.Append("DuckDB:\n\n```sql\nSELECT id, source, published_date, title FROM read_parquet('data/*.parquet') ORDER BY id;\n```\n\n");
        s.Append("Hugging Face `datasets`:\n\n```python\nfrom datasets import load_dataset\n\nds = load_dataset(\"parquet\", data_files={\"train\": \"data/*.parquet\"}, split=\"train\")\n```\n\n");
        s.Append("Check the files first, from the release folder:\n\n```sh\nsha256sum -c SHA256SUMS\n```\n\n");
        s.Append("(`sha256sum` is in GNU coreutils; on macOS use `shasum -a 256 -c SHA256SUMS`.) With DatasetBuilder installed, `dataset-builder verify .` also checks `manifest.json`, which hashes every file including `SHA256SUMS`, and its row count.\n\n");
    }

    private static void Section(StringBuilder s, string heading, DatasheetSection section, DatasetMetadata d, bool withHeading = true)
    {
        if (withHeading)
        {
            s.Append("## ").Append(heading).Append("\n\n");
        }

        foreach (var question in DatasheetQuestions.All.Where(q => q.Section == section))
        {
            s.Append("**").Append(question.Question).Append("**\n\n");
            s.Append(d.Datasheet.TryGetValue(question.Id, out var answer) && !DatasheetQuestions.IsPlaceholder(answer) ? Paragraphs(answer) : Unanswered).Append("\n\n");
        }
    }

    private static void Composition(StringBuilder s, DatasheetInput input, DatasheetFigures f)
    {
        s.Append("## Composition\n\n");
        s.Append("**How many instances are there in total?**\n\n");
        s.Append(CultureInfo.InvariantCulture, $"{f.Rows} articles in this release, from {input.ArticlesContributed} contributed files ");
        s.Append(CultureInfo.InvariantCulture, $"({input.DuplicatesRemoved.Count} removed as duplicates, {input.ValidationRejects.Select(static r => r.File).Distinct(StringComparer.Ordinal).Count()} rejected by validation");
        if (input.CleaningRejects.Count > 0)
        {
            s.Append(CultureInfo.InvariantCulture, $", {input.CleaningRejects.Count} left out because their text cleans to nothing");
        }

        s.Append(").\n\n");
        s.Append("| source | site | articles | share |\n|---|---|---:|---:|\n");
        foreach (var (source, name, articles) in f.BySource)
        {
            s.Append(CultureInfo.InvariantCulture, $"| {Markdown.Escape(source)} | {(name is null ? "(not identified)" : Markdown.Escape(name))} | {articles} | {Percent(articles, f.Rows)} |\n");
        }

        s.Append('\n');
        Chart(s, input, "articles-per-source");
        s.Append("**Over what period were the articles published?**\n\n");
        s.Append(f.Earliest is null
            ? "No article has a known publication date.\n\n"
            : string.Create(CultureInfo.InvariantCulture, $"From {f.Earliest:yyyy-MM-dd} to {f.Latest:yyyy-MM-dd} (a date known only to its month or year counts as the first day of that period). "));
        s.Append(CultureInfo.InvariantCulture, $"{f.YearOnly} article(s) are dated to the year only and {f.Undated} are undated; they are not in the monthly counts.\n\n");
        if (f.ByMonth.Count > 0)
        {
            s.Append("| month | articles |\n|---|---:|\n");
            foreach (var (month, articles) in f.ByMonth)
            {
                s.Append(CultureInfo.InvariantCulture, $"| {month} | {articles} |\n");
            }

            s.Append('\n');
        }

        Chart(s, input, "articles-per-month");
        s.Append("**How long are the articles?** (cleaned text)\n\n");
        s.Append("| measure | min | 25% | median | 75% | max | mean |\n|---|---:|---:|---:|---:|---:|---:|\n");
        LengthRow(s, "characters", f.Characters);
        LengthRow(s, "words", f.Words);
        s.Append('\n');
        Chart(s, input, "length-histogram");
        s.Append("**How much metadata is missing?**\n\n");
        s.Append("| field | articles without it | rate |\n|---|---:|---:|\n");
        foreach (var (field, missing) in f.Missing)
        {
            s.Append(CultureInfo.InvariantCulture, $"| {field} | {missing} | {Percent(missing, f.Rows)} |\n");
        }

        s.Append("\nUnknown facts are null, never guessed.\n\n");
        s.Append("**What does an instance look like?** The first articles by id (titles as published):\n\n");
        s.Append("| id | source | published | words | title |\n|---|---|---|---:|---|\n");
        foreach (var row in input.Rows.OrderBy(static r => r.Id, StringComparer.Ordinal).Take(SampleRows))
        {
            var date = row.PublishedDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";
            s.Append(CultureInfo.InvariantCulture, $"| {Markdown.Escape(row.Id)} | {Markdown.Escape(row.Source)} | {date} | {row.WordCount} | {Markdown.Escape(row.Title)} |\n");
        }

        s.Append('\n');
        Section(s, "Composition", DatasheetSection.Composition, input.Dataset, withHeading: false);
    }

    private static void Preprocessing(StringBuilder s, DatasheetInput input)
    {
        s.Append("## Preprocessing, cleaning, labeling\n\n");
        Section(s, string.Empty, DatasheetSection.Preprocessing, input.Dataset, withHeading: false);

        s.Append("**Validation.** ");
        var rejected = input.ValidationRejects.GroupBy(static r => r.File, StringComparer.Ordinal).OrderBy(static g => g.Key, StringComparer.Ordinal).ToList();
        var droppedIds = input.DuplicatesRemoved.Select(static d => d.Id).ToHashSet(StringComparer.Ordinal);
        var onDropped = input.ValidationWarnings.Count(d => droppedIds.Contains(Path.GetFileNameWithoutExtension(d.File)));
        s.Append(CultureInfo.InvariantCulture, $"{rejected.Count} contributed file(s) rejected; {input.ValidationWarnings.Count} warning(s) on the contributed files that passed validation ({input.ValidationWarnings.Count - onDropped} on released articles, {onDropped} on articles later removed as duplicates).\n\n");
        var findings = input.ValidationRejects.Concat(input.ValidationWarnings)
            .GroupBy(static d => (d.Code, d.Severity)).OrderBy(static g => g.Key.Code, StringComparer.Ordinal).ThenBy(static g => g.Key.Severity).ToList();
        if (findings.Count > 0)
        {
            s.Append("Findings by rule, over all contributed files:\n\n");
            s.Append("| rule | severity | findings |\n|---|---|---:|\n");
            foreach (var g in findings)
            {
                s.Append(CultureInfo.InvariantCulture, $"| {Markdown.Escape(g.Key.Code)} | {g.Key.Severity.ToString().ToLowerInvariant()} | {g.Count()} |\n");
            }

            s.Append('\n');
        }

        if (rejected.Count > 0)
        {
            // Nothing is dropped silently: every file left out is named with the stage and the reason.
            s.Append("Contributed files left out of this release, each at the validation stage:\n\n| file | rule | reason |\n|---|---|---|\n");
            foreach (var finding in rejected.SelectMany(static g => g))
            {
                s.Append(CultureInfo.InvariantCulture, $"| {Markdown.Escape(finding.File)} | {Markdown.Escape(finding.Code)} | {Markdown.Escape(finding.Message)} |\n");
            }

            s.Append('\n');
        }

        if (input.CleaningRejects.Count > 0)
        {
            s.Append("Contributed files left out of this release at the cleaning stage (their text cleans to nothing, so they would be empty rows):\n\n| file | rule | reason |\n|---|---|---|\n");
            foreach (var finding in input.CleaningRejects.OrderBy(static r => r.File, StringComparer.Ordinal))
            {
                s.Append(CultureInfo.InvariantCulture, $"| {Markdown.Escape(finding.File)} | {Markdown.Escape(finding.Code)} | {Markdown.Escape(finding.Message)} |\n");
            }

            s.Append('\n');
        }

        if (input.DuplicatesRemoved.Count == 0)
        {
            s.Append("**Duplicates.** No article was removed as an exact, near or contained duplicate.\n\n");
        }
        else
        {
            s.Append(CultureInfo.InvariantCulture, $"**Duplicates.** {input.DuplicatesRemoved.Count} article(s) removed as exact, near or contained duplicates, each listed with the released article kept in its place and measured directly against that article: similarity is the estimated Jaccard similarity of word shingles for a near duplicate, and the share of the removed article's shingles found in the kept one when it is contained in it.\n\n");
            s.Append("| removed | relation | kept | similarity |\n|---|---|---|---:|\n");
            foreach (var dup in input.DuplicatesRemoved.OrderBy(static x => x.Id, StringComparer.Ordinal))
            {
                s.Append(CultureInfo.InvariantCulture, $"| {Markdown.Escape(dup.Id)} | {Relation(dup.Kind)} | {Markdown.Escape(dup.RepresentativeId)} | {dup.Similarity:0.000} |\n");
            }

            s.Append('\n');
        }

        s.Append("**Boilerplate removed, by rule and source.** ");
        if (input.Removals.Count == 0)
        {
            s.Append("The cleaner reported no removal summary for this build.\n\n");
        }
        else
        {
            s.Append(CultureInfo.InvariantCulture, $"{input.Removals.Sum(static r => r.Characters)} characters in {input.Removals.Sum(static r => r.Spans)} spans of the released articles. Each span is listed in `audit/removals.parquet` (id, rule, start, length, reason, removed_text); the audit covers released articles only, not those removed as duplicates or rejected by validation.\n\n");
            s.Append("| rule | what it removes | source | articles | spans | characters |\n|---|---|---|---:|---:|---:|\n");
            foreach (var r in input.Removals.OrderBy(static r => r.RuleId, StringComparer.Ordinal).ThenBy(static r => r.Source, StringComparer.Ordinal))
            {
                s.Append(CultureInfo.InvariantCulture, $"| {Markdown.Escape(r.RuleId)} | {Markdown.Escape(r.RuleDescription)} | {Markdown.Escape(r.Source)} | {r.Articles} | {r.Spans} | {r.Characters} |\n");
            }

            s.Append('\n');
        }

        var templates = input.Templates.Where(static t => t.Lines.Count > 0).OrderBy(static t => t.Source, StringComparer.Ordinal).ToList();
        s.Append("**Learned site templates.** ");
        if (templates.Count == 0)
        {
            s.Append("No line recurred across articles of one source often enough to be learned as template.\n\n");
        }
        else
        {
            s.Append("Lines recurring across articles of one source (normalised form), removed as the site's template:\n\n");
            s.Append("| source | line | articles |\n|---|---|---:|\n");
            foreach (var t in templates)
            {
                foreach (var (line, count) in t.Lines.OrderByDescending(static l => l.Value).ThenBy(static l => l.Key, StringComparer.Ordinal).Take(20))
                {
                    s.Append(CultureInfo.InvariantCulture, $"| {Markdown.Escape(t.Source)} | {Markdown.Escape(line)} | {count} |\n");
                }
            }

            s.Append('\n');
        }
    }

    /// <summary>How a removed article relates to the one kept, read left to right: "removed is contained in kept".</summary>
    private static string Relation(DuplicateKind kind) => kind switch
    {
        DuplicateKind.Exact => "exact copy of",
        DuplicateKind.Near => "near duplicate of",
        DuplicateKind.Contained => "is contained in",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static void Distribution(StringBuilder s, DatasheetInput input)
    {
        s.Append("## Distribution\n\n");
        Section(s, string.Empty, DatasheetSection.Distribution, input.Dataset, withHeading: false);
        s.Append("**Licence statement.** ").Append(Paragraphs(input.Dataset.LicenseStatement)).Append("\n\n");
        s.Append("**Files.** `LICENSE` holds the licence statement. `SHA256SUMS` lists the SHA-256 of every file for `sha256sum -c`; `manifest.json` lists every file of the release (`SHA256SUMS` included) with its size and SHA-256; `croissant.json` describes it in MLCommons Croissant 1.1.\n\n");
        if (input.DataFileHashes.Count > 0)
        {
            s.Append("| file | bytes | sha256 |\n|---|---:|---|\n");
            foreach (var file in input.DataFileHashes)
            {
                s.Append(CultureInfo.InvariantCulture, $"| {Markdown.Escape(file.Path)} | {file.Bytes} | `{file.Sha256}` |\n");
            }

            s.Append('\n');
        }
    }

    private static void Citation(StringBuilder s, DatasheetInput input)
    {
        var d = input.Dataset;
        s.Append("## Citation\n\n```bibtex\n");
        s.Append("@misc{").Append(d.Name.Replace('-', '_')).Append('_').Append(input.Version.Replace('.', '_')).Append(",\n");
        s.Append("  title        = {").Append(Bibtex(d.PrettyName)).Append("},\n");
        s.Append("  author       = {").Append(Bibtex(string.Join(" and ", d.Creators.DefaultIfEmpty("DatasetBuilder maintainers")))).Append("},\n");
        s.Append("  version      = {").Append(Bibtex(input.Version)).Append("},\n");
        if (input.BuildDate is { } date)
        {
            s.Append("  year         = {").Append(date.Year.ToString(CultureInfo.InvariantCulture)).Append("},\n");
        }

        if (d.Homepage is { } homepage)
        {
            s.Append("  howpublished = {\\url{").Append(Bibtex(homepage)).Append("}},\n");
        }

        if (input.DataCommit is { } commit)
        {
            s.Append("  note         = {data commit ").Append(Bibtex(commit)).Append("},\n");
        }

        s.Append("}\n```\n");
    }

    private static void Chart(StringBuilder s, DatasheetInput input, string name)
    {
        var chart = input.Charts.FirstOrDefault(c => c.Path.EndsWith("/" + name + ".svg", StringComparison.Ordinal));
        if (chart is not null)
        {
            s.Append("![").Append(Markdown.Escape(chart.AltText)).Append("](").Append(chart.Path).Append(")\n\n");
        }
    }

    private static void LengthRow(StringBuilder s, string measure, LengthSummary l) =>
        s.Append(CultureInfo.InvariantCulture, $"| {measure} | {l.Min} | {l.Quartile1} | {l.Median} | {l.Quartile3} | {l.Max} | {l.Mean:0.0} |\n");

    private static string Percent(int part, int whole) =>
        whole == 0 ? "–" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>Escapes an answer paragraph by paragraph, so a blank line in an answer stays a paragraph break.</summary>
    private static string Paragraphs(string text) =>
        string.Join("\n\n", text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n").Select(static p => Markdown.Escape(p.Trim())).Where(static p => p.Length > 0));

    /// <summary>Inside a fenced block only the fence and BibTeX's own specials matter.</summary>
    private static string Bibtex(string value)
    {
        var b = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '{' or '}' or '\\' or '`' || char.IsControl(c))
            {
                continue;
            }

            b.Append(c);
        }

        return b.ToString();
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

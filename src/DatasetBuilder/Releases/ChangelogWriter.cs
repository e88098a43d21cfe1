using System.Globalization;
using System.Text;
using DatasetBuilder.Datasheet;

namespace DatasetBuilder.Releases;

/// <summary>Writes <c>CHANGELOG.md</c>: the article-level diff of a <see cref="ChangeSet"/> for people (changes.json is the same for programs).</summary>
public static class ChangelogWriter
{
    public const string FileName = "CHANGELOG.md";

    /// <param name="changes">The diff against the previous release.</param>
    /// <param name="titles">Titles of the articles of this release by id, to make the lists readable (escaped: they come from articles).</param>
    /// <param name="date">The build date (from the build clock).</param>
    public static string Write(ChangeSet changes, IReadOnlyDictionary<string, string> titles, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(titles);
        var s = new StringBuilder();
        s.Append("# Changelog\n\n");
        s.Append(CultureInfo.InvariantCulture, $"## {changes.Version} ({date:yyyy-MM-dd})\n\n");
        s.Append(changes.PreviousVersion is null
            ? "First release: there is no earlier version to compare with.\n\n"
            : $"Compared with {changes.PreviousVersion}: **{changes.Bump.ToString().ToLowerInvariant()}** — {Markdown.Escape(changes.Reason)}.\n\n");
        s.Append(CultureInfo.InvariantCulture, $"| added | removed | changed | unchanged |\n|---:|---:|---:|---:|\n| {changes.Added.Count} | {changes.Removed.Count} | {changes.Changed.Count} | {changes.Unchanged} |\n\n");

        if (changes.ColumnChanges.Count > 0)
        {
            s.Append("### Columns\n\n");
            foreach (var column in changes.ColumnChanges)
            {
                s.Append("- `").Append(column.Replace("`", string.Empty, StringComparison.Ordinal)).Append("`\n");
            }

            s.Append('\n');
        }

        Section(s, "Added", changes.Added.Select(id => (id, string.Empty)), titles);
        Section(s, "Removed", changes.Removed.Select(id => (id, string.Empty)), titles);
        Section(s, "Changed", changes.Changed.Select(c => (c.Id, string.Join(", ", c.Fields))), titles);
        s.Append("The same list for programs: `changes.json`.\n");
        return s.ToString();
    }

    private static void Section(StringBuilder s, string heading, IEnumerable<(string Id, string What)> items, IReadOnlyDictionary<string, string> titles)
    {
        var list = items.ToList();
        if (list.Count == 0)
        {
            return;
        }

        var withWhat = heading == "Changed";
        s.Append("### ").Append(heading).Append("\n\n");
        s.Append(withWhat ? "| id | what changed | title |\n|---|---|---|\n" : "| id | title |\n|---|---|\n");
        foreach (var (id, what) in list)
        {
            var title = titles.TryGetValue(id, out var t) ? Markdown.Escape(t) : "(no longer in the dataset)";
            s.Append("| ").Append(Markdown.Escape(id)).Append(" | ");
            if (withWhat)
            {
                s.Append(what).Append(" | ");
            }

            s.Append(title).Append(" |\n");
        }

        s.Append('\n');
    }
}

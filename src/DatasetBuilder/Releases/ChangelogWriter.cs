using System.Globalization;
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
        ArgumentNullException.ThrowIfNull(titles);
        using var s = new StringWriter(CultureInfo.InvariantCulture);
        Write(s, changes, id => titles.GetValueOrDefault(id), date);
        return s.ToString();
    }

    /// <summary>
    /// Writes the changelog to <paramref name="s"/> as it goes, asking <paramref name="title"/> for each listed id (null: not in
    /// this release), so a release that adds a million articles is never held as one string nor as a table of titles.
    /// </summary>
    public static void Write(TextWriter s, ChangeSet changes, Func<string, string?> title, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(title);
        s.Write("# Changelog\n\n");
        s.Write(string.Create(CultureInfo.InvariantCulture, $"## {changes.Version} ({date:yyyy-MM-dd})\n\n"));
        s.Write(changes.PreviousVersion is null
            ? "First release: there is no earlier version to compare with.\n\n"
            : $"Compared with {changes.PreviousVersion}: **{changes.Bump.ToString().ToLowerInvariant()}** — {Markdown.Escape(changes.Reason)}.\n\n");
        s.Write(string.Create(CultureInfo.InvariantCulture, $"| added | removed | changed | unchanged |\n|---:|---:|---:|---:|\n| {changes.Added.Count} | {changes.Removed.Count} | {changes.Changed.Count} | {changes.Unchanged} |\n\n"));

        if (changes.ColumnChanges.Count > 0)
        {
            s.Write("### Columns\n\n");
            foreach (var column in changes.ColumnChanges)
            {
                s.Write("- `");
                s.Write(column.Replace("`", string.Empty, StringComparison.Ordinal));
                s.Write("`\n");
            }

            s.Write('\n');
        }

        Section(s, "Added", changes.Added.Count, changes.Added.Select(static id => (id, string.Empty)), title);
        Section(s, "Removed", changes.Removed.Count, changes.Removed.Select(static id => (id, string.Empty)), title);
        Section(s, "Changed", changes.Changed.Count, changes.Changed.Select(static c => (c.Id, string.Join(", ", c.Fields))), title);
        s.Write("The same list for programs: `changes.json`.\n");
    }

    private static void Section(TextWriter s, string heading, int count, IEnumerable<(string Id, string What)> items, Func<string, string?> titleOf)
    {
        if (count == 0)
        {
            return;
        }

        var withWhat = heading == "Changed";
        s.Write("### ");
        s.Write(heading);
        s.Write("\n\n");
        s.Write(withWhat ? "| id | what changed | title |\n|---|---|---|\n" : "| id | title |\n|---|---|\n");
        foreach (var (id, what) in items)
        {
            var title = titleOf(id) is { } t ? Markdown.Escape(t) : "(no longer in the dataset)";
            s.Write("| ");
            s.Write(Markdown.Escape(id));
            s.Write(" | ");
            if (withWhat)
            {
                s.Write(what);
                s.Write(" | ");
            }

            s.Write(title);
            s.Write(" |\n");
        }

        s.Write('\n');
    }
}

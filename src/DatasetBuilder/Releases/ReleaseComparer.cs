using System.Globalization;

namespace DatasetBuilder.Releases;

/// <summary>
/// Diffs a release against the previous one and names the version bump by Croissant's rules: MAJOR when records are removed or
/// edited or a column is removed or retyped, MINOR when records or columns are only added, PATCH when the records are the same.
/// </summary>
/// <remarks>
/// Croissant Format Specification 1.1, "Dataset Versioning/Checkpoints", "Version"
/// (https://docs.mlcommons.org/croissant/docs/croissant-spec-1.1.html, mlcommons/croissant docs/croissant-spec-1.1.md):
/// PATCH — "the data remains the same, although it might be serialized differently"; MINOR — "the existing data is the same and
/// can still be retrieved as is: there might be additional data (e.g. new fields, new RecordSet), or even new records";
/// MAJOR — "the existing data has been changed (edited, removed or shuffled records across splits)". An added column is a new
/// field (MINOR); a removed or retyped column changes the existing data (MAJOR).
/// </remarks>
public static class ReleaseComparer
{
    public static ChangeSet Compare(ReleaseSnapshot? previous, IReadOnlyList<ColumnDescriptor> columns, IReadOnlyList<RecordFingerprint> records, string version)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(records);
        var current = ById(records, "this build");
        if (previous is null)
        {
            return new ChangeSet
            {
                Version = version,
                Bump = VersionBump.Initial,
                Reason = string.Create(CultureInfo.InvariantCulture, $"first release: {records.Count} articles"),
                Added = [.. current.Select(i => IdAt(records, i))],
            };
        }

        // Both listings walked side by side in id order: no map of either (a million records each).
        var before = ById(previous.Records, "release " + previous.Version);
        var added = new List<string>();
        var removed = new List<string>();
        var changed = new List<RecordChange>();
        var unchanged = 0;
        for (int i = 0, j = 0; i < current.Length || j < before.Length;)
        {
            var b = i < current.Length ? records[current[i]] : null;
            var a = j < before.Length ? previous.Records[before[j]] : null;
            var order = (a, b) switch
            {
                (null, _) => 1,
                (_, null) => -1,
                _ => string.CompareOrdinal(a.Id, b.Id),
            };
            if (order < 0)
            {
                removed.Add(a!.Id);
                j++;
                continue;
            }

            if (order > 0)
            {
                added.Add(b!.Id);
                i++;
                continue;
            }

            var fields = ChangedFields(a!, b!);
            if (fields.Count > 0)
            {
                changed.Add(new RecordChange(b!.Id, fields));
            }
            else
            {
                unchanged++;
            }

            i++;
            j++;
        }

        var columnChanges = CompareColumns(previous.Columns, columns);
        var (bump, reason) = Decide(added.Count, removed.Count, changed.Count, columnChanges);
        return new ChangeSet
        {
            PreviousVersion = previous.Version,
            Version = version,
            Bump = bump,
            Reason = reason,
            Added = added,
            Removed = removed,
            Changed = changed,
            Unchanged = unchanged,
            ColumnChanges = columnChanges,
        };
    }

    /// <summary>The fields whose hashes differ between two fingerprints of one id.</summary>
    private static List<string> ChangedFields(RecordFingerprint a, RecordFingerprint b)
    {
        var fields = new List<string>(3);
        if (!string.Equals(a.TextSha256, b.TextSha256, StringComparison.Ordinal))
        {
            fields.Add("text");
        }

        if (!string.Equals(a.TitleSha256, b.TitleSha256, StringComparison.Ordinal))
        {
            fields.Add("title");
        }

        if (!string.Equals(a.MetadataSha256, b.MetadataSha256, StringComparison.Ordinal))
        {
            fields.Add("metadata");
        }

        return fields;
    }

    /// <summary>The id of record <paramref name="i"/>, without making the whole fingerprint when the list is compact.</summary>
    private static string IdAt(IReadOnlyList<RecordFingerprint> records, int i) =>
        records is RecordFingerprintList compact ? compact.IdAt(i) : records[i].Id;

    /// <summary>
    /// Positions of <paramref name="records"/> in ascending id order (listings are written in that order, so this is usually
    /// 0, 1, 2…); two records with one id are an error naming it.
    /// </summary>
    private static int[] ById(IReadOnlyList<RecordFingerprint> records, string whose)
    {
        var order = new int[records.Count];
        var sorted = true;
        string? last = null;
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
            var id = IdAt(records, i);
            sorted &= last is null || string.CompareOrdinal(last, id) < 0;
            last = id;
        }

        if (!sorted)
        {
            var ids = records.Select(static r => r.Id).ToArray();
            Array.Sort(ids, order, StringComparer.Ordinal);
            for (var i = 1; i < ids.Length; i++)
            {
                if (string.Equals(ids[i - 1], ids[i], StringComparison.Ordinal))
                {
                    throw new InvalidDataException($"the records of {whose} list the id \"{ids[i]}\" twice");
                }
            }
        }

        return order;
    }

    /// <summary>The version that <paramref name="bump"/> leads to from <paramref name="previous"/>.</summary>
    public static ReleaseVersion Next(ReleaseVersion? previous, VersionBump bump) => (previous, bump) switch
    {
        (null, _) or (_, VersionBump.Initial) => new ReleaseVersion(1, 0, 0),
        ({ } p, VersionBump.None) => p,
        ({ } p, VersionBump.Major) => new ReleaseVersion(p.Major + 1, 0, 0),
        ({ } p, VersionBump.Minor) => new ReleaseVersion(p.Major, p.Minor + 1, 0),
        ({ } p, _) => new ReleaseVersion(p.Major, p.Minor, p.Patch + 1),
    };

    private static List<string> CompareColumns(IReadOnlyList<ColumnDescriptor> before, IReadOnlyList<ColumnDescriptor> after)
    {
        var old = before.ToDictionary(static c => c.Name, StringComparer.Ordinal);
        var now = after.ToDictionary(static c => c.Name, StringComparer.Ordinal);
        var changes = new List<string>();
        foreach (var name in old.Keys.Union(now.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var inOld = old.TryGetValue(name, out var o);
            var inNow = now.TryGetValue(name, out var n);
            if (inOld && !inNow)
            {
                changes.Add($"-{name} {o!.Type}");
            }
            else if (!inOld && inNow)
            {
                changes.Add($"+{name} {n!.Type}");
            }
            else if (!string.Equals(o!.Type, n!.Type, StringComparison.Ordinal))
            {
                changes.Add($"~{name} {o.Type}→{n.Type}");
            }
        }

        return changes;
    }

    private static (VersionBump Bump, string Reason) Decide(int added, int removed, int changed, List<string> columnChanges)
    {
        var counts = string.Create(CultureInfo.InvariantCulture, $"{added} added, {removed} removed, {changed} changed");
        var columnsLostOrRetyped = columnChanges.Where(static c => !c.StartsWith('+')).ToList();
        if (columnsLostOrRetyped.Count > 0)
        {
            return (VersionBump.Major, $"columns removed or retyped ({string.Join(", ", columnChanges)}); articles: {counts}");
        }

        if (removed > 0 || changed > 0)
        {
            return (VersionBump.Major, $"articles removed or edited: {counts}");
        }

        if (columnChanges.Count > 0)
        {
            return (VersionBump.Minor, $"columns only added ({string.Join(", ", columnChanges)}); articles: {counts}");
        }

        return added > 0
            ? (VersionBump.Minor, $"articles only added: {counts}")
            : (VersionBump.Patch, "same articles, same columns: only the serialisation or the documentation changed");
    }
}

namespace DatasetBuilder.Deduplication;

/// <summary>
/// Clusters exact and near-duplicate articles and keeps one per cluster (see README, "Deduplication").
/// Exact: same SHA-256 of the Arabic-normalised text. Near: MinHash over word shingles of the normalised text, LSH banding
/// for candidate pairs, each verified by estimated Jaccard (or, for truncated copies, exact containment) before union-find
/// joins them. The representative is chosen by <see cref="RepresentativeComparer"/>. Pure and independent of input order;
/// memory is linear in the number of articles.
/// </summary>
public sealed class Deduplicator(MinHashParameters parameters)
{
    public Deduplicator()
        : this(MinHashParameters.Default)
    {
    }

    public DeduplicationResult Deduplicate(IEnumerable<DedupCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        parameters.Validate();

        // A fixed order (by id) makes every later step — bucket order, union order, window — independent of the input order.
        var articles = candidates.OrderBy(static c => c.Id, StringComparer.Ordinal).ToArray();
        var table = new SignatureTable(articles.Length, parameters);
        Parallel.For(0, articles.Length, i => table.Sign(i, articles[i].Id, articles[i].Text, articles[i].Published));
        return Deduplicate(table, i => articles[i].Text);
    }

    /// <summary>
    /// Clusters articles already signed into <paramref name="table"/> in ascending id order (a streaming build signs each
    /// article as it cleans it). <paramref name="textOf"/> fetches the cleaned text of a slot; it is asked only for the few
    /// pairs whose estimate makes a truncated copy plausible, to confirm the containment exactly.
    /// </summary>
    public DeduplicationResult Deduplicate(SignatureTable table, Func<int, string> textOf)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(textOf);
        for (var i = 1; i < table.Count; i++)
        {
            var order = string.CompareOrdinal(table.Id(i - 1), table.Id(i));
            if (order == 0)
            {
                throw new ArgumentException($"Two articles share the id \"{table.Id(i)}\"; ids must be unique to deduplicate.", nameof(table));
            }

            if (order > 0)
            {
                throw new ArgumentException($"Articles must be signed in ascending id order (\"{table.Id(i - 1)}\" before \"{table.Id(i)}\").", nameof(table));
            }
        }

        var sets = new UnionFind(table.Count);
        var leaders = JoinExactCopies(table, sets);
        LshBanding.ForEachCandidate(table, leaders, parameters, (i, j) =>
        {
            if (sets.Find(i) != sets.Find(j) && IsDuplicatePair(textOf, table, i, j))
            {
                sets.Union(i, j);
            }
        });

        return new DeduplicationResult(Assign(textOf, table, sets));
    }

    /// <summary>Unions each exact copy with the first article of its text; returns the articles that go on to near matching.</summary>
    private static List<int> JoinExactCopies(SignatureTable table, UnionFind sets)
    {
        var first = new Dictionary<UInt128, int>();
        var leaders = new List<int>();
        for (var i = 0; i < table.Count; i++)
        {
            if (table.ExactKey(i) is not { } key)
            {
                continue;
            }

            if (first.TryGetValue(key, out var earlier))
            {
                sets.Union(earlier, i);
            }
            else
            {
                first[key] = i;

                // No words, no shingles: an all-max signature would match every other such text in every band.
                if (table.ShingleCount(i) > 0)
                {
                    leaders.Add(i);
                }
            }
        }

        return leaders;
    }

    private bool IsDuplicatePair(Func<int, string> textOf, SignatureTable table, int i, int j)
    {
        var similarity = table.Compare(i, j);
        return similarity.IsNear(parameters) || ConfirmedContainment(textOf, similarity, i, j) is not null;
    }

    /// <summary>The exact containment when the estimate makes it plausible and it reaches the threshold; otherwise null.</summary>
    private double? ConfirmedContainment(Func<int, string> textOf, PairSimilarity estimate, int i, int j)
    {
        if (!estimate.MayBeContained(parameters))
        {
            return null;
        }

        var exact = ShingleContainment.Compute(textOf(i), textOf(j), parameters.ShingleWords);
        return exact >= parameters.ContainmentThreshold ? exact : null;
    }

    private Dictionary<string, ClusterAssignment> Assign(Func<int, string> textOf, SignatureTable table, UnionFind sets)
    {
        var representative = new Dictionary<int, int>();
        for (var i = 0; i < table.Count; i++)
        {
            var root = sets.Find(i);
            if (!representative.TryGetValue(root, out var best) || RepresentativeComparer.Compare(table, i, best) < 0)
            {
                representative[root] = i;
            }
        }

        var clusterSizes = new int[table.Count];
        for (var i = 0; i < table.Count; i++)
        {
            clusterSizes[sets.Find(i)]++;
        }

        var assignments = new Dictionary<string, ClusterAssignment>(table.Count, StringComparer.Ordinal);
        for (var i = 0; i < table.Count; i++)
        {
            var root = sets.Find(i);
            var rep = representative[root];
            var (kind, similarity) = i == rep
                ? (clusterSizes[root] == 1 ? DuplicateKind.Unique : DuplicateKind.Representative, 1.0)
                : Relate(textOf, table, i, rep);
            assignments[table.Id(i)] = new ClusterAssignment(table.Id(i), table.Id(rep), table.Id(rep), kind, similarity);
        }

        return assignments;
    }

    private (DuplicateKind Kind, double Similarity) Relate(Func<int, string> textOf, SignatureTable table, int member, int rep)
    {
        if (table.ExactKey(member) == table.ExactKey(rep))
        {
            return (DuplicateKind.Exact, 1.0);
        }

        var similarity = table.Compare(member, rep);
        return !similarity.IsNear(parameters) && ConfirmedContainment(textOf, similarity, member, rep) is { } containment
            ? (DuplicateKind.Contained, Math.Round(containment, 4))
            : (DuplicateKind.Near, Math.Round(similarity.Jaccard, 4));
    }
}

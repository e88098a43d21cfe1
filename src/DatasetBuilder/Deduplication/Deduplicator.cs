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
        for (var i = 1; i < articles.Length; i++)
        {
            if (string.Equals(articles[i].Id, articles[i - 1].Id, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Two articles share the id \"{articles[i].Id}\"; ids must be unique to deduplicate.", nameof(candidates));
            }
        }

        var table = SignatureTable.Build(Array.ConvertAll(articles, static a => a.Text), parameters);
        var sets = new UnionFind(articles.Length);
        var leaders = JoinExactCopies(table, sets);
        LshBanding.ForEachCandidate(table, leaders, parameters, (i, j) =>
        {
            if (sets.Find(i) != sets.Find(j) && IsDuplicatePair(articles, table, i, j))
            {
                sets.Union(i, j);
            }
        });

        return new DeduplicationResult(Assign(articles, table, sets));
    }

    /// <summary>Unions each exact copy with the first article of its text; returns the articles that go on to near matching.</summary>
    private static List<int> JoinExactCopies(SignatureTable table, UnionFind sets)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
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

    private bool IsDuplicatePair(DedupCandidate[] articles, SignatureTable table, int i, int j)
    {
        var similarity = table.Compare(i, j);
        return similarity.IsNear(parameters) || ConfirmedContainment(articles, similarity, i, j) is not null;
    }

    /// <summary>The exact containment when the estimate makes it plausible and it reaches the threshold; otherwise null.</summary>
    private double? ConfirmedContainment(DedupCandidate[] articles, PairSimilarity estimate, int i, int j)
    {
        if (!estimate.MayBeContained(parameters))
        {
            return null;
        }

        var exact = ShingleContainment.Compute(articles[i].Text, articles[j].Text, parameters.ShingleWords);
        return exact >= parameters.ContainmentThreshold ? exact : null;
    }

    private Dictionary<string, ClusterAssignment> Assign(DedupCandidate[] articles, SignatureTable table, UnionFind sets)
    {
        var representative = new Dictionary<int, int>();
        for (var i = 0; i < articles.Length; i++)
        {
            var root = sets.Find(i);
            if (!representative.TryGetValue(root, out var best) || RepresentativeComparer.Instance.Compare(articles[i], articles[best]) < 0)
            {
                representative[root] = i;
            }
        }

        var clusterSizes = new int[articles.Length];
        for (var i = 0; i < articles.Length; i++)
        {
            clusterSizes[sets.Find(i)]++;
        }

        var assignments = new Dictionary<string, ClusterAssignment>(articles.Length, StringComparer.Ordinal);
        for (var i = 0; i < articles.Length; i++)
        {
            var root = sets.Find(i);
            var rep = representative[root];
            var (kind, similarity) = i == rep
                ? (clusterSizes[root] == 1 ? DuplicateKind.Unique : DuplicateKind.Representative, 1.0)
                : Relate(articles, table, i, rep);
            assignments[articles[i].Id] = new ClusterAssignment(articles[i].Id, articles[rep].Id, articles[rep].Id, kind, similarity);
        }

        return assignments;
    }

    private (DuplicateKind Kind, double Similarity) Relate(DedupCandidate[] articles, SignatureTable table, int member, int rep)
    {
        if (string.Equals(table.ExactKey(member), table.ExactKey(rep), StringComparison.Ordinal))
        {
            return (DuplicateKind.Exact, 1.0);
        }

        var similarity = table.Compare(member, rep);
        return !similarity.IsNear(parameters) && ConfirmedContainment(articles, similarity, member, rep) is { } containment
            ? (DuplicateKind.Contained, Math.Round(containment, 4))
            : (DuplicateKind.Near, Math.Round(similarity.Jaccard, 4));
    }
}

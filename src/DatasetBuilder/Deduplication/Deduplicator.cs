namespace DatasetBuilder.Deduplication;

/// <summary>
/// Clusters exact and near-duplicate articles and keeps one per cluster (see README, "Deduplication").
/// Exact: same SHA-256 of the Arabic-normalised text. Near: MinHash over word shingles of the normalised text, LSH banding
/// for candidate pairs, each verified by estimated Jaccard (or, for truncated copies, exact containment) before union-find
/// links them. Links only say which articles to look at together: within each linked component the fullest text is kept
/// (metadata, date and id break ties, <see cref="RepresentativeComparer"/>) and a member is dropped only when it is itself a
/// duplicate of that kept copy, measured directly; the others are kept or grouped again among themselves. Pure and
/// independent of input order; memory is linear in the number of articles.
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

    /// <summary>
    /// Union-find only says which articles are linked, possibly through others (A≈B≈C, or two articles both contained in one
    /// roundup). Within each such component the kept copies are chosen greedily: the best remaining member (fullest, then
    /// <see cref="RepresentativeComparer"/>) is kept, every remaining member that is directly a duplicate of it (exact, near, or
    /// contained in it) is dropped into it, and the rest start over. So no article is ever dropped on the strength of a chain.
    /// </summary>
    private Dictionary<string, ClusterAssignment> Assign(DedupCandidate[] articles, SignatureTable table, UnionFind sets)
    {
        var components = new Dictionary<int, List<int>>();
        for (var i = 0; i < articles.Length; i++)
        {
            var root = sets.Find(i);
            if (!components.TryGetValue(root, out var members))
            {
                components[root] = members = [];
            }

            members.Add(i);
        }

        var assignments = new Dictionary<string, ClusterAssignment>(articles.Length, StringComparer.Ordinal);
        foreach (var members in components.Values)
        {
            AssignComponent(articles, table, members, assignments);
        }

        return assignments;
    }

    private void AssignComponent(DedupCandidate[] articles, SignatureTable table, List<int> members, Dictionary<string, ClusterAssignment> assignments)
    {
        var remaining = members;
        while (remaining.Count > 0)
        {
            var rep = ChooseRepresentative(articles, table, remaining);
            var repId = articles[rep].Id;
            HashSet<ulong>? repShingles = null;
            var rest = new List<int>();
            var dropped = 0;
            foreach (var member in remaining)
            {
                if (member == rep)
                {
                    continue;
                }

                if (Relate(articles, table, member, rep, ref repShingles) is { } relation)
                {
                    assignments[articles[member].Id] = new ClusterAssignment(articles[member].Id, repId, repId, relation.Kind, relation.Similarity);
                    dropped++;
                }
                else
                {
                    rest.Add(member);
                }
            }

            assignments[repId] = new ClusterAssignment(repId, repId, repId, dropped == 0 ? DuplicateKind.Unique : DuplicateKind.Representative, 1.0);
            remaining = rest;
        }
    }

    /// <summary>The fullest members (normalised length within <see cref="RepresentativeComparer.FullnessRatio"/> of the longest),
    /// then the first of those by <see cref="RepresentativeComparer"/>.</summary>
    private static int ChooseRepresentative(DedupCandidate[] articles, SignatureTable table, List<int> members)
    {
        var longest = members.Max(table.KeyLength);
        var best = -1;
        foreach (var i in members)
        {
            if (table.KeyLength(i) < RepresentativeComparer.FullnessRatio * longest)
            {
                continue;
            }

            if (best < 0 || RepresentativeComparer.Instance.Compare((articles[i], table.KeyLength(i)), (articles[best], table.KeyLength(best))) < 0)
            {
                best = i;
            }
        }

        return best;
    }

    /// <summary>How <paramref name="member"/> duplicates <paramref name="rep"/>, measured directly; null when it does not.
    /// Containment is directed: the member's shingles found in the representative, never the other way round.</summary>
    private (DuplicateKind Kind, double Similarity)? Relate(DedupCandidate[] articles, SignatureTable table, int member, int rep, ref HashSet<ulong>? repShingles)
    {
        if (table.ExactKey(member) is { } key && string.Equals(key, table.ExactKey(rep), StringComparison.Ordinal))
        {
            return (DuplicateKind.Exact, 1.0);
        }

        var similarity = table.Compare(member, rep);
        if (similarity.IsNear(parameters))
        {
            return (DuplicateKind.Near, Math.Round(similarity.Jaccard, 4));
        }

        var memberShingles = table.ShingleCount(member);
        var estimate = PairSimilarity.EstimatedIntersection(similarity.Jaccard, memberShingles, table.ShingleCount(rep)) / Math.Max(1, memberShingles);
        if (memberShingles < parameters.MinContainedShingles || estimate < parameters.ContainmentThreshold - PairSimilarity.ContainmentMargin)
        {
            return null;
        }

        repShingles ??= [.. ShingleContainment.Shingles(articles[rep].Text, parameters.ShingleWords)];
        var exact = ShingleContainment.Directed(ShingleContainment.Shingles(articles[member].Text, parameters.ShingleWords), repShingles);
        return exact >= parameters.ContainmentThreshold ? (DuplicateKind.Contained, Math.Round(exact, 4)) : null;
    }
}

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
        var table = new SignatureTable(articles.Length, parameters);
        Parallel.For(0, articles.Length, i => table.Sign(i, articles[i]));
        return Deduplicate(table, i => articles[i].Text);
    }

    /// <summary>
    /// Clusters articles already signed into <paramref name="table"/> in ascending id order (a streaming build signs each
    /// article as it cleans it). <paramref name="textOf"/> fetches the cleaned text of a slot; it is asked only for the
    /// articles of pairs whose estimate makes a truncated copy plausible, to confirm the containment exactly, and once per
    /// article while <see cref="ShingleSets"/> holds its shingles (however many pairs it is in).
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
        var shingles = new ShingleSets(textOf, parameters.ShingleWords);
        LshBanding.ForEachCandidate(table, leaders, parameters, (i, j) =>
        {
            if (sets.Find(i) != sets.Find(j) && IsDuplicatePair(shingles, table, i, j))
            {
                sets.Union(i, j);
            }
        });

        return new DeduplicationResult(Assign(shingles, table, sets));
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

    private bool IsDuplicatePair(ShingleSets shingles, SignatureTable table, int i, int j)
    {
        var similarity = table.Compare(i, j);
        return similarity.IsNear(parameters) || ConfirmedContainment(shingles, similarity, i, j) is not null;
    }

    /// <summary>The exact containment when the estimate makes it plausible and it reaches the threshold; otherwise null.</summary>
    private double? ConfirmedContainment(ShingleSets shingles, PairSimilarity estimate, int i, int j)
    {
        if (!estimate.MayBeContained(parameters))
        {
            return null;
        }

        return ShingleContainment.AtLeast(shingles.Of(i), shingles.Of(j), parameters.ContainmentThreshold);
    }

    /// <summary>
    /// Union-find only says which articles are linked, possibly through others (A≈B≈C, or two articles both contained in one
    /// roundup). Within each such component the kept copies are chosen greedily: the best remaining member (fullest, then
    /// <see cref="RepresentativeComparer"/>) is kept, every remaining member that is directly a duplicate of it (exact, near, or
    /// contained in it) is dropped into it, and the rest start over. So no article is ever dropped on the strength of a chain.
    /// </summary>
    private ClusterAssignmentDictionary Assign(ShingleSets shingles, SignatureTable table, UnionFind sets)
    {
        // Most articles are alone in their component: only linked groups get a member list (a list per article was about
        // 100 MB at a million articles) and an assignment kept; ClusterAssignmentDictionary makes a lone article's when asked.
        var roots = new int[table.Count];
        var sizes = new int[table.Count];
        for (var i = 0; i < table.Count; i++)
        {
            roots[i] = sets.Find(i);
            sizes[roots[i]]++;
        }

        var components = new Dictionary<int, List<int>>();
        for (var i = 0; i < table.Count; i++)
        {
            if (sizes[roots[i]] < 2)
            {
                continue;
            }

            if (!components.TryGetValue(roots[i], out var members))
            {
                components[roots[i]] = members = new List<int>(sizes[roots[i]]);
            }

            members.Add(i);
        }

        var assignments = new Dictionary<string, ClusterAssignment>(StringComparer.Ordinal);
        foreach (var members in components.Values)
        {
            AssignComponent(shingles, table, members, assignments);
        }

        return new ClusterAssignmentDictionary(table.Ids, assignments);
    }

    private void AssignComponent(ShingleSets shingles, SignatureTable table, List<int> members, Dictionary<string, ClusterAssignment> assignments)
    {
        var remaining = members;
        while (remaining.Count > 0)
        {
            var rep = ChooseRepresentative(table, remaining);
            var repId = table.Id(rep);
            ulong[]? repShingles = null;
            var rest = new List<int>();
            var dropped = 0;
            foreach (var member in remaining)
            {
                if (member == rep)
                {
                    continue;
                }

                if (Relate(shingles, table, member, rep, ref repShingles) is { } relation)
                {
                    assignments[table.Id(member)] = new ClusterAssignment(table.Id(member), repId, repId, relation.Kind, relation.Similarity);
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
    private static int ChooseRepresentative(SignatureTable table, List<int> members)
    {
        var longest = members.Max(table.KeyLength);
        var best = -1;
        foreach (var i in members)
        {
            if (table.KeyLength(i) < RepresentativeComparer.FullnessRatio * longest)
            {
                continue;
            }

            if (best < 0 || RepresentativeComparer.Compare(table, i, best) < 0)
            {
                best = i;
            }
        }

        return best;
    }

    /// <summary>How <paramref name="member"/> duplicates <paramref name="rep"/>, measured directly; null when it does not.
    /// Containment is directed: the member's shingles found in the representative, never the other way round.</summary>
    private (DuplicateKind Kind, double Similarity)? Relate(ShingleSets shingles, SignatureTable table, int member, int rep, ref ulong[]? repShingles)
    {
        if (table.ExactKey(member) is { } key && key == table.ExactKey(rep))
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

        repShingles ??= shingles.Of(rep);
        return ShingleContainment.DirectedAtLeast(shingles.Of(member), repShingles, parameters.ContainmentThreshold) is { } exact
            ? (DuplicateKind.Contained, Math.Round(exact, 4))
            : null;
    }
}

using DatasetBuilder.Cleaning;
using DatasetBuilder.Deduplication;
using DatasetBuilder.Model;
using DatasetBuilder.Reading;
using DatasetBuilder.Writing;

namespace DatasetBuilder.Pipeline;

/// <summary>
/// Pass 2: re-reads each valid article (in id order, in bounded batches cleaned on all cores), cleans it, builds its row,
/// signs its cleaned text for deduplication and spills row and audit to a temporary file (the signatures to another), so
/// neither text nor signatures stay in memory.
/// An article whose text cleans to nothing is left out here (<see cref="EmptyAfterCleaning"/>, with the rules that
/// removed its text), never released as an empty row.
/// </summary>
internal sealed class CleaningStage(BuildOptions options, IReadOnlyDictionary<string, SourceProfile> sources, IReadOnlyList<SiteTemplate> templates)
{
    /// <summary>Articles cleaned together; bounds what is in memory (a few MB of text) while keeping both cores busy.</summary>
    public const int BatchSize = 256;

    /// <summary>The code of an article left out because its cleaned text is empty (build stage codes: DSB11x).</summary>
    public const string EmptyAfterCleaning = "DSB110";

    /// <summary>Appended to the spill's path for the file that holds the signatures until deduplication.</summary>
    public const string SignatureSuffix = ".signatures";

    public CleanedCorpus Run(IReadOnlyList<ArticleFacts> articles, string spillPath, StageClock clock, CancellationToken cancellationToken)
    {
        var templateBySource = templates.ToDictionary(static t => t.Source, StringComparer.Ordinal);
        var loader = new JsonFileLoader(options.Load);
        var cleaner = new ArticleCleaner();
        // The signatures (the largest per-article state) wait for deduplication in a file beside the text spill.
        var signatures = new SignatureTable(articles.Count, MinHashParameters.Default, spillPath + SignatureSuffix, BatchSize);
        var offsets = new long[articles.Count];
        var leftOut = new Diagnostic?[articles.Count];
        var spill = new ArticleSpill(spillPath);
        try
        {
            var records = new byte[BatchSize][];
            for (var start = 0; start < articles.Count; start += BatchSize)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var count = Math.Min(BatchSize, articles.Count - start);
                Parallel.For(0, count, new ParallelOptions { CancellationToken = cancellationToken }, k =>
                {
                    var slot = start + k;
                    var article = Reload(loader, articles[slot]);
                    var profile = sources.GetValueOrDefault(article.Source);
                    var cleaned = cleaner.Clean(new CleaningContext
                    {
                        Article = article,
                        Profile = profile,
                        Template = templateBySource.GetValueOrDefault(article.Source),
                        UseProfiles = options.UseProfiles,
                    });

                    // The cluster columns are filled in when the rows are written, after deduplication.
                    var unclustered = new ClusterAssignment(article.Id, article.Id, article.Id, DuplicateKind.Unique, 1.0);
                    var row = DatasetRowFactory.Create(article, profile, cleaned, unclustered, 1);
                    // The row's metadata (source, url, agency as released) weighs in the choice of the copy kept.
                    signatures.Sign(slot, new DedupCandidate(articles[slot].Id, cleaned.Text, article.Published ?? cleaned.Metadata.Published) { Source = row.Source, Url = row.Url, Agency = row.Agency });
                    var audit = RemovalAuditWriter.RowsOf(article, cleaned).ToList();
                    if (string.IsNullOrWhiteSpace(cleaned.Text))
                    {
                        // Still signed and spilled (slots stay dense); the writing stage skips it. An empty text is unique to
                        // deduplication, so no other article was dropped into it.
                        leftOut[slot] = EmptyBody(articles[slot], audit);
                    }

                    records[k] = ArticleSpill.Encode(new SpilledArticle(row, audit));
                });

                for (var k = 0; k < count; k++)
                {
                    offsets[start + k] = spill.Append(records[k]);
                    records[k] = [];
                }

                signatures.Flush(start + count);

                clock.Report(start + count, articles.Count);
            }

            return new CleanedCorpus(spill, offsets, signatures) { LeftOut = leftOut };
        }
        catch
        {
            spill.Dispose();
            signatures.Dispose();
            throw;
        }
    }

    private static Diagnostic EmptyBody(ArticleFacts facts, List<RemovalAuditRow> audit)
    {
        var rules = audit.Select(static r => r.Rule).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var why = rules.Count == 0 ? "the text holds no words" : $"every paragraph was removed by the cleaner's rules {string.Join(", ", rules)}";
        return new Diagnostic(facts.File.DisplayPath, null, null, "/text", EmptyAfterCleaning, Severity.Warning,
            $"left out at the cleaning stage: the text of article \"{facts.Id}\" cleans to nothing ({why}), so it would be an empty row. Check the text, or the source profile's rules (`clean --explain` shows what was removed)");
    }

    /// <summary>The article as validated in pass 1; a file that no longer loads changed under the build.</summary>
    private static Article Reload(JsonFileLoader loader, ArticleFacts facts)
    {
        var loaded = loader.Load(facts.File);
        if (!loaded.Success)
        {
            throw new InvalidDataException($"{facts.File.DisplayPath}: the file changed during the build and no longer loads; build again");
        }

        using var document = loaded.Document!;
        var article = ArticleMapper.Map(document.RootElement);
        return string.Equals(article.Id, facts.Id, StringComparison.Ordinal)
            ? article
            : throw new InvalidDataException($"{facts.File.DisplayPath}: the file changed during the build (its id is now \"{article.Id}\"); build again");
    }
}

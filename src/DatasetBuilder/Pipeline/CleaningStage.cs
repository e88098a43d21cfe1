using System.Buffers;
using System.Text.Json;
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
internal sealed class CleaningStage(BuildOptions options, IReadOnlyDictionary<string, SourceProfile> sources, IReadOnlyList<SiteTemplate> templates, ArticleCleaner? cleaner = null)
{
    /// <summary>Articles cleaned together; bounds what is in memory (a few MB of text) while keeping both cores busy.</summary>
    public const int BatchSize = 256;

    /// <summary>The code of an article left out because its cleaned text is empty (build stage codes: DSB11x).</summary>
    public const string EmptyAfterCleaning = "DSB110";

    /// <summary>Appended to the spill's path for the file that holds the signatures until deduplication.</summary>
    public const string SignatureSuffix = ".signatures";

    /// <summary>The first buffer an article is re-read into: most article files are a few KB; a larger one grows it.</summary>
    private const int ReloadBufferBytes = 1 << 16;

    public CleanedCorpus Run(IReadOnlyList<ArticleFacts> articles, string spillPath, StageClock clock, CancellationToken cancellationToken)
    {
        var templateBySource = templates.ToDictionary(static t => t.Source, StringComparer.Ordinal);
        var articleCleaner = cleaner ?? new ArticleCleaner();
        // The signatures (the largest per-article state) wait for deduplication in a file beside the text spill.
        var signatures = new SignatureTable(articles.Count, MinHashParameters.Default, spillPath + SignatureSuffix, BatchSize);
        var offsets = new long[articles.Count];
        var leftOut = new Diagnostic?[articles.Count];
        var spill = new ArticleSpill(spillPath);

        // A batch's records are appended to the spill on another thread while the next batch is cleaned: appended in turn
        // on the calling thread, they left the second core idle for a tenth of the stage (the writes are system time).
        var appending = Task.CompletedTask;
        try
        {
            var records = new byte[BatchSize][];
            var appended = new byte[BatchSize][];
            for (var start = 0; start < articles.Count; start += BatchSize)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var count = Math.Min(BatchSize, articles.Count - start);
                ForEachInBatch(count, k =>
                {
                    var slot = start + k;
                    var (article, rawSha256) = Reload(options.Load, articles[slot]);
                    var profile = sources.GetValueOrDefault(article.Source);
                    var cleaned = Clean(articleCleaner, articles[slot], new CleaningContext
                    {
                        Article = article,
                        Profile = profile,
                        Template = templateBySource.GetValueOrDefault(article.Source),
                        UseProfiles = options.UseProfiles,
                    });

                    // The cluster columns are filled in when the rows are written, after deduplication.
                    var unclustered = new ClusterAssignment(article.Id, article.Id, article.Id, DuplicateKind.Unique, 1.0);
                    var row = DatasetRowFactory.Create(article, profile, cleaned, unclustered, 1, rawSha256);
                    // The row's metadata (source, url, agency as released) weighs in the choice of the copy kept.
                    signatures.Sign(slot, new DedupCandidate(articles[slot].Id, cleaned.Text, article.Published ?? cleaned.Metadata.Published) { Source = row.Source, Url = row.Url, Agency = row.Agency, MatchingKey = cleaned.MatchingKey });
                    var audit = RemovalAuditWriter.RowsOf(article, cleaned).ToList();
                    if (string.IsNullOrWhiteSpace(cleaned.Text))
                    {
                        // Still signed and spilled (slots stay dense); the writing stage skips it. An empty text is unique to
                        // deduplication, so no other article was dropped into it.
                        leftOut[slot] = EmptyBody(articles[slot], audit);
                    }

                    records[k] = ArticleSpill.Encode(new SpilledArticle(row, audit));
                }, cancellationToken);

                signatures.Flush(start + count);

                // The previous batch's appends end first (the spill is appended in id order, one writer at a time); then its
                // array takes this batch's records.
                appending.GetAwaiter().GetResult();
                (records, appended) = (appended, records);
                appending = AppendAsync(spill, appended, count, offsets, start);
                clock.Report(start + count, articles.Count);
            }

            appending.GetAwaiter().GetResult();
            return new CleanedCorpus(spill, offsets, signatures) { LeftOut = leftOut };
        }
        catch
        {
            // Never dispose the spill under a write still running; that write's own failure is not the one to report.
            try
            {
                appending.GetAwaiter().GetResult();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ObjectDisposedException)
            {
            }

            spill.Dispose();
            signatures.Dispose();
            throw;
        }
    }

    /// <summary>Appends <paramref name="count"/> records, in order, on a pool thread, noting each one's offset in its slot.</summary>
    private static Task AppendAsync(ArticleSpill spill, byte[][] records, int count, long[] offsets, int firstSlot) => Task.Run(() =>
    {
        for (var k = 0; k < count; k++)
        {
            offsets[firstSlot + k] = spill.Append(records[k]);
            records[k] = [];
        }
    });

    /// <summary>
    /// Runs <paramref name="body"/> for 0..<paramref name="count"/> on all cores. A file that changed under the build is the
    /// user's to fix, not a bug: it surfaces as itself (the first by message, so the same one every time), not wrapped.
    /// </summary>
    private static void ForEachInBatch(int count, Action<int> body, CancellationToken cancellationToken)
    {
        try
        {
            Parallel.For(0, count, new ParallelOptions { CancellationToken = cancellationToken }, body);
        }
        catch (AggregateException e) when (e.InnerExceptions.OfType<InvalidDataException>().MinBy(static x => x.Message, StringComparer.Ordinal) is { } changed)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(changed);
        }
        catch (AggregateException e) when (e.InnerExceptions.OfType<ArticleCleaningException>().MinBy(static x => x.Message, StringComparer.Ordinal) is { } failed)
        {
            // One of the batch's failures, the same whichever thread met its article first.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failed);
        }
    }

    /// <summary>Cleans one article; a failure of the cleaner's own names the article's file (<see cref="ArticleCleaningException"/>).</summary>
    private static CleaningResult Clean(ArticleCleaner cleaner, ArticleFacts facts, CleaningContext context)
    {
        try
        {
            return cleaner.Clean(context);
        }
        catch (Exception e) when (e is not (OperationCanceledException or InvalidDataException or OutOfMemoryException))
        {
            throw ArticleCleaningException.For(facts.File.DisplayPath, e);
        }
    }

    private static Diagnostic EmptyBody(ArticleFacts facts, List<RemovalAuditRow> audit)
    {
        var rules = audit.Select(static r => r.Rule).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var why = rules.Count == 0 ? "the text holds no words" : $"every paragraph was removed by the cleaner's rules {string.Join(", ", rules)}";
        return new Diagnostic(facts.File.DisplayPath, null, null, "/text", EmptyAfterCleaning, Severity.Warning,
            $"left out at the cleaning stage: the text of article \"{facts.Id}\" cleans to nothing ({why}), so it would be an empty row. Check the text, or the source profile's rules (`clean --explain` shows what was removed)");
    }

    /// <summary>
    /// The article as validated in pass 1, parsed straight from its bytes (<see cref="ArticleReloader"/>, which hashes the raw
    /// text as it decodes it): the file passed every check of the loader then, so only what tells a file that changed since is
    /// kept (UTF-8, duplicate keys, depth — all checked by the parser — the id, and the fingerprint of every field). A file
    /// that no longer loads, or whose fields differ from what pass 1 validated, changed under the build.
    /// </summary>
    private static ReloadedArticle Reload(JsonLoadOptions load, ArticleFacts facts)
    {
        ReloadedArticle article;
        // A pooled buffer (the mapped article holds strings, not the bytes), read to the file's end.
        var buffer = ArrayPool<byte>.Shared.Rent(ReloadBufferBytes);
        try
        {
            var read = PositionalRead.ReadFile(facts.File.FullPath, 0, ref buffer, load.MaxFileBytes);
            if (read > load.MaxFileBytes)
            {
                throw new InvalidDataException($"{facts.File.DisplayPath}: the file changed during the build and is now over the size limit; build again");
            }

            var start = buffer.AsSpan(0, read).StartsWith("\uFEFF"u8) ? 3 : 0;
            article = ArticleReloader.Parse(buffer, start, read - start, load.MaxDepth);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
        {
            throw new InvalidDataException($"{facts.File.DisplayPath}: the file changed during the build and no longer loads; build again", e);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        if (!string.Equals(article.Article.Id, facts.Id, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{facts.File.DisplayPath}: the file changed during the build (its id is now \"{article.Article.Id}\"); build again");
        }

        // Any other field edited since pass 1 validated it: what would be released is not what was checked.
        return facts.Fingerprint == 0 || facts.Fingerprint == ArticleFingerprint.Of(article.Article)
            ? article
            : throw new InvalidDataException($"{facts.File.DisplayPath}: the file changed during the build (its content is no longer what was validated); build again");
    }
}

using System.Collections.Concurrent;
using DatasetBuilder.Cleaning;
using DatasetBuilder.Model;
using DatasetBuilder.Reading;
using DatasetBuilder.Validation;

namespace DatasetBuilder.Pipeline;

/// <summary>
/// Pass 1: validates every file (on all cores) and, while each valid article is in hand, counts its template-candidate lines;
/// then lets the article go, keeping only its path and id. With <see cref="BuildOptions.SkipInvalid"/>, article files with
/// errors (their own or a corpus-wide one) are kept out and listed as rejects.
/// </summary>
internal sealed class ValidationStage(BuildOptions options, TimeProvider timeProvider)
{
    public ValidatedCorpus Run(DataLayout layout, StageClock clock)
    {
        var counter = new SiteTemplateCounter();
        var passed = new ConcurrentQueue<ArticleFacts>();
        var folders = new ConcurrentDictionary<string, ContributionFile>(StringComparer.Ordinal);
        var done = 0;
        var report = new CorpusValidator(options.Load, timeProvider).Validate(layout, null, valid =>
        {
            counter.Add(valid.Article);
            passed.Enqueue(ArticleFacts.Of(valid.File, valid.Article.Id, folders, ArticleFingerprint.Of(valid.Article)));

            // The number of files is the validator's to know: report the count alone (total 0).
            if (Interlocked.Increment(ref done) % 1000 == 0)
            {
                clock.Report(done, 0);
            }
        });

        var errors = report.Diagnostics.Where(static d => d.Severity == Severity.Error).ToList();
        var articlesPrefix = layout.File(layout.ArticlesDirectory).DisplayPath.TrimEnd('/') + "/";
        var rejects = options.SkipInvalid ? errors.Where(d => d.File.StartsWith(articlesPrefix, StringComparison.Ordinal)).ToList() : [];
        var rejectedFiles = rejects.Select(static d => d.File).ToHashSet(StringComparer.Ordinal);
        return new ValidatedCorpus
        {
            Report = report,
            Articles = [.. passed.Where(f => !rejectedFiles.Contains(f.File.DisplayPath)).OrderBy(static f => f.Id, StringComparer.Ordinal)],
            Templates = counter.Learn(),
            Rejects = rejects,
            BlockingErrors = errors.Count - rejects.Count,
        };
    }
}

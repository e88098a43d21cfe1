using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Text.Json;
using DatasetBuilder.Model;
using DatasetBuilder.Reading;
using DatasetBuilder.Text;
using FluentValidation.Results;

namespace DatasetBuilder.Validation;

/// <summary>
/// Validates a data folder: <c>dataset.json</c>, every source profile and every article file, each against its JSON Schema
/// and then its content rules, plus the corpus-wide checks (same id, url or raw text in two files).
/// A bad file never stops the other files from getting their verdict.
/// </summary>
public sealed class CorpusValidator(JsonLoadOptions loadOptions, TimeProvider timeProvider)
{
    private readonly JsonFileLoader _loader = new(loadOptions);
    private readonly SourceProfileValidator _sourceRules = new();
    private readonly MessagePool _messages = new();

    /// <summary>
    /// Folder of the keys cache (<see cref="ArticleKeyCache"/>) a partial validation reads the other files' keys from;
    /// null (the default) to scan them all every time. The verdict is the same either way.
    /// </summary>
    public string? KeyCacheDirectory { get; init; }

    /// <summary>
    /// With fewer stale cache entries than this (and than a tenth of the files) they are read again rather than asking git
    /// which files are unchanged: starting git costs more than reading a few files.
    /// </summary>
    internal int MinStaleFilesForGit { get; init; } = 64;

    /// <summary>
    /// False to skip, in a partial validation, the scan of the other article files for the corpus-wide checks (duplicates):
    /// for a caller that needs only the selected files' own checks, as <c>clean</c> counting a source's templates does.
    /// </summary>
    internal bool ScanOthers { get; init; } = true;

    /// <summary>Validates everything under <paramref name="layout"/>.</summary>
    public ValidationReport Validate(DataLayout layout) => Validate(layout, null);

    /// <summary>
    /// Validates the dataset metadata, the source profiles and the article files under <paramref name="articlePaths"/>
    /// (files or folders; null for all). The other article files are only scanned for the corpus-wide checks the selected
    /// files take part in, and get no findings of their own.
    /// </summary>
    public ValidationReport Validate(DataLayout layout, IReadOnlyCollection<string>? articlePaths) => Validate(layout, articlePaths, null);

    /// <summary>
    /// Validates like <see cref="Validate(DataLayout, IReadOnlyCollection{string})"/>, but hands each article that passed its own
    /// checks to <paramref name="onValid"/> (from several threads, in no particular order) instead of keeping it in the report,
    /// so a streaming build holds no article text. The corpus-wide checks run after all files, so an article handed over may
    /// still get a duplicate finding in the report; the caller must consult <see cref="ValidationReport.Diagnostics"/>.
    /// </summary>
    public ValidationReport Validate(DataLayout layout, IReadOnlyCollection<string>? articlePaths, Action<ValidArticle>? onValid)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var diagnostics = new ConcurrentQueue<Diagnostic>();
        var walker = new DataFileWalker(layout);
        var files = 0;

        // The walk of the article files (on both cores) runs while the metadata and the source profiles are read and checked
        // (on one, mostly the JSON Schema library's start): a partial validation's first second is these two.
        var walking = Task.Run(() => walker.Walk(layout.ArticlesDirectory, recursive: true));

        DatasetMetadata? dataset = null;
        var datasetFile = layout.File(layout.DatasetFile);
        if (File.Exists(layout.DatasetFile))
        {
            files++;
            dataset = LoadAs(datasetFile, SchemaKind.Dataset, diagnostics, DatasetMetadataMapper.Map);
            foreach (var d in DatasheetCompleteness.Check(datasetFile, dataset))
            {
                diagnostics.Enqueue(d);
            }
        }
        else
        {
            diagnostics.Enqueue(new Diagnostic(datasetFile.DisplayPath, null, null, null, RuleCodes.MissingMetadata, Severity.Error,
                $"{datasetFile.DisplayPath} is missing; it names the dataset and holds the datasheet answers"));
        }

        var sources = LoadSources(layout, walker, diagnostics, ref files);

        var selection = articlePaths?.Select(static p => Path.GetFullPath(p).TrimEnd(Path.DirectorySeparatorChar)).ToList();
        bool IsSelected(ContributionFile f) => selection is null
            || selection.Exists(p => f.FullPath.Equals(p, StringComparison.Ordinal) || f.FullPath.StartsWith(p + Path.DirectorySeparatorChar, StringComparison.Ordinal));

        var entries = walking.GetAwaiter().GetResult();
        if (selection is null && entries.Count == 0)
        {
            // Nothing to check is not "valid": a --data that names another folder, or articles that went missing.
            var articlesFolder = layout.File(layout.ArticlesDirectory).DisplayPath + "/";
            diagnostics.Enqueue(new Diagnostic(articlesFolder, null, null, null, RuleCodes.NoArticles, Severity.Warning,
                Directory.Exists(layout.ArticlesDirectory)
                    ? $"{articlesFolder} holds no article file; add one per article as {articlesFolder}<source>/<id>.json"
                    : $"{articlesFolder} is missing; a data folder keeps one file per article under {articlesFolder}<source>/<id>.json"));
        }
        var selected = new List<DataEntry>();
        var others = new List<DataEntry>();
        foreach (var entry in entries)
        {
            (IsSelected(entry.File) ? selected : others).Add(entry);
        }

        var rules = new ArticleContentValidator(sources, Today(timeProvider), layout);
        var articles = new ConcurrentQueue<ValidArticle>();
        var keys = new ConcurrentQueue<ArticleKeys>();
        files += selected.Count;
        // The text lengths of the checked articles, for a partial validation: whoever takes the articles (onValid) may let them go.
        var checkedLengths = new ConcurrentQueue<int>();
        Parallel.ForEach(selected, entry =>
        {
            if (!entry.IsJsonFile)
            {
                foreach (var d in entry.Problems)
                {
                    diagnostics.Enqueue(d);
                }

                return;
            }

            if (CheckArticle(entry, rules, diagnostics, keys) is { } valid)
            {
                if (selection is not null)
                {
                    checkedLengths.Enqueue(valid.Article.Text.Length);
                }

                if (onValid is null)
                {
                    articles.Enqueue(valid);
                }
                else
                {
                    onValid(valid);
                }
            }
        });

        if (selection is not null && ScanOthers)
        {
            // Only texts as long as a checked one can be the same text: hash just those.
            var textLengths = checkedLengths.ToHashSet();
            var toScan = others.Where(static e => e.IsJsonFile).ToList();
            // Most files written since the cache was (a fresh checkout, as in CI): git's index names the content of each file
            // that still has the length and time git recorded (about 1 µs a file), far cheaper than reading them all again
            // (about 20 µs a file with its system calls). Git is asked while the cache is read, when the cache file's time
            // already tells; otherwise once the cache is read, when most of its entries turn out stale.
            bool WorthAsking(int stale) => stale >= MinStaleFilesForGit && stale * 10L >= toScan.Count;
            var asking = KeyCacheDirectory is not null && WorthAsking(ArticleKeyCache.EstimateNewer(KeyCacheDirectory, layout.Root, toScan))
                ? Task.Run(() => GitBlobIds.Find(layout.ArticlesDirectory))
                : null;
            var cache = KeyCacheDirectory is null ? null : ArticleKeyCache.Open(KeyCacheDirectory, layout.Root);
            if (asking is null && cache is not null && WorthAsking(cache.EstimateStale(toScan)))
            {
                asking = Task.FromResult(GitBlobIds.Find(layout.ArticlesDirectory));
            }

            cache?.UseBlobIds(asking?.GetAwaiter().GetResult());
            // Only the files that can meet a checked one are kept; the cache decodes the strings of no other.
            var probe = new KeyProbe(keys);
            var otherKeys = new ConcurrentQueue<ArticleKeys>();
            Parallel.ForEach(toScan, entry =>
            {
                // Without a cache the probe is tested here, on both cores (a url's address is worked out with System.Uri for every
                // file); the cache tests it on its remembered hashes.
                var scanned = cache is null
                    ? ArticleKeyScanner.Scan(entry.File, entry.Length, loadOptions.MaxFileBytes, textLengths.Contains) is { } s && probe.Meets(s) ? s : null
                    : cache.Get(entry, loadOptions.MaxFileBytes, textLengths.Contains, probe);
                if (scanned is not null)
                {
                    otherKeys.Enqueue(scanned);
                }
            });

            // Only the other files that share a value with a checked one can be in a finding (DuplicateFinder.Meeting's rule).
            foreach (var meeting in otherKeys)
            {
                keys.Enqueue(meeting);
            }

            if (cache is not null)
            {
                foreach (var entry in selected)
                {
                    cache.Keep(entry);
                }

                cache.Save();
            }
        }

        foreach (var d in DuplicateFinder.Find([.. keys.OrderBy(static k => k.File, ContributionFile.DisplayOrder)], IsSelected))
        {
            diagnostics.Enqueue(d);
        }

        return new ValidationReport
        {
            Articles = [.. articles.OrderBy(static a => a.File, ContributionFile.DisplayOrder)],
            Sources = sources,
            Dataset = dataset,
            Diagnostics = Sort(diagnostics),
            FilesChecked = files,
        };
    }

    internal static IReadOnlyList<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics
            .OrderBy(static d => d.File, StringComparer.Ordinal)
            .ThenBy(static d => d.Line ?? 0)
            .ThenBy(static d => d.Column ?? 0)
            .ThenBy(static d => d.Code, StringComparer.Ordinal)
            .ThenBy(static d => d.JsonPointer, StringComparer.Ordinal)
            .ThenBy(static d => d.Message, StringComparer.Ordinal)];

    /// <summary>
    /// The last calendar day anywhere on Earth (UTC+14): an article dated "today" in Asia must not count as future
    /// on a machine that still lives in yesterday.
    /// </summary>
    internal static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime.AddHours(14));

    private SortedDictionary<string, SourceProfile> LoadSources(DataLayout layout, DataFileWalker walker, ConcurrentQueue<Diagnostic> diagnostics, ref int files)
    {
        var sources = new SortedDictionary<string, SourceProfile>(StringComparer.Ordinal);
        foreach (var entry in walker.Walk(layout.SourcesDirectory, recursive: false))
        {
            files++;
            if (!entry.IsJsonFile)
            {
                foreach (var d in entry.Problems)
                {
                    diagnostics.Enqueue(d);
                }

                continue;
            }

            var profile = LoadAs(entry.File, SchemaKind.Source, diagnostics, SourceProfileMapper.Map);
            if (profile is null)
            {
                continue;
            }

            var failures = _sourceRules.Validate(new SourceCandidate(profile, Path.GetFileNameWithoutExtension(entry.File.FullPath))).Errors;
            foreach (var failure in failures)
            {
                diagnostics.Enqueue(ToDiagnostic(entry.File, failure, null));
            }

            sources[profile.Id] = profile;
        }

        return sources;
    }

    private ValidArticle? CheckArticle(DataEntry entry, ArticleContentValidator rules, ConcurrentQueue<Diagnostic> diagnostics, ConcurrentQueue<ArticleKeys> keys) =>
        _loader.Use(entry.File, entry.Length, result => CheckArticle(result, rules, diagnostics, keys, _messages));

    /// <summary>The checks of one loaded file; the loader disposes the document (and reuses its bytes) afterwards.</summary>
    private static ValidArticle? CheckArticle(JsonLoadResult result, ArticleContentValidator rules, ConcurrentQueue<Diagnostic> diagnostics, ConcurrentQueue<ArticleKeys> keys, MessagePool messages)
    {
        var file = result.File;
        if (!result.Success)
        {
            foreach (var d in result.Diagnostics)
            {
                diagnostics.Enqueue(d);
            }

            return null;
        }

        var root = result.Document!.RootElement;
        var schemaErrors = JsonSchemaValidator.Validate(result, SchemaKind.Article);
        // The text, nearly all of the file, is decoded and hashed in one go (the duplicate checks' key), not decoded by the
        // mapper and encoded back to UTF-8 for its hash.
        string? decoded = null;
        UInt128? textHash = null;
        if (root.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String)
        {
            Span<byte> digest = stackalloc byte[System.Security.Cryptography.SHA256.HashSizeInBytes];
            if (JsonTextDecoder.TryDecode(JsonMarshal.GetRawUtf8Value(text), digest, out _, out decoded))
            {
                textHash = ArticleKeys.TextHashOf(digest);
            }
        }

        var article = ArticleMapper.Map(root, decoded);
        var candidate = new ArticleCandidate
        {
            Article = article,
            PublishedText = root.TryGetProperty("published", out var published) && published.ValueKind == JsonValueKind.String ? published.GetString() : null,
            FileName = Path.GetFileNameWithoutExtension(file.FullPath),
            FolderName = Path.GetFileName(Path.GetDirectoryName(file.FullPath)) ?? string.Empty,
        };

        // The places of the values are found only for a file with findings to place.
        var failures = rules.Validate(candidate).Errors;
        var errors = 0;
        if (schemaErrors.Count > 0 || failures.Count > 0)
        {
            var locations = failures.Count == 0 ? null : JsonLocator.Locate(result.Utf8.Span);
            foreach (var d in Merge(schemaErrors, failures.Select(f => ToDiagnostic(file, f, locations)).ToList()))
            {
                diagnostics.Enqueue(messages.Share(d));
                errors += d.Severity == Severity.Error ? 1 : 0;
            }
        }

        // A text the decoder did not take (not UTF-8, a lone surrogate escape) was mapped by the reader, or failed the mapping.
        textHash ??= text.ValueKind == JsonValueKind.String ? TextSha256.Key(article.Text) : null;
        // Neither places nor the url's address are kept per file (a million files' worth would be hundreds of MB): the duplicate
        // checks work both out for the few files they name. The id is the article's own string.
        var id = String(root, "id");
        keys.Enqueue(new ArticleKeys(file, string.Equals(id, article.Id, StringComparison.Ordinal) ? article.Id : id, String(root, "url"), textHash, null));
        return errors == 0 ? new ValidArticle(file, article) : null;
    }

    /// <summary>
    /// One finding per problem: a value whose type or presence the schema rejected gets no content finding (the mapped value
    /// means nothing); a value that only failed a schema pattern or length and also a content rule gets the content rule's
    /// finding, whose message is the more specific ("not a safe slug" rather than "does not match ^[a-z0-9]...").
    /// </summary>
    internal static IEnumerable<Diagnostic> Merge(IReadOnlyList<Diagnostic> schema, List<Diagnostic> content)
    {
        static bool IsFormOnly(Diagnostic d) => d.Code is RuleCodes.SchemaPattern or RuleCodes.SchemaLength;
        var contentErrorPointers = content.Where(static d => d.Severity == Severity.Error).Select(static d => d.JsonPointer).ToHashSet(StringComparer.Ordinal);
        var kept = schema.Where(d => !(IsFormOnly(d) && contentErrorPointers.Contains(d.JsonPointer))).ToList();
        var blocking = kept.Select(static d => d.JsonPointer).Where(static p => !string.IsNullOrEmpty(p)).ToList();
        return kept.Concat(content.Where(d => !blocking.Exists(p => Overlaps(p!, d.JsonPointer!))));
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool Overlaps(string a, string b) =>
        a.Equals(b, StringComparison.Ordinal) || a.StartsWith(b + "/", StringComparison.Ordinal) || b.StartsWith(a + "/", StringComparison.Ordinal);

    internal static Diagnostic ToDiagnostic(ContributionFile file, ValidationFailure failure, IReadOnlyDictionary<string, (int Line, int Column)>? locations)
    {
        var pointer = JsonSchemaValidator.ToPointer(failure.PropertyName);
        (int Line, int Column)? at = locations is not null && locations.TryGetValue(pointer, out var p) ? p : null;
        var severity = failure.Severity == FluentValidation.Severity.Error ? Severity.Error : Severity.Warning;
        return new Diagnostic(file.DisplayPath, at?.Line, at?.Column, pointer, failure.ErrorCode, severity, failure.ErrorMessage);
    }

    private T? LoadAs<T>(ContributionFile file, SchemaKind kind, ConcurrentQueue<Diagnostic> diagnostics, Func<JsonElement, T> map)
        where T : class
    {
        var result = _loader.Load(file);
        if (!result.Success)
        {
            foreach (var d in result.Diagnostics)
            {
                diagnostics.Enqueue(d);
            }

            return null;
        }

        using var document = result.Document!;
        var errors = JsonSchemaValidator.Validate(result, kind);
        foreach (var d in errors)
        {
            diagnostics.Enqueue(d);
        }

        return errors.Count == 0 ? map(document.RootElement) : null;
    }
}

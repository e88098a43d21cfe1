using System.IO.Hashing;
using System.Runtime.InteropServices;
using DatasetBuilder.Model;

namespace DatasetBuilder.Cleaning;

/// <summary>
/// The whole-corpus state of template learning, kept compact so a streaming build can count each article as it passes and
/// let it go: per source, the number of articles and, per distinct non-body line key, a 64-bit xxHash of the key and the
/// number of articles that hold it. The text of a key is kept only once it reaches <see cref="SiteTemplateLearner.MinArticles"/>
/// articles (no rarer line can be learned), so memory is about 24 bytes per distinct line rather than the line itself.
/// Thread-safe: <see cref="Add"/> may be called from several threads; the result depends only on the set of articles.
/// </summary>
public sealed class SiteTemplateCounter
{
    private readonly Dictionary<string, SourceCounts> _sources = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Counts the template-candidate lines of one article (once each).</summary>
    public void Add(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (string.Equals(article.Source, SiteTemplateLearner.UnknownSource, StringComparison.Ordinal))
        {
            return;
        }

        // The expensive part (splitting and normalising the lines) runs outside the lock.
        var keys = new List<(ulong Hash, string Key)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in CandidateKeys(article.Text))
        {
            if (seen.Add(key))
            {
                keys.Add((XxHash64.HashToUInt64(MemoryMarshal.AsBytes(key.AsSpan())), key));
            }
        }

        lock (_gate)
        {
            if (!_sources.TryGetValue(article.Source, out var counts))
            {
                counts = new SourceCounts();
                _sources[article.Source] = counts;
            }

            counts.Articles++;
            foreach (var (hash, key) in keys)
            {
                ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(counts.Lines, hash, out _);
                count++;
                if (count == SiteTemplateLearner.MinArticles)
                {
                    counts.Texts[hash] = key;
                }
            }
        }
    }

    /// <summary>
    /// The matching keys of the lines that may be template: the lines <see cref="CleaningDocument"/> makes of the text, blank
    /// and body-paragraph lines skipped before their key is computed (normalising the long body lines was most of the cost).
    /// </summary>
    internal static IEnumerable<string> CandidateKeys(string text)
    {
        var start = 0;
        while (start <= text.Length)
        {
            var length = text.AsSpan(start).IndexOfAny(CleaningDocument.LineBreaks);
            var end = length < 0 ? text.Length : start + length;
            if (Candidate(text.AsSpan(start, end - start)) is { } key)
            {
                yield return key;
            }

            start = end + (end + 1 < text.Length && text[end] == '\r' && text[end + 1] == '\n' ? 2 : 1);
        }
    }

    /// <summary>
    /// The key of a line that may be template, or null for a blank line or a body paragraph. A line already in stored form
    /// (most are) is its own display text, so it is tested in place and only a candidate is copied: the key of the display text.
    /// </summary>
    private static string? Candidate(ReadOnlySpan<char> raw)
    {
        if (ParagraphNormalizer.IsNormal(raw))
        {
            return raw.Length > 0 && !LineShape.IsBodyParagraph(raw) ? Text.ArabicNormalizer.Normalize(raw) : null;
        }

        var display = ParagraphNormalizer.NormalizeLine(raw);
        return display.Length > 0 && !LineShape.IsBodyParagraph(display) ? Text.ArabicNormalizer.Normalize(display) : null;
    }

    /// <summary>Learned templates, one per source that has any, ordered by source id.</summary>
    public IReadOnlyList<SiteTemplate> Learn()
    {
        lock (_gate)
        {
            var templates = new List<SiteTemplate>();
            foreach (var (source, counts) in _sources.OrderBy(static c => c.Key, StringComparer.Ordinal))
            {
                var learned = new SortedDictionary<string, int>(StringComparer.Ordinal);
                var threshold = Math.Max(SiteTemplateLearner.MinArticles, (int)Math.Ceiling(SiteTemplateLearner.MinShare * counts.Articles));
                foreach (var (hash, key) in counts.Texts)
                {
                    var count = counts.Lines[hash];
                    if (count >= threshold)
                    {
                        learned[key] = count;
                    }
                }

                if (learned.Count > 0)
                {
                    templates.Add(new SiteTemplate(source, learned));
                }
            }

            return templates;
        }
    }

    private sealed class SourceCounts
    {
        public int Articles { get; set; }

        public Dictionary<ulong, int> Lines { get; } = [];

        public Dictionary<ulong, string> Texts { get; } = [];
    }
}

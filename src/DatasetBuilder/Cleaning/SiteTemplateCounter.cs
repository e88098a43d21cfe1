using System.Buffers;
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

        // The expensive part (splitting and normalising the lines) runs outside the lock. The keys are written one after the
        // other into one pooled buffer and known by their 64-bit hash (as the counts know them): a key becomes a string only
        // when its count reaches the threshold, where every line's key was a string, hashed twice (set, then count) before.
        var text = article.Text;
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(text.Length + 16, 256));
        try
        {
            var keys = new List<(ulong Hash, int Start, int Length)>();
            var seen = new HashSet<ulong>();
            var end = 0;
            foreach (var (lineStart, lineLength) in Lines(text))
            {
                var keyStart = end;
                var keyEnd = CandidateInto(text.AsSpan(lineStart, lineLength), ref buffer, keyStart);
                if (keyEnd >= 0)
                {
                    end = keyEnd;
                    var hash = XxHash64.HashToUInt64(MemoryMarshal.AsBytes(buffer.AsSpan(keyStart, end - keyStart)));
                    if (seen.Add(hash))
                    {
                        keys.Add((hash, keyStart, end - keyStart));
                    }
                    else
                    {
                        end = keyStart; // a repeat within the article: its key's room is reused
                    }
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
                foreach (var (hash, keyStart, length) in keys)
                {
                    ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(counts.Lines, hash, out _);
                    count++;
                    if (count == SiteTemplateLearner.MinArticles)
                    {
                        counts.Texts[hash] = new string(buffer, keyStart, length);
                    }
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The matching keys of the lines that may be template: the lines <see cref="CleaningDocument"/> makes of the text, blank
    /// and body-paragraph lines skipped before their key is computed (normalising the long body lines was most of the cost).
    /// </summary>
    internal static IEnumerable<string> CandidateKeys(string text)
    {
        var buffer = new char[256];
        foreach (var (start, length) in Lines(text))
        {
            var end = CandidateInto(text.AsSpan(start, length), ref buffer, 0);
            if (end >= 0)
            {
                yield return new string(buffer, 0, end);
            }
        }
    }

    /// <summary>The lines <see cref="CleaningDocument"/> makes of <paramref name="text"/>: start and length of each, breaks excluded.</summary>
    private static List<(int Start, int Length)> Lines(string text)
    {
        var lines = new List<(int Start, int Length)>();
        var start = 0;
        while (start <= text.Length)
        {
            var length = text.AsSpan(start).IndexOfAny(CleaningDocument.LineBreaks);
            var end = length < 0 ? text.Length : start + length;
            lines.Add((start, end - start));
            start = end + (end + 1 < text.Length && text[end] == '\r' && text[end + 1] == '\n' ? 2 : 1);
        }

        return lines;
    }

    /// <summary>
    /// Writes the key of a line that may be template into <paramref name="buffer"/> from <paramref name="start"/> on and returns
    /// where it ends (a key may be empty: a line of tatweel only); returns -1 for a blank line or a body paragraph. A line already in
    /// stored form (most are) is its own display text, so it is tested in place; only another is made its display text first.
    /// </summary>
    private static int CandidateInto(ReadOnlySpan<char> raw, ref char[] buffer, int start)
    {
        if (ParagraphNormalizer.IsNormal(raw))
        {
            return raw.Length > 0 && !LineShape.IsBodyParagraph(raw) ? Text.ArabicNormalizer.NormalizeInto(raw, ref buffer, start) : -1;
        }

        var display = ParagraphNormalizer.NormalizeLine(raw);
        return display.Length > 0 && !LineShape.IsBodyParagraph(display) ? Text.ArabicNormalizer.NormalizeInto(display, ref buffer, start) : -1;
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

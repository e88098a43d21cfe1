using System.IO.Hashing;
using System.Runtime.InteropServices;
using DatasetBuilder.Model;
using DatasetBuilder.Text;

namespace DatasetBuilder.Deduplication;

/// <summary>
/// What deduplication keeps of each article, in slots fixed by the caller (ascending id): its id, date, cleaned length,
/// normalised length and metadata score (for the representative, <see cref="RepresentativeComparer"/>), a 128-bit hash of its matching key (exact duplicates), its MinHash signature, its
/// number of distinct shingles and its lead key. Flat arrays — (permutations × 4 + about 60) bytes per article, nothing
/// pairwise and no text — so a streaming build can sign each article as it is cleaned and let the text go. Each
/// <see cref="Sign(int, DedupCandidate)"/> writes only its own slot, so slots can be signed on all cores without depending on scheduling.
/// A streaming build keeps the signatures themselves in a temporary file (<see cref="SignatureTable(int, MinHashParameters, string, int)"/>):
/// then slots are signed a run at a time and <see cref="Flush"/>ed, and memory holds about 60 bytes per article.
/// Disposing releases the signatures (the file); the other facts stay readable.
/// </summary>
public sealed class SignatureTable : IDisposable
{
    private readonly MinHasher _hasher;
    private readonly MinHashParameters _parameters;
    private readonly uint[] _signatures;
    private readonly SignatureSpill? _spill;
    private int _windowStart;
    private readonly int[] _shingleCounts;
    private readonly int[] _textLengths;
    private readonly int[] _keyLengths;
    private readonly byte[] _metadataScores;
    private readonly ulong[] _leadKeys;
    private readonly UInt128[] _exactKeys;
    private readonly bool[] _hasExactKey;
    private readonly string[] _ids;
    private readonly PartialDate?[] _published;
    private readonly int _width;

    /// <summary>
    /// The signatures <see cref="Compare"/> read last: the pairs deduplication compares come back to the same articles (a
    /// family of copies meets in band after band, each member is then related to the kept copy), so at 100k articles 81% of
    /// its reads of the spill were of a signature read shortly before. Each miss is a system call.
    /// </summary>
    private readonly RecentSignatures _recent;

    /// <summary>Serialises <see cref="Compare"/>'s use of <see cref="_recent"/>, which is not thread-safe.</summary>
    private readonly Lock _recentGate = new();

    /// <summary>A table of <paramref name="count"/> slots with the signatures in memory.</summary>
    public SignatureTable(int count, MinHashParameters parameters)
        : this(count, parameters, null, count)
    {
    }

    /// <summary>
    /// A table of <paramref name="count"/> slots whose signatures go to a temporary file at <paramref name="spillPath"/>:
    /// slots are signed in runs of at most <paramref name="window"/> consecutive slots, each run ended by <see cref="Flush"/>.
    /// </summary>
    public SignatureTable(int count, MinHashParameters parameters, string? spillPath, int window)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        parameters.Validate();
        _parameters = parameters;
        _hasher = new MinHasher(parameters.Permutations, parameters.Seed);
        _width = _hasher.Permutations;
        if (spillPath is null)
        {
            _signatures = new uint[count * _width];
        }
        else
        {
            _spill = new SignatureSpill(spillPath, _width);
            _signatures = new uint[Math.Min(count, window) * _width];
        }

        _recent = new RecentSignatures(this, _width, _spill is null ? 0 : RecentSignatures.SpilledEntries);
        _shingleCounts = new int[count];
        _textLengths = new int[count];
        _keyLengths = new int[count];
        _metadataScores = new byte[count];
        _leadKeys = new ulong[count];
        _exactKeys = new UInt128[count];
        _hasExactKey = new bool[count];
        _ids = new string[count];
        _published = new PartialDate?[count];
    }

    public int Count => _shingleCounts.Length;

    internal MinHashParameters Parameters => _parameters;

    /// <summary>Signs slot <paramref name="index"/> from the article's cleaned text, with no metadata beyond the date; the text is not kept.</summary>
    public void Sign(int index, string id, string text, PartialDate? published) =>
        Sign(index, new DedupCandidate(id, text, published));

    /// <summary>Signs slot <paramref name="index"/> from the article's cleaned text and metadata (source, url, agency weigh in
    /// the choice of the kept copy); the text is not kept.</summary>
    public void Sign(int index, DedupCandidate article)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(article.Id);
        ArgumentNullException.ThrowIfNull(article.Text);
        var text = article.Text;
        _ids[index] = article.Id;
        _published[index] = article.Published;
        _textLengths[index] = text.Length;
        _metadataScores[index] = (byte)RepresentativeComparer.MetadataScore(article);
        var key = article.MatchingKey ?? ArabicNormalizer.Normalize(text);
        _keyLengths[index] = key.Length;
        var signature = WindowSlot(index);
        if (key.Length == 0)
        {
            // An empty text duplicates nothing: it keeps its own cluster and stays out of the LSH buckets.
            signature.Fill(uint.MaxValue);
            return;
        }

        _exactKeys[index] = ExactKeyOf(key);
        _hasExactKey[index] = true;
        var shingles = Shingler.ForSigning(key, _parameters.ShingleWords, _parameters.LeadWords, out var distinct, out var lead);
        _shingleCounts[index] = distinct;
        _leadKeys[index] = lead;
        _hasher.Sign(shingles, signature);
    }

    /// <summary>
    /// Ends a run of signed slots: with a spill, the signatures of the slots from the end of the previous run up to
    /// <paramref name="signedUpTo"/> (exclusive) go to the file and the window moves on. In memory there is nothing to do.
    /// </summary>
    public void Flush(int signedUpTo)
    {
        if (_spill is null)
        {
            return;
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(signedUpTo, _windowStart);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(signedUpTo, Math.Min(Count, _windowStart + (_signatures.Length / _width)));
        _spill.Write(_windowStart, _signatures.AsSpan(0, (signedUpTo - _windowStart) * _width));
        _windowStart = signedUpTo;
    }

    /// <summary>Where slot <paramref name="index"/>'s signature is written: its place in memory, or in the spill's current window.</summary>
    private Span<uint> WindowSlot(int index)
    {
        var place = index - _windowStart;
        if (place < 0 || (place + 1) * _width > _signatures.Length)
        {
            throw new InvalidOperationException($"slot {index} is outside the signing window that starts at slot {_windowStart}; flush each run of slots before signing the next");
        }

        return _signatures.AsSpan(place * _width, _width);
    }

    public string Id(int i) => _ids[i];

    /// <summary>Every slot's id (ascending once the table is checked by the deduplicator); shared, not copied.</summary>
    internal string[] Ids => _ids;

    public PartialDate? Published(int i) => _published[i];

    public int TextLength(int i) => _textLengths[i];

    /// <summary>Length of the normalised text: how much text an article carries, without tatweel, diacritics or spacing making it "longer".</summary>
    public int KeyLength(int i) => _keyLengths[i];

    /// <summary>How many of source (identified), url, date and agency the article has (<see cref="RepresentativeComparer.MetadataScore"/>).</summary>
    public int MetadataScore(int i) => _metadataScores[i];

    /// <summary>The first 128 bits of the SHA-256 of the normalised text, or null for a text that normalises to nothing.</summary>
    internal UInt128? ExactKey(int i) => _hasExactKey[i] ? _exactKeys[i] : null;

    public int ShingleCount(int i) => _shingleCounts[i];

    /// <summary>Hash of the text's first words: a truncated copy keeps the beginning of its original.</summary>
    public ulong LeadKey(int i) => _leadKeys[i];

    /// <summary>Numbers per signature (the permutations).</summary>
    public int Width => _width;

    /// <summary>Copies the signatures of consecutive slots from <paramref name="firstSlot"/> on into <paramref name="into"/> (a whole number of signatures).</summary>
    public void CopySignatures(int firstSlot, Span<uint> into)
    {
        if (into.Length % _width != 0)
        {
            throw new ArgumentException($"the buffer holds {into.Length} numbers, not a whole number of {_width}-number signatures", nameof(into));
        }

        if (_spill is null)
        {
            _signatures.AsSpan(firstSlot * _width, into.Length).CopyTo(into);
        }
        else if (firstSlot + (into.Length / _width) > _windowStart)
        {
            throw new InvalidOperationException($"slots from {_windowStart} on are not flushed yet");
        }
        else
        {
            _spill.Read(firstSlot, into);
        }
    }

    internal PairSimilarity Compare(int i, int j)
    {
        Span<uint> x = _width <= 512 ? stackalloc uint[_width] : new uint[_width];
        Span<uint> y = _width <= 512 ? stackalloc uint[_width] : new uint[_width];
        lock (_recentGate)
        {
            _recent.Copy(i, x);
            _recent.Copy(j, y);
        }

        return PairSimilarity.Estimate(MinHasher.EstimateJaccard(x, y), _shingleCounts[i], _shingleCounts[j]);
    }

    /// <summary>Releases the signatures (deletes the spill); ids, dates, lengths and keys stay readable.</summary>
    public void Dispose() => _spill?.Dispose();

    /// <summary>
    /// The 128-bit XxHash3 of the key's UTF-16 code units: exact copies are only ever compared for equality in memory (never
    /// ordered, never written), so a fast non-cryptographic hash of that width serves as well as SHA-256 and needs no UTF-8.
    /// </summary>
    private static UInt128 ExactKeyOf(string key) => XxHash128.HashToUInt128(MemoryMarshal.AsBytes(key.AsSpan()));
}

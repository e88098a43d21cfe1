using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using DatasetBuilder.Model;
using DatasetBuilder.Text;

namespace DatasetBuilder.Deduplication;

/// <summary>
/// What deduplication keeps of each article, in slots fixed by the caller (ascending id): its id, date, cleaned length,
/// normalised length and metadata score (for the representative, <see cref="RepresentativeComparer"/>), the SHA-256 of its matching key (exact duplicates, 128 bits kept), its MinHash signature, its
/// number of distinct shingles and its lead key. Flat arrays — (permutations × 4 + about 60) bytes per article, nothing
/// pairwise and no text — so a streaming build can sign each article as it is cleaned and let the text go. Each
/// <see cref="Sign(int, DedupCandidate)"/> writes only its own slot, so slots can be signed on all cores without depending on scheduling.
/// </summary>
public sealed class SignatureTable
{
    private readonly MinHasher _hasher;
    private readonly MinHashParameters _parameters;
    private readonly uint[] _signatures;
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

    public SignatureTable(int count, MinHashParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.Validate();
        _parameters = parameters;
        _hasher = new MinHasher(parameters.Permutations, parameters.Seed);
        _width = _hasher.Permutations;
        _signatures = new uint[count * _width];
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
        var key = ArabicNormalizer.Normalize(text);
        _keyLengths[index] = key.Length;
        if (key.Length == 0)
        {
            // An empty text duplicates nothing: it keeps its own cluster and stays out of the LSH buckets.
            _signatures.AsSpan(index * _width, _width).Fill(uint.MaxValue);
            return;
        }

        _exactKeys[index] = ExactKeyOf(key);
        _hasExactKey[index] = true;
        var (shingles, lead) = Shingler.Shingles(key, _parameters.ShingleWords, _parameters.LeadWords);
        _shingleCounts[index] = shingles.Length;
        _leadKeys[index] = lead;
        _hasher.Sign(shingles, _signatures.AsSpan(index * _width, _width));
    }

    public string Id(int i) => _ids[i];

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

    public ReadOnlySpan<uint> Signature(int i) => _signatures.AsSpan(i * _width, _width);

    internal PairSimilarity Compare(int i, int j) =>
        PairSimilarity.Estimate(MinHasher.EstimateJaccard(Signature(i), Signature(j)), _shingleCounts[i], _shingleCounts[j]);

    private static UInt128 ExactKeyOf(string key)
    {
        Span<byte> hash = stackalloc byte[32];
        var bytes = Encoding.UTF8.GetBytes(key);
        SHA256.HashData(bytes, hash);
        return BinaryPrimitives.ReadUInt128BigEndian(hash);
    }
}

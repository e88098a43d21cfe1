using DatasetBuilder.Text;

namespace DatasetBuilder.Deduplication;

/// <summary>
/// Per article, in a fixed order: the SHA-256 of its matching key (exact duplicates), its MinHash signature, its number of
/// distinct shingles and its lead key. Flat arrays: memory is (permutations × 4 + a hash) bytes per article, nothing pairwise.
/// Built on all cores; each article writes only its own slots, so the result does not depend on scheduling.
/// </summary>
internal sealed class SignatureTable
{
    private readonly uint[] _signatures;
    private readonly int[] _shingleCounts;
    private readonly ulong[] _leadKeys;
    private readonly string?[] _exactKeys;
    private readonly int[] _keyLengths;
    private readonly int _width;

    private SignatureTable(int count, int width)
    {
        _width = width;
        _signatures = new uint[count * width];
        _shingleCounts = new int[count];
        _leadKeys = new ulong[count];
        _exactKeys = new string?[count];
        _keyLengths = new int[count];
    }

    public int Count => _shingleCounts.Length;

    public static SignatureTable Build(IReadOnlyList<string> texts, MinHashParameters parameters)
    {
        var hasher = new MinHasher(parameters.Permutations, parameters.Seed);
        var table = new SignatureTable(texts.Count, hasher.Permutations);
        Parallel.For(0, texts.Count, i =>
        {
            var key = ArabicNormalizer.Normalize(texts[i]);
            if (key.Length == 0)
            {
                // An empty text duplicates nothing: it keeps its own cluster and stays out of the LSH buckets.
                table._signatures.AsSpan(i * table._width, table._width).Fill(uint.MaxValue);
                return;
            }

            table._exactKeys[i] = ContentHash.Sha256Hex(key);
            table._keyLengths[i] = key.Length;
            var (shingles, lead) = Shingler.Shingles(key, parameters.ShingleWords, parameters.LeadWords);
            table._shingleCounts[i] = shingles.Length;
            table._leadKeys[i] = lead;
            hasher.Sign(shingles, table._signatures.AsSpan(i * table._width, table._width));
        });
        return table;
    }

    /// <summary>SHA-256 of the normalised text, or null for a text that normalises to nothing.</summary>
    public string? ExactKey(int i) => _exactKeys[i];

    public int ShingleCount(int i) => _shingleCounts[i];

    /// <summary>Length of the normalised text: how much text an article carries, without tatweel, diacritics or spacing making it "longer".</summary>
    public int KeyLength(int i) => _keyLengths[i];

    /// <summary>Hash of the text's first words: a truncated copy keeps the beginning of its original.</summary>
    public ulong LeadKey(int i) => _leadKeys[i];

    public ReadOnlySpan<uint> Signature(int i) => _signatures.AsSpan(i * _width, _width);

    public PairSimilarity Compare(int i, int j) =>
        PairSimilarity.Estimate(MinHasher.EstimateJaccard(Signature(i), Signature(j)), _shingleCounts[i], _shingleCounts[j]);
}

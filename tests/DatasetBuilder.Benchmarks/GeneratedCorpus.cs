using System.Text.Json;

namespace DatasetBuilder.Benchmarks;

/// <summary>Where a generated corpus is and what it holds.</summary>
internal sealed record GeneratedCorpus(string DataDirectory, string NdjsonPath, int Articles, long RawTextBytes, int NearDuplicates, int ExactDuplicates, int Invalid)
{
    /// <summary>Names the generator's output; <see cref="CorpusGenerator.OutputVersion"/> changes whenever what it writes does.</summary>
    private static readonly string GeneratorStamp = CorpusGenerator.OutputVersion.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Records, beside the corpus, what made it (generator build, seed) and what it holds.</summary>
    public void Save(string path, int seed) =>
        File.WriteAllText(path, JsonSerializer.Serialize(new Stamp(GeneratorStamp, seed, this)));

    /// <summary>The corpus recorded at <paramref name="path"/> when the same generator made it with the same N and seed and its files are still there; else null.</summary>
    public static GeneratedCorpus? TryLoad(string path, int articles, int seed)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var stamp = JsonSerializer.Deserialize<Stamp>(File.ReadAllText(path));
        return stamp is { Corpus: { } corpus } && stamp.Generator == GeneratorStamp && stamp.Seed == seed && corpus.Articles == articles
            && Directory.Exists(corpus.DataDirectory) && File.Exists(corpus.NdjsonPath)
            ? corpus
            : null;
    }

    private sealed record Stamp(string Generator, int Seed, GeneratedCorpus Corpus);
}

using System.Text.Json;
using System.Text.RegularExpressions;

namespace DatasetBuilder.Benchmarks;

/// <summary>Sentences and vocabulary taken from the seed articles, recombined and perturbed into varied synthetic text.</summary>
internal sealed partial class TextPool
{
    private TextPool(string[] sentences, string[] vocabulary)
    {
        Sentences = sentences;
        Vocabulary = vocabulary;
    }

    public string[] Sentences { get; }

    public string[] Vocabulary { get; }

    public static TextPool FromSeeds()
    {
        var assembly = typeof(TextPool).Assembly;
        var sentences = new List<string>();
        var words = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var doc = JsonDocument.Parse(stream);
            var text = doc.RootElement.GetProperty("text").GetString()!;
            foreach (var line in text.Split('\n'))
            {
                // Body-like lines only: long, with sentence punctuation.
                if (line.Length < 120)
                {
                    continue;
                }

                foreach (var sentence in SentenceEnd().Split(line))
                {
                    var s = sentence.Trim();
                    if (s.Length > 40)
                    {
                        sentences.Add(s.EndsWith('.') ? s : s + ".");
                    }
                }

                foreach (Match w in Word().Matches(line))
                {
                    words.Add(w.Value);
                }
            }
        }

        return new TextPool([.. sentences], [.. words]);
    }

    /// <summary>A sentence from the pool with about a quarter of its words replaced, so no two articles share long runs by accident.</summary>
    public string PerturbedSentence(Random random)
    {
        var words = Sentences[random.Next(Sentences.Length)].Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            if (random.NextDouble() < 0.25)
            {
                words[i] = Vocabulary[random.Next(Vocabulary.Length)];
            }
        }

        return string.Join(' ', words);
    }

    [GeneratedRegex(@"(?<=[.!؟?])\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\p{IsArabic}{3,}")]
    private static partial Regex Word();
}

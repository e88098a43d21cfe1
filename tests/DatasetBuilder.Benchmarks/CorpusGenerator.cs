using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DatasetBuilder.Benchmarks;

/// <summary>
/// Writes N realistic contributions (deterministic for a seed): varied sources, dates and lengths, every kind of boilerplate
/// the cleaner handles, about 5% near-duplicates, 1% exact duplicates (same body, another site's template) and 1% invalid files.
/// Also writes the same articles as one NDJSON file: DuckDB's fastest input, for the side-by-side comparison.
/// </summary>
internal sealed class CorpusGenerator(int seed)
{
    private static readonly string[] Months = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];
    private static readonly string[] LevantineMonths = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"];
    private static readonly string[] Agencies = ["رويترز", "فرانس برس", "أسوشيتد برس", "تاس", "سبوتنيك", "الأناضول", "د ب أ"];
    private static readonly string[] Names = ["ريم صالح", "أحمد العلي", "سارة منصور", "محمد حسن", "ليلى خوري", "يوسف الكردي", "هدى سليمان", "عمر فاروق"];
    private static readonly string[] Photographers = ["ألكسندر بوغدانوف", "محمد حامد", "جوزيف عيد", "أنور عمرو"];

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonSerializerOptions JsonLine = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Version of what the generator writes for a given N and seed. Bump it with any change to the output (text pool, boilerplate,
    /// rates, file layout): <c>--reuse</c> takes a corpus only when its stamp carries this version.
    /// </summary>
    public const int OutputVersion = 2;

    private readonly Random _random = new(seed);
    private readonly TextPool _pool = TextPool.FromSeeds();

    public GeneratedCorpus Generate(int count, string outputDirectory)
    {
        var data = Path.Combine(outputDirectory, "data");
        if (Directory.Exists(data))
        {
            Directory.Delete(data, recursive: true);
        }

        var sources = MakeSources(20);
        WriteDatasetFiles(data, sources);
        var ndjsonPath = Path.Combine(outputDirectory, "articles.ndjson");
        using var ndjson = new StreamWriter(ndjsonPath, append: false, new UTF8Encoding(false));
        var recentBodies = new List<List<string>>();
        long rawBytes = 0;
        int near = 0, exact = 0, invalid = 0;
        for (var i = 0; i < count; i++)
        {
            var source = sources[_random.Next(sources.Length)];
            var roll = _random.NextDouble();
            List<string> body;
            if (roll < 0.05 && recentBodies.Count > 0)
            {
                body = LightlyEdited(recentBodies[_random.Next(recentBodies.Count)]);
                near++;
            }
            else if (roll < 0.06 && recentBodies.Count > 0)
            {
                body = [.. recentBodies[_random.Next(recentBodies.Count)]];
                exact++;
            }
            else
            {
                body = NewBody();
                if (recentBodies.Count < 2000)
                {
                    recentBodies.Add(body);
                }
                else
                {
                    recentBodies[_random.Next(recentBodies.Count)] = body;
                }
            }

            var article = Compose(source, body, i);
            var bytes = Serialize(article);
            rawBytes += Encoding.UTF8.GetByteCount(article.Text);
            var folder = Path.Combine(data, "articles", article.Source);
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, article.Id + ".json");
            if (_random.NextDouble() < 0.01)
            {
                bytes = Corrupt(article, bytes);
                invalid++;
            }
            else
            {
                ndjson.WriteLine(JsonSerializer.Serialize(article.ToJson(), JsonLine));
            }

            File.WriteAllBytes(path, bytes);
        }

        return new GeneratedCorpus(data, ndjsonPath, count, rawBytes, near, exact, invalid);
    }

    private SyntheticSource[] MakeSources(int n)
    {
        var sources = new SyntheticSource[n];
        for (var i = 0; i < n; i++)
        {
            var name = "موقع الأنباء " + (i + 1).ToString(CultureInfo.InvariantCulture);
            string[] header = (i % 4) switch
            {
                0 => ["Ru En"],
                1 => ["الرئيسية | سياسة | اقتصاد | رياضة | English"],
                2 => ["English Français"],
                _ => [],
            };
            sources[i] = new SyntheticSource(
                string.Create(CultureInfo.InvariantCulture, $"site-{i + 1:D2}"),
                name,
                header,
                (i % 3) switch { 0 => name, 1 => "جميع الحقوق محفوظة © " + name, _ => "المساهمون" },
                (i % 3) switch { 0 => "آخر الأخبار", 1 => "اقرأ أيضا", _ => "الأكثر قراءة" },
                LevantineMonths: i % 2 == 1,
                ArabicIndicDigits: i % 5 == 0);
        }

        return sources;
    }

    private List<string> NewBody()
    {
        var paragraphs = new List<string>();
        var count = _random.Next(3, 10);
        for (var p = 0; p < count; p++)
        {
            var sentences = _random.Next(1, 3);
            var builder = new StringBuilder();
            for (var s = 0; s < sentences; s++)
            {
                if (s > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(_pool.PerturbedSentence(_random));
            }

            paragraphs.Add(builder.ToString());
        }

        return paragraphs;
    }

    private List<string> LightlyEdited(List<string> body)
    {
        var edited = new List<string>(body);
        for (var k = 0; k < 3; k++)
        {
            var p = _random.Next(edited.Count);
            var words = edited[p].Split(' ');
            words[_random.Next(words.Length)] = _pool.Vocabulary[_random.Next(_pool.Vocabulary.Length)];
            edited[p] = string.Join(' ', words);
        }

        if (edited.Count > 4 && _random.NextDouble() < 0.5)
        {
            edited.RemoveAt(edited.Count - 1);
        }

        return edited;
    }

    private GeneratedArticle Compose(SyntheticSource source, List<string> body, int index)
    {
        var title = Headline();
        DateOnly? date = _random.NextDouble() < 0.85 ? new DateOnly(2015, 1, 1).AddDays(_random.Next(0, 3650)) : null;
        var agency = _random.NextDouble() < 0.3 ? Agencies[_random.Next(Agencies.Length)] : null;
        var author = _random.NextDouble() < 0.4 ? Names[_random.Next(Names.Length)] : null;
        var lines = new List<string>(source.HeaderLines) { title };
        string? subtitle = null;
        if (_random.NextDouble() < 0.3)
        {
            subtitle = Headline();
            lines.Add(subtitle);
            lines.Add(title);
        }

        if (date is { } d)
        {
            lines.Add(DateLine(d, source));
        }

        if (_random.NextDouble() < 0.4)
        {
            lines.Add(Headline() + " (" + Photographers[_random.Next(Photographers.Length)] + "/" + Agencies[_random.Next(Agencies.Length)] + ")");
        }

        if (source.Id.EndsWith('3') || source.Id.EndsWith('7'))
        {
            lines.Add("+ الخط -");
        }

        if (author is not null)
        {
            lines.Add(_random.NextDouble() < 0.5 ? "كتب: " + author : "وكالات – " + source.NameAr + " – حرر التقرير الإخباري " + author + ":");
        }

        for (var p = 0; p < body.Count; p++)
        {
            if (p == body.Count / 2 && body.Count > 6 && _random.NextDouble() < 0.3)
            {
                lines.Add(Headline());
            }

            lines.Add(body[p]);
        }

        if (agency is not null)
        {
            lines.Add("المصدر: " + agency);
        }

        lines.Add(source.FooterLine);
        if (_random.NextDouble() < 0.5)
        {
            lines.Add(source.LatestNewsMarker);
            lines.Add(string.Join(' ', Enumerable.Range(0, _random.Next(5, 20)).Select(_ => Headline())));
        }

        if (_random.NextDouble() < 0.1)
        {
            var other = Headline();
            lines.Add(string.Empty);
            lines.Add(other);
            lines.Add(other + " (" + Agencies[_random.Next(Agencies.Length)] + ")");
            lines.AddRange(NewBody().Take(4));
        }

        var separator = _random.NextDouble() < 0.5 ? "\n\n" : "\n";
        var text = string.Join(separator, lines) + "\n";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];
        var published = date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var id = (published ?? "undated") + "-" + hash;
        var url = _random.NextDouble() < 0.7 ? string.Create(CultureInfo.InvariantCulture, $"https://{source.Id}.example/news/{index}") : null;
        return new GeneratedArticle(id, source.Id, url, title, subtitle, published, author is null ? [] : [author], agency, text);
    }

    private string Headline()
    {
        var words = _pool.PerturbedSentence(_random).TrimEnd('.').Split(' ');
        return string.Join(' ', words.Take(Math.Min(words.Length, _random.Next(6, 12))));
    }

    private string DateLine(DateOnly d, SyntheticSource source)
    {
        var month = source.LevantineMonths ? LevantineMonths[d.Month - 1] : Months[d.Month - 1];
        var line = string.Create(CultureInfo.InvariantCulture, $"{d.Day:D2} {month} {d.Year}");
        return source.ArabicIndicDigits ? ToArabicIndic(line) : line;
    }

    private static string ToArabicIndic(string s) =>
        string.Concat(s.Select(static c => c is >= '0' and <= '9' ? (char)('\u0660' + (c - '0')) : c));

    private byte[] Corrupt(GeneratedArticle article, byte[] valid) => _random.Next(5) switch
    {
        0 => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(valid).Replace("\"title\":", "\"headline\":", StringComparison.Ordinal)),
        1 => valid[..(valid.Length / 2)],
        2 => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(valid).Replace("\"language\": \"ar\"", "\"language\": \"Arabic\"", StringComparison.Ordinal)),
        3 => Serialize(article with { Published = "2022-13-45" }),
        _ => Serialize(article with { Title = " " }),
    };

    private static byte[] Serialize(GeneratedArticle article)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(article.ToJson(), Json);
        return [.. bytes, (byte)'\n'];
    }

    private static void WriteDatasetFiles(string data, SyntheticSource[] sources)
    {
        Directory.CreateDirectory(Path.Combine(data, "sources"));
        foreach (var s in sources)
        {
            var profile = new SortedDictionary<string, object?>(StringComparer.Ordinal)
            {
                ["id"] = s.Id, ["name_ar"] = s.NameAr, ["name_en"] = "News site " + s.Id[5..], ["domain"] = s.Id + ".example",
                ["country"] = null, ["language"] = "ar", ["boilerplate_markers"] = Array.Empty<string>(), ["identifying_markers"] = new[] { s.NameAr },
            };
            File.WriteAllText(Path.Combine(data, "sources", s.Id + ".json"), JsonSerializer.Serialize(profile, Json) + "\n");
        }

        // The benchmark corpus reuses the repository's dataset metadata (datasheet answers) under another name.
        var repoDataset = FindRepositoryFile("data/dataset.json");
        // The repository leaves its homepage for a maintainer to set; a published build needs one, so the synthetic
        // corpus names a reserved example address.
        var dataset = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(repoDataset))!.AsObject();
        dataset["name"] = "synthetic-benchmark-ar";
        dataset["homepage"] ??= "https://example.org/synthetic-benchmark-ar";
        File.WriteAllText(Path.Combine(data, "dataset.json"), dataset.ToJsonString(Json) + "\n");
    }

    internal static string FindRepositoryFile(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "DatasetBuilder.sln")))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("run the benchmark from inside the repository", relative);
    }
}

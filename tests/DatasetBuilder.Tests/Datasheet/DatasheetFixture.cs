using System.Text.Json;
using DatasetBuilder.Cleaning;
using DatasetBuilder.Datasheet;
using DatasetBuilder.Deduplication;
using DatasetBuilder.Model;
using DatasetBuilder.Reading;
using DatasetBuilder.Releases;
using DatasetBuilder.Tests.Support;
using DatasetBuilder.Text;
using DatasetBuilder.Writing;

namespace DatasetBuilder.Tests.Datasheet;

/// <summary>
/// A small fixed corpus for the card tests (TestData/Datasheet/dataset.json plus four rows built here), independent of the
/// cleaner and of Parquet bytes so the golden card changes only when the card does.
/// </summary>
internal static class DatasheetFixture
{
    public static string Folder => Path.Combine(RepositoryPaths.TestData, "Datasheet");

    public static DatasetMetadata Dataset(Action<Dictionary<string, string>>? editAnswers = null)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Folder, "dataset.json")));
        var metadata = DatasetMetadataMapper.Map(doc.RootElement);
        var answers = new Dictionary<string, string>(metadata.Datasheet, StringComparer.Ordinal);
        editAnswers?.Invoke(answers);
        return metadata with { Datasheet = answers };
    }

    public static DatasetRow Row(string id, string source, string? sourceName, string title, DateOnly? date, string precision, string text) => new()
    {
        Id = id,
        Source = source,
        SourceName = sourceName,
        Title = title,
        PublishedDate = date,
        PublishedPrecision = date is null ? null : precision,
        Language = "ar",
        Authors = source == "unknown" ? [] : ["محرر"],
        Agency = source == "unknown" ? null : "تاس",
        Text = text,
        CharCount = text.Length,
        WordCount = DatasetRowFactory.CountWords(text),
        ParagraphCount = text.Split("\n\n").Length,
        TextSha256 = ContentHash.Sha256Hex(text),
        RawSha256 = ContentHash.Sha256Hex("raw " + text),
        DedupCluster = id,
        DedupClusterSize = 1,
    };

    public static List<DatasetRow> Rows() =>
    [
        Row("2022-01-08-aaaaaaaaaaaa", "al-thawra", "Al-Thawra", "اشتباكات في ألماتي", new DateOnly(2022, 1, 8), "day", "نص أول عن الأحداث في ألماتي.\n\nفقرة ثانية."),
        Row("2022-01-10-bbbbbbbbbbbb", "russia-islamic-world", "Russia - Islamic World", "تحييد خليتين", new DateOnly(2022, 1, 10), "day", "تمكن موظفو لجنة الأمن القومي من تحييد خليتين."),
        Row("2022-02-cccccccccccc", "unknown", null, "بيان الخارجية", new DateOnly(2022, 2, 1), "month", "أصدرت الوزارة بيانا حول الوضع في كازاخستان وما تلاه من أحداث خلال الشهر."),
        Row("undated-dddddddddddd", "unknown", null, "مقال بلا تاريخ", null, "day", "نص قصير."),
    ];

    public static DatasheetInput Input(IReadOnlyList<DatasetRow>? rows = null, DatasetMetadata? dataset = null)
    {
        rows ??= Rows();
        return new DatasheetInput
        {
            Dataset = dataset ?? Dataset(),
            Version = "1.2.0",
            Rows = rows,
            Sources = new Dictionary<string, SourceProfile>(StringComparer.Ordinal),
            DataFiles = ["data/train-00000-of-00001.parquet"],
            DataBytes = 12345,
            ArticlesContributed = rows.Count + 1,
            DuplicatesRemoved = [new ClusterAssignment("2022-01-08-eeeeeeeeeeee", "2022-01-08-aaaaaaaaaaaa", "2022-01-08-aaaaaaaaaaaa", DuplicateKind.Near, 0.912)],
            Columns = [new("id", "string"), new("title", "string"), new("published_date", "date?"), new("authors", "list<string>"), new("word_count", "int32")],
            DataFileHashes = [new ManifestFile("data/train-00000-of-00001.parquet", 12345, new string('a', 64))],
            Charts = DatasheetCharts.Render(DatasheetFigures.Compute(rows)).Select(static c => c with { Svg = string.Empty }).ToList(),
            Removals =
            [
                new RemovalTally("al-thawra", "footer.site-name", "The site's name as a footer line", 1, 1, 12),
                new RemovalTally("unknown", "nav.language-switcher", "A language switcher line", 2, 2, 10),
            ],
            Templates = [new SiteTemplate("al-thawra", new SortedDictionary<string, int>(StringComparer.Ordinal) { ["اخر الاخبار"] = 3, ["الثوره"] = 2 })],
            BuildDate = new DateOnly(2026, 1, 2),
            DataCommit = "0123456789abcdef0123456789abcdef01234567",
        };
    }
}

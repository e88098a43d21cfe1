using System.Globalization;
using System.Text.Json.Nodes;
using DatasetBuilder.Model;
using DatasetBuilder.Writing;

namespace DatasetBuilder.Releases;

/// <summary>
/// Writes <c>croissant.json</c> (MLCommons Croissant 1.1): the dataset, every file of the release with its real SHA-256
/// (except this file and the manifest, which hashes it), one RecordSet with a Field per Parquet column (plus one for the
/// cleaning audit when the release has it), and the Responsible-AI
/// fields filled from the same datasheet answers as the card. Built from ordered JSON nodes so the bytes are reproducible.
/// </summary>
public static class CroissantWriter
{
    public const string FileName = "croissant.json";

    private const string ParquetFormat = "application/x-parquet";
    private const string RecordSetId = "articles";
    private const string FileSetId = "parquet-files";
    private const string RemovalsRecordSetId = "removals";

    private static readonly (string Name, string Type, string Description)[] RemovalColumns =
    [
        ("id", "sc:Text", "Id of the released article the span was removed from (an id of the articles record set)."),
        ("rule", "sc:Text", "Id of the cleaning rule that removed the span."),
        ("start", "sc:Integer", "Offset of the span in the raw contributed text (UTF-16 code units)."),
        ("length", "sc:Integer", "Length of the span in the raw text (UTF-16 code units)."),
        ("reason", "sc:Text", "Why the rule removed the span."),
        ("removed_text", "sc:Text", "The removed raw text, verbatim."),
    ];

    /// <summary>What each column holds, for the Field descriptions; columns added later without one get an empty description.</summary>
    private static readonly Dictionary<string, string> ColumnDescriptions = new(StringComparer.Ordinal)
    {
        ["id"] = "Stable article id (lowercase slug).",
        ["source"] = "Source profile id of the news site.",
        ["source_name"] = "Name of the news site; null when not identified.",
        ["url"] = "Address of the article page; null when unknown.",
        ["title"] = "Headline as published.",
        ["subtitle"] = "Subtitle, when the page has one.",
        ["published_date"] = "Publication date; for month or year precision the first day of that period.",
        ["published_precision"] = "Precision of published_date: day, month or year.",
        ["language"] = "BCP 47 language tag.",
        ["authors"] = "Authors named by the page.",
        ["agency"] = "Originating news agency, when named.",
        ["text"] = "Cleaned body text; paragraphs separated by a blank line.",
        ["char_count"] = "Characters in text.",
        ["word_count"] = "Words in text.",
        ["paragraph_count"] = "Paragraphs in text.",
        ["text_sha256"] = "SHA-256 of text (UTF-8).",
        ["raw_sha256"] = "SHA-256 of the contributed raw text (UTF-8).",
        ["removed_char_count"] = "Characters the cleaner removed from the raw text.",
        ["dedup_cluster"] = "Deduplication cluster id.",
        ["dedup_cluster_size"] = "Contributed articles in the cluster.",
    };

    public static byte[] Write(DatasetMetadata dataset, string version, DateOnly published, IReadOnlyList<ColumnDescriptor> columns, IReadOnlyList<ManifestFile> files)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(files);
        var answers = dataset.Datasheet;
        var root = new JsonObject
        {
            ["@context"] = Context(),
            ["@type"] = "sc:Dataset",
            ["conformsTo"] = "http://mlcommons.org/croissant/1.1",
            ["name"] = dataset.Name,
            ["alternateName"] = dataset.PrettyName,
            ["description"] = dataset.Description,
            ["version"] = version,
            ["datePublished"] = published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["inLanguage"] = new JsonArray("ar"),
            ["license"] = License(dataset),
            ["creator"] = new JsonArray([.. dataset.Creators.Select(static c => (JsonNode)new JsonObject { ["@type"] = "sc:Organization", ["name"] = c })]),
            ["keywords"] = new JsonArray([.. dataset.Keywords.Select(static k => (JsonNode)JsonValue.Create(k))]),
            ["citeAs"] = $"{dataset.PrettyName}, version {version} ({published.Year.ToString(CultureInfo.InvariantCulture)}).",
            ["isLiveDataset"] = false,
        };
        if (dataset.Homepage is { } homepage)
        {
            root["url"] = homepage;
        }

        root["rai:dataCollection"] = Join(answers, "collection.process", "collection.who", "collection.timeframe", "collection.consent");
        root["rai:dataCollectionType"] = new JsonArray("Web Scraping", "Manual Human Curation");
        root["rai:dataPreprocessingProtocol"] = Join(answers, "preprocessing.description", "preprocessing.raw");
        root["rai:dataBiases"] = Join(answers, "composition.sampling", "uses.risks");
        root["rai:dataLimitations"] = Join(answers, "uses.unsuitable", "composition.missing");
        root["rai:dataUseCases"] = Join(answers, "uses.intended");
        root["rai:personalSensitiveInformation"] = Join(answers, "composition.individuals", "composition.confidential");
        root["rai:dataReleaseMaintenancePlan"] = Join(answers, "maintenance.updates", "maintenance.errata", "maintenance.who");

        var distribution = new JsonArray();
        foreach (var file in files.OrderBy(static f => f.Path, StringComparer.Ordinal))
        {
            distribution.Add(new JsonObject
            {
                ["@type"] = "cr:FileObject",
                ["@id"] = file.Path,
                ["name"] = file.Path,
                ["contentUrl"] = file.Path,
                ["contentSize"] = file.Bytes.ToString(CultureInfo.InvariantCulture) + " B",
                ["encodingFormat"] = Format(file.Path),
                ["sha256"] = file.Sha256,
            });
        }

        distribution.Add(new JsonObject
        {
            ["@type"] = "cr:FileSet",
            ["@id"] = FileSetId,
            ["name"] = FileSetId,
            ["description"] = "The Parquet shards of the train split.",
            ["encodingFormat"] = ParquetFormat,
            ["includes"] = "data/train-*.parquet",
        });
        root["distribution"] = distribution;

        var fields = new JsonArray();
        foreach (var column in columns)
        {
            var field = new JsonObject
            {
                ["@type"] = "cr:Field",
                ["@id"] = $"{RecordSetId}/{column.Name}",
                ["name"] = column.Name,
                ["description"] = ColumnDescriptions.GetValueOrDefault(column.Name, string.Empty),
                ["dataType"] = DataType(column.Type),
            };
            if (column.Type.StartsWith("list<", StringComparison.Ordinal))
            {
                field["isArray"] = true;
                field["arrayShape"] = "-1";
            }

            field["source"] = new JsonObject
            {
                ["fileSet"] = new JsonObject { ["@id"] = FileSetId },
                ["extract"] = new JsonObject { ["column"] = column.Name },
            };
            fields.Add(field);
        }

        var recordSets = new JsonArray(new JsonObject
        {
            ["@type"] = "cr:RecordSet",
            ["@id"] = RecordSetId,
            ["name"] = RecordSetId,
            ["description"] = "One record per news article.",
            ["key"] = new JsonObject { ["@id"] = $"{RecordSetId}/id" },
            ["field"] = fields,
        });
        if (files.Any(static f => string.Equals(f.Path, RemovalAuditWriter.RelativePath, StringComparison.Ordinal)))
        {
            recordSets.Add(RemovalsRecordSet());
        }

        root["recordSet"] = recordSets;
        return ReleaseJson.Serialize<JsonNode>(root);
    }

    /// <summary>The cleaning audit (<see cref="RemovalAuditWriter.RelativePath"/>): one record per removed span of a released
    /// article; its id references the articles' key. Columns are those of <see cref="RemovalAuditRow"/>, a public contract.</summary>
    private static JsonObject RemovalsRecordSet()
    {
        var fields = new JsonArray();
        foreach (var (name, type, description) in RemovalColumns)
        {
            var field = new JsonObject
            {
                ["@type"] = "cr:Field",
                ["@id"] = $"{RemovalsRecordSetId}/{name}",
                ["name"] = name,
                ["description"] = description,
                ["dataType"] = type,
                ["source"] = new JsonObject
                {
                    ["fileObject"] = new JsonObject { ["@id"] = RemovalAuditWriter.RelativePath },
                    ["extract"] = new JsonObject { ["column"] = name },
                },
            };
            if (name == "id")
            {
                field["references"] = new JsonObject { ["field"] = new JsonObject { ["@id"] = $"{RecordSetId}/id" } };
            }

            fields.Add(field);
        }

        return new JsonObject
        {
            ["@type"] = "cr:RecordSet",
            ["@id"] = RemovalsRecordSetId,
            ["name"] = RemovalsRecordSetId,
            ["description"] = "One record per span the cleaner removed from a released article (articles removed as duplicates or rejected are not audited).",
            ["field"] = fields,
        };
    }

    internal static string DataType(string columnType)
    {
        var type = columnType.TrimEnd('?');
        if (type.StartsWith("list<", StringComparison.Ordinal))
        {
            type = type[5..^1].TrimEnd('?');
        }

        return type switch
        {
            "int16" or "int32" or "int64" => "sc:Integer",
            "double" or "single" => "sc:Float",
            "boolean" => "sc:Boolean",
            "date" => "sc:Date",
            "timestamp" => "sc:DateTime",
            _ => "sc:Text",
        };
    }

    private static string Format(string path) => Path.GetExtension(path) switch
    {
        ".parquet" => ParquetFormat,
        ".md" => "text/markdown",
        ".json" => "application/json",
        ".jsonl" => "application/jsonl",
        ".svg" => "image/svg+xml",
        "" => "text/plain",
        _ => "application/octet-stream",
    };

    private static JsonNode License(DatasetMetadata dataset) =>
        string.Equals(dataset.License, "other", StringComparison.OrdinalIgnoreCase)
            ? new JsonObject { ["@type"] = "sc:CreativeWork", ["name"] = "other", ["description"] = dataset.LicenseStatement }
            : JsonValue.Create($"https://spdx.org/licenses/{dataset.License}.html");

    /// <summary>
    /// The answers to several datasheet questions as one text. With more than one part, each answer follows its question, so
    /// answers that start with "Yes"/"No" keep their meaning instead of running into each other ("Yes: ... No. ...").
    /// Placeholders count as no answer.
    /// </summary>
    private static string Join(IReadOnlyDictionary<string, string> answers, params string[] ids)
    {
        var parts = ids
            .Select(id => (Question: Datasheet.DatasheetQuestions.All.Single(q => string.Equals(q.Id, id, StringComparison.Ordinal)).Question, Answer: answers.GetValueOrDefault(id)))
            .Where(static p => !Datasheet.DatasheetQuestions.IsPlaceholder(p.Answer))
            .ToList();
        return parts.Count == 1
            ? parts[0].Answer!.Trim()
            : string.Join("\n\n", parts.Select(static p => $"{p.Question} {p.Answer!.Trim()}"));
    }

    private static JsonObject Context()
    {
        var context = new JsonObject
        {
            ["@language"] = "en",
            ["@vocab"] = "https://schema.org/",
            ["sc"] = "https://schema.org/",
            ["cr"] = "http://mlcommons.org/croissant/",
            ["rai"] = "http://mlcommons.org/croissant/RAI/",
            ["dct"] = "http://purl.org/dc/terms/",
            ["citeAs"] = "cr:citeAs",
            ["column"] = "cr:column",
            ["conformsTo"] = "dct:conformsTo",
            ["data"] = new JsonObject { ["@id"] = "cr:data", ["@type"] = "@json" },
            ["dataType"] = new JsonObject { ["@id"] = "cr:dataType", ["@type"] = "@vocab" },
            ["examples"] = new JsonObject { ["@id"] = "cr:examples", ["@type"] = "@json" },
        };
        foreach (var term in new[]
        {
            "arrayShape", "equivalentProperty", "extract", "field", "fileObject", "fileProperty", "fileSet", "format", "includes",
            "isArray", "isLiveDataset", "jsonPath", "key", "md5", "parentField", "path", "recordSet", "references", "regex",
            "repeated", "replace", "samplingRate", "separator", "source", "subField", "transform",
        })
        {
            context[term] = "cr:" + term;
        }

        return context;
    }
}

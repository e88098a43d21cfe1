using System.Text.Encodings.Web;
using System.Text.Json;

namespace DatasetBuilder.Evaluation;

/// <summary>
/// The evaluation as one JSON document for programs. Field names are a contract (added to, never renamed); the paragraphs
/// of the worst cases are given in full.
/// </summary>
public static class EvaluationJsonWriter
{
    public const string Format = "datasetbuilder-cleaning-eval/1";

    public static void Write(EvaluationReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("format", Format);
            json.WriteBoolean("profiles", report.Options.UseProfiles);
            json.WriteBoolean("templates", report.Options.UseTemplates);
            var o = report.Overall;
            json.WriteStartObject("overall");
            json.WriteNumber("articles", report.Articles.Count);
            json.WriteNumber("kept", o.Kept);
            json.WriteNumber("gold", o.Gold);
            json.WriteNumber("matched", o.Matched);
            json.WriteNumber("missed", o.Missed);
            json.WriteNumber("extra", o.Extra);
            json.WriteNumber("precision", Math.Round(o.Precision, 4));
            json.WriteNumber("recall", Math.Round(o.Recall, 4));
            json.WriteNumber("f1", Math.Round(o.F1, 4));
            json.WriteNumber("mean_article_f1", Math.Round(report.MacroF1, 4));
            json.WriteEndObject();
            json.WriteStartArray("articles");
            foreach (var a in report.Articles)
            {
                json.WriteStartObject();
                json.WriteString("id", a.Id);
                json.WriteString("source", a.Source);
                json.WriteString("gold_file", a.GoldFile);
                json.WriteNumber("kept", a.Score.Kept);
                json.WriteNumber("gold", a.Score.Gold);
                json.WriteNumber("matched", a.Score.Matched);
                json.WriteNumber("precision", Math.Round(a.Score.Precision, 4));
                json.WriteNumber("recall", Math.Round(a.Score.Recall, 4));
                json.WriteNumber("f1", Math.Round(a.Score.F1, 4));
                Strings(json, "missed", a.Score.Missed);
                Strings(json, "extra", a.Score.Extra);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("worst");
            foreach (var a in report.Worst)
            {
                json.WriteStringValue(a.Id);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void Strings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values)
        {
            json.WriteStringValue(v);
        }

        json.WriteEndArray();
    }
}

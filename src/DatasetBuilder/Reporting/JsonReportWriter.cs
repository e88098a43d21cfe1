using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DatasetBuilder.Model;
using DatasetBuilder.Validation;

namespace DatasetBuilder.Reporting;

/// <summary>
/// The report as one JSON document. Field names are a contract (documented in README, "Validation"): add fields, never rename.
/// </summary>
public static class JsonReportWriter
{
    /// <summary>Identifies the document's shape; the number changes only when a field changes meaning or disappears.</summary>
    public const string FormatId = "datasetbuilder-validation-report/1";

    public static void Write(ValidationReport report, TextWriter output, bool strict)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("format", FormatId);
            json.WriteBoolean("valid", report.IsValid(strict));
            json.WriteBoolean("strict", strict);
            json.WriteStartObject("summary");
            json.WriteNumber("files", report.FilesChecked);
            json.WriteNumber("errors", report.ErrorCount);
            json.WriteNumber("warnings", report.WarningCount);
            json.WriteEndObject();
            json.WriteStartArray("diagnostics");
            foreach (var d in report.Diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("file", d.File);
                WriteNumberOrNull(json, "line", d.Line);
                WriteNumberOrNull(json, "column", d.Column);
                json.WriteString("pointer", d.JsonPointer);
                json.WriteString("code", d.Code);
                json.WriteString("rule", RuleCatalog.Find(d.Code)?.Name);
                json.WriteString("severity", d.Severity == Severity.Error ? "error" : "warning");
                json.WriteString("message", d.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.Write(Encoding.UTF8.GetString(buffer.ToArray()));
        output.WriteLine();
    }

    internal static JsonWriterOptions Options { get; } = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",

        // Arabic messages and paths stay readable; the output is not embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    internal static void WriteNumberOrNull(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}

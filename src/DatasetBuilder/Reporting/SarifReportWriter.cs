using System.Reflection;
using System.Text;
using System.Text.Json;
using DatasetBuilder.Model;
using DatasetBuilder.Validation;

namespace DatasetBuilder.Reporting;

/// <summary>
/// SARIF 2.1.0 (OASIS): one run, the tool's full rule list (<see cref="RuleCatalog"/>), one result per finding with a
/// physical location (file, line, column) and a logical location (the JSON pointer).
/// </summary>
public static class SarifReportWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public static void Write(ValidationReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var rules = RuleCatalog.All.ToList();
        foreach (var code in report.Diagnostics.Select(static d => d.Code).Distinct().Order(StringComparer.Ordinal))
        {
            if (RuleCatalog.Find(code) is null)
            {
                rules.Add(new RuleDescriptor(code, code, Severity.Error, code));
            }
        }

        var index = rules.Select(static (r, i) => (r.Code, i)).ToDictionary(static x => x.Code, static x => x.i, StringComparer.Ordinal);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonReportWriter.Options))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, rules);
            json.WriteStartArray("results");
            foreach (var d in report.Diagnostics)
            {
                WriteResult(json, d, index[d.Code]);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.Write(Encoding.UTF8.GetString(buffer.ToArray()));
        output.WriteLine();
    }

    private static void WriteTool(Utf8JsonWriter json, List<RuleDescriptor> rules)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "DatasetBuilder");
        var version = typeof(SarifReportWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        json.WriteString("semanticVersion", version.Split('+')[0]);
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Code);
            json.WriteString("name", rule.Name);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Description);
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.Severity));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Diagnostic d, int ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", d.Code);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(d.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", d.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", Uri.EscapeDataString(d.File).Replace("%2F", "/", StringComparison.Ordinal));
        json.WriteString("uriBaseId", "%SRCROOT%");
        json.WriteEndObject();
        if (d.Line is { } line)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", line);
            if (d.Column is { } column)
            {
                json.WriteNumber("startColumn", column);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        if (d.JsonPointer is not null)
        {
            json.WriteStartArray("logicalLocations");
            json.WriteStartObject();
            json.WriteString("fullyQualifiedName", PointerText.Display(d.JsonPointer));
            json.WriteString("kind", "member");
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string Level(Severity severity) => severity == Severity.Error ? "error" : "warning";
}

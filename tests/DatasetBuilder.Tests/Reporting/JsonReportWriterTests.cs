using System.Text.Json;
using DatasetBuilder.Reporting;

namespace DatasetBuilder.Tests.Reporting;

public sealed class JsonReportWriterTests
{
    [Fact]
    public void Write_Report_UsesTheDocumentedFieldNames()
    {
        var output = new StringWriter();
        JsonReportWriter.Write(ReportSamples.TwoFindings, output, strict: false);
        using var json = JsonDocument.Parse(output.ToString());
        var root = json.RootElement;

        root.EnumerateObject().Select(static p => p.Name).ShouldBe(["format", "valid", "strict", "summary", "diagnostics"]);
        root.GetProperty("format").GetString().ShouldBe(JsonReportWriter.FormatId);
        root.GetProperty("summary").EnumerateObject().Select(static p => p.Name).ShouldBe(["files", "errors", "warnings"]);
        var first = root.GetProperty("diagnostics")[0];
        first.EnumerateObject().Select(static p => p.Name).ShouldBe(["file", "line", "column", "pointer", "code", "rule", "severity", "message"]);
        first.GetProperty("line").GetInt32().ShouldBe(4);
        root.GetProperty("diagnostics")[2].GetProperty("line").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public void Write_SameReport_SameBytes()
    {
        var a = new StringWriter();
        var b = new StringWriter();
        JsonReportWriter.Write(ReportSamples.TwoFindings, a, strict: true);
        JsonReportWriter.Write(ReportSamples.TwoFindings, b, strict: true);
        a.ToString().ShouldBe(b.ToString());
    }
}

using System.Text.Json;
using DatasetBuilder.Reporting;
using DatasetBuilder.Validation;

namespace DatasetBuilder.Tests.Reporting;

public sealed class SarifReportWriterTests
{
    private static JsonDocument Write()
    {
        var output = new StringWriter();
        SarifReportWriter.Write(ReportSamples.TwoFindings, output);
        return JsonDocument.Parse(output.ToString());
    }

    [Fact]
    public void Write_Report_IsSarif210WithEveryRule()
    {
        using var sarif = Write();
        sarif.RootElement.GetProperty("version").GetString().ShouldBe("2.1.0");
        sarif.RootElement.GetProperty("$schema").GetString().ShouldBe("https://json.schemastore.org/sarif-2.1.0.json");
        var rules = sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules");
        rules.EnumerateArray().Select(static r => r.GetProperty("id").GetString()).ShouldBe(RuleCatalog.All.Select(static r => r.Code));
    }

    [Fact]
    public void Write_Result_PointsAtRuleFileLineColumnAndJsonPointer()
    {
        using var sarif = Write();
        var run = sarif.RootElement.GetProperty("runs")[0];
        var result = run.GetProperty("results")[0];
        result.GetProperty("ruleId").GetString().ShouldBe(RuleCodes.UrlNotHttp);
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString().ShouldBe(RuleCodes.UrlNotHttp);
        result.GetProperty("level").GetString().ShouldBe("error");
        var location = result.GetProperty("locations")[0];
        location.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString().ShouldBe("data/articles/s/a.json");
        location.GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32().ShouldBe(4);
        location.GetProperty("physicalLocation").GetProperty("region").GetProperty("startColumn").GetInt32().ShouldBe(10);
        location.GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString().ShouldBe("/url");
    }

    [Fact]
    public void Write_FindingWithoutLine_HasNoRegion()
    {
        using var sarif = Write();
        var result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results")[2];
        result.GetProperty("level").GetString().ShouldBe("warning");
        result.GetProperty("locations")[0].GetProperty("physicalLocation").TryGetProperty("region", out _).ShouldBeFalse();
    }
}

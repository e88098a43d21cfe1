using DatasetBuilder.Model;
using DatasetBuilder.Reporting;
using DatasetBuilder.Validation;

namespace DatasetBuilder.Tests.Reporting;

public sealed class TextReportWriterTests
{
    [Fact]
    public void Write_TwoFiles_GroupsFindingsUnderEachFileAndEndsWithSummary()
    {
        var output = new StringWriter();
        TextReportWriter.Write(ReportSamples.TwoFindings, output, strict: false);
        var lines = output.ToString().Split('\n');

        lines[0].ShouldBe("data/articles/s/a.json");
        lines[1].ShouldContain("4:10");
        lines[1].ShouldContain("error");
        lines[1].ShouldContain("DSB024");
        lines[1].ShouldEndWith("[at /url]");
        lines[2].ShouldContain("DSB036");
        lines[4].ShouldBe("data/articles/s/b.json");
        output.ToString().TrimEnd().Split('\n')[^1].ShouldBe("3 file(s) checked: 2 error(s), 1 warning(s): INVALID");
    }

    [Fact]
    public void AllHumanFormats_PointerToTheWholeDocument_NameItInWordsNotAsSlash()
    {
        // RFC 6901: "" is the whole document, "/" the member named "".
        var report = ReportSamples.TwoFindings with
        {
            Diagnostics = [new Diagnostic("data/articles/s/a.json", 1, 1, string.Empty, RuleCodes.DuplicateKey, Severity.Error, "duplicate key")],
        };
        var text = new StringWriter();
        var github = new StringWriter();
        var sarif = new StringWriter();

        TextReportWriter.Write(report, text, strict: false);
        GithubReportWriter.Write(report, github, strict: false);
        SarifReportWriter.Write(report, sarif);

        text.ToString().ShouldContain($"[at {PointerText.WholeDocument}]");
        github.ToString().ShouldContain($"(at {PointerText.WholeDocument})");
        sarif.ToString().ShouldContain($"\"fullyQualifiedName\": \"{PointerText.WholeDocument}\"");
        (text.ToString() + github + sarif).ShouldNotContain("at /]");
    }

    [Fact]
    public void Write_Plain_HasNoEscapeSequences()
    {
        var output = new StringWriter();
        TextReportWriter.Write(ReportSamples.TwoFindings, output, strict: false);
        output.ToString().ShouldNotContain("\u001b[");
    }
}

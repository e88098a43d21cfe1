using DatasetBuilder.Reporting;

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
    public void Write_Plain_HasNoEscapeSequences()
    {
        var output = new StringWriter();
        TextReportWriter.Write(ReportSamples.TwoFindings, output, strict: false);
        output.ToString().ShouldNotContain("\u001b[");
    }
}

using DatasetBuilder.Reporting;

namespace DatasetBuilder.Tests.Reporting;

public sealed class ColorTextReportWriterTests
{
    [Fact]
    public void Write_Terminal_ColoursTheLinesButKeepsTheirText()
    {
        var output = new StringWriter();
        ColorTextReportWriter.Write(ReportSamples.TwoFindings, output, strict: false);
        var text = output.ToString();

        text.ShouldContain("\u001b[");
        text.ShouldContain("data/articles/s/a.json");
        text.ShouldContain("url \"ftp://x\" is not http(s)");
        text.ShouldContain("[at /url]");
        text.ShouldContain("3 file(s) checked: 2 error(s), 1 warning(s): INVALID");
    }
}

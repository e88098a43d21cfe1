using DatasetBuilder.Model;
using DatasetBuilder.Reporting;

namespace DatasetBuilder.Tests.Reporting;

public sealed class GithubReportWriterTests
{
    [Fact]
    public void Command_ErrorWithLocation_IsAWorkflowCommandWithFileLineColAndTitle()
    {
        var d = new Diagnostic("data/articles/s/a.json", 4, 10, "/url", "DSB024", Severity.Error, "url is bad");
        GithubReportWriter.Command(d, strict: false)
            .ShouldBe("::error file=data/articles/s/a.json,line=4,col=10,title=DSB024 UrlNotHttp::DSB024: url is bad (at /url)");
    }

    [Fact]
    public void Command_MessageWithNewlinesAndPercent_IsEscaped()
    {
        var d = new Diagnostic("data/a,b:c.json", null, null, null, "DSB003", Severity.Error, "100% bad\nsecond line");
        var command = GithubReportWriter.Command(d, strict: false);
        command.ShouldBe("::error file=data/a%2Cb%3Ac.json,title=DSB003 MalformedJson::DSB003: 100%25 bad%0Asecond line");
        command.ShouldNotContain("\n");
    }

    [Fact]
    public void Command_WarningUnderStrict_IsAnnotatedAsError()
    {
        var d = new Diagnostic("data/a.json", 1, 1, "/url", "DSB025", Severity.Warning, "url is null");
        GithubReportWriter.Command(d, strict: false).ShouldStartWith("::warning ");
        GithubReportWriter.Command(d, strict: true).ShouldStartWith("::error ");
    }
}

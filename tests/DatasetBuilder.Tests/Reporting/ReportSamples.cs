using DatasetBuilder.Model;
using DatasetBuilder.Validation;

namespace DatasetBuilder.Tests.Reporting;

/// <summary>A small report with an error and a warning in two files, for the writers' tests.</summary>
internal static class ReportSamples
{
    public static ValidationReport TwoFindings { get; } = new()
    {
        Articles = [],
        Sources = new Dictionary<string, SourceProfile>(),
        Diagnostics =
        [
            new Diagnostic("data/articles/s/a.json", 4, 10, "/url", RuleCodes.UrlNotHttp, Severity.Error, "url \"ftp://x\" is not http(s)"),
            new Diagnostic("data/articles/s/a.json", 6, 12, "/title", RuleCodes.BidiOverride, Severity.Error, "title holds U+202E"),
            new Diagnostic("data/articles/s/b.json", null, null, null, RuleCodes.EmptyFile, Severity.Warning, "the file is empty"),
        ],
        FilesChecked = 3,
    };
}

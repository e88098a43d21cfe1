using DatasetBuilder.Model;
using DatasetBuilder.Reporting;
using DatasetBuilder.Validation;

namespace DatasetBuilder.Tests.Reporting;

public sealed class PrintableTextTests
{
    [Theory]
    [InlineData("language \"\0\" differs", "language \"\\u0000\" differs")]
    [InlineData("title \u001b[2J holds", "title \\u001b[2J holds")]
    [InlineData("a\nb\u2028c", "a\\u000ab\\u2028c")]
    [InlineData("\u202Eabc", "\\u202eabc")]
    [InlineData("\u0085\u009b", "\\u0085\\u009b")]
    public void Of_HiddenCharacters_AreShownAsEscapes(string text, string expected) => PrintableText.Of(text).ShouldBe(expected);

    [Theory]
    [InlineData("العنوان «فيضانات» في صور، ١٠ يناير")]
    [InlineData("url \"ftp://x\" is not http(s)")]
    [InlineData("")]
    public void Of_PrintableText_IsTheSameString(string text) => PrintableText.Of(text).ShouldBeSameAs(text);

    /// <summary>A value quoted in a message once reached the terminal raw: a NUL, or an escape sequence that clears the screen.</summary>
    [Fact]
    public void Writers_MessageQuotingControlCharacters_PrintNoneOfThem()
    {
        var report = new ValidationReport
        {
            Articles = [],
            Sources = new Dictionary<string, SourceProfile>(),
            FilesChecked = 1,
            Diagnostics = [new Diagnostic("data/articles/s/a\u001b].json", 1, 2, "/language", RuleCodes.LanguageNotSourceLanguage, Severity.Warning, "language \"\0\u001b[2J\u202E\" differs")],
        };

        var text = new StringWriter();
        TextReportWriter.Write(report, text, strict: false);
        var github = new StringWriter();
        GithubReportWriter.Write(report, github, strict: false);

        foreach (var output in new[] { text.ToString(), github.ToString() })
        {
            output.Replace("\n", string.Empty, StringComparison.Ordinal).ShouldNotContain(c => char.IsControl(c) || c == '\u202E');
            output.ShouldContain("\\u0000\\u001b[2J\\u202e");
        }
    }
}

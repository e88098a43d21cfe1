using System.Text;
using DatasetBuilder.Importing;

namespace DatasetBuilder.Tests.Importing;

public sealed class HtmlCharsetTests
{
    [Theory]
    [InlineData("<meta charset=\"windows-1256\">", null, 1256)]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">", null, 1256)]
    [InlineData("<meta charset=\"windows-1256\">", "utf-8", 65001)] // the header wins
    public void Find_Declaration_GivesItsEncoding(string head, string? header, int codePage)
    {
        HtmlCharset.Find(Encoding.ASCII.GetBytes($"<html><head>{head}</head></html>"), header).ShouldNotBeNull().CodePage.ShouldBe(codePage);
    }

    [Theory]
    [InlineData("<html></html>", null)]
    [InlineData("<meta charset=\"no-such-charset\">", null)]
    public void Find_NoKnownDeclaration_IsNull(string page, string? header) => HtmlCharset.Find(Encoding.ASCII.GetBytes(page), header).ShouldBeNull();
}

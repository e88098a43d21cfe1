using System.IO.Compression;
using System.Text;
using DatasetBuilder.Importing;
using DatasetBuilder.Tests.Support;

namespace DatasetBuilder.Tests.Importing;

public sealed class ImportInputReaderTests
{
    [Fact]
    public void Read_GzippedPage_IsDecompressedAndHtml()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("page.html.gz");
        using (var gzip = new GZipStream(File.Create(path), CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes("<html><body>نص</body></html>"));
        }

        var input = ImportInputReader.Read(path, null, out var error).ShouldNotBeNull(error);

        input.IsHtml.ShouldBeTrue();
        input.Content.ShouldBe("<html><body>نص</body></html>");
    }

    [Fact]
    public void Read_TruncatedGzippedPage_IsAnErrorNotHalfAPage()
    {
        using var temp = new TempDirectory();
        var page = "<html><body>" + string.Concat(Enumerable.Range(0, 400).Select(static i => $"<p>الفقرة رقم {i} من نص المقال الطويل.</p>")) + "</body></html>";
        var whole = temp.Combine("whole.html.gz");
        using (var gzip = new GZipStream(File.Create(whole), CompressionLevel.Optimal))
        {
            gzip.Write(Encoding.UTF8.GetBytes(page));
        }

        var bytes = File.ReadAllBytes(whole);
        var cut = temp.Combine("cut.html.gz");
        File.WriteAllBytes(cut, bytes[..(bytes.Length * 6 / 10)]);

        ImportInputReader.Read(whole, null, out var fine).ShouldNotBeNull(fine).Content.ShouldBe(page);
        ImportInputReader.Read(cut, null, out var error).ShouldBeNull();
        error.ShouldBe($"{cut}: the gzip file is truncated or corrupt (its trailer does not match what it decompresses to)");
    }

    [Fact]
    public void Read_GzipOfTwoMembers_IsReadWhole()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("page.html.gz");
        using (var file = File.Create(path))
        {
            foreach (var part in new[] { "<html><body><p>الجزء الأول من الصفحة.</p>", "<p>والجزء الثاني منها.</p></body></html>" })
            {
                using var gzip = new GZipStream(file, CompressionLevel.Optimal, leaveOpen: true);
                gzip.Write(Encoding.UTF8.GetBytes(part));
            }
        }

        ImportInputReader.Read(path, null, out var error).ShouldNotBeNull(error).Content
            .ShouldBe("<html><body><p>الجزء الأول من الصفحة.</p><p>والجزء الثاني منها.</p></body></html>");
    }

    [Theory]
    [InlineData("article.txt", "<!DOCTYPE html><html></html>", true)]
    [InlineData("article.txt", "عنوان\n\nنص", false)]
    [InlineData("page.htm", "just text", true)]
    public void Read_File_IsHtmlByNameOrContent(string name, string content, bool html)
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.Combine(name), content);

        ImportInputReader.Read(temp.Combine(name), null, out _).ShouldNotBeNull().IsHtml.ShouldBe(html);
    }

    [Fact]
    public void Read_TextWithCarriageReturns_IsKeptVerbatim()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.Combine("a.txt"), "عنوان\r\n\r\nنص ");

        ImportInputReader.Read(temp.Combine("a.txt"), null, out _).ShouldNotBeNull().Content.ShouldBe("عنوان\r\n\r\nنص ");
    }

    [Fact]
    public void Read_NotUtf8_IsAnErrorNamingTheFile()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("cp1256.txt");
        File.WriteAllBytes(path, [0xC7, 0xE1, 0xCE, 0xC8, 0xD1]);

        ImportInputReader.Read(path, null, out var error).ShouldBeNull();
        error.ShouldBe($"{path}: not valid UTF-8; save the text as UTF-8");
    }

    [Fact]
    public void Read_MissingFile_IsAnError()
    {
        ImportInputReader.Read("/no/such/file.txt", null, out var error).ShouldBeNull();
        error.ShouldBe("/no/such/file.txt: no such file");
    }

    [Fact]
    public void Read_SavedPageInDeclaredWindows1256_IsDecoded()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("old.html");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        File.WriteAllBytes(path, Encoding.GetEncoding(1256).GetBytes("<html><head><meta charset=\"windows-1256\"></head><body>خبر</body></html>"));

        ImportInputReader.Read(path, null, out var error).ShouldNotBeNull(error).Content.ShouldContain("خبر");
    }
}

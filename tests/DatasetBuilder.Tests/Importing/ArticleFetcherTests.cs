using DatasetBuilder.Importing;

namespace DatasetBuilder.Tests.Importing;

public sealed class ArticleFetcherTests
{
    private const string Page = "<html><body><h1>عنوان</h1></body></html>";

    private static ArticleFetcher Fetcher(FetchOptions? options = null) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseProxy = false }, options ?? FetchOptions.Default);

    [Fact]
    public async Task FetchAsync_Page_GivesItsHtmlAndAddress()
    {
        await using var server = new LocalHttpServer(_ => new LocalResponse(200, Page));
        using var fetcher = Fetcher();

        var result = await fetcher.FetchAsync(server.Url("/news/1"), CancellationToken.None);

        result.Error.ShouldBeNull();
        result.Html.ShouldBe(Page);
        result.FinalUrl.ShouldBe(server.Url("/news/1"));
    }

    [Fact]
    public async Task FetchAsync_RedirectsWithinTheLimit_AreFollowed()
    {
        await using var server = new LocalHttpServer(path => path switch
        {
            "/old" => new LocalResponse(301, Location: "/middle"),
            "/middle" => new LocalResponse(302, Location: "/new"),
            _ => new LocalResponse(200, Page),
        });
        using var fetcher = Fetcher(FetchOptions.Default with { MaxRedirects = 2 });

        var result = await fetcher.FetchAsync(server.Url("/old"), CancellationToken.None);

        result.Error.ShouldBeNull();
        result.FinalUrl.ShouldBe(server.Url("/new"));
    }

    [Fact]
    public async Task FetchAsync_RedirectLoop_StopsAtTheLimit()
    {
        await using var server = new LocalHttpServer(path => new LocalResponse(302, Location: path == "/a" ? "/b" : "/a"));
        using var fetcher = Fetcher(FetchOptions.Default with { MaxRedirects = 3 });

        var result = await fetcher.FetchAsync(server.Url("/a"), CancellationToken.None);

        result.Error.ShouldStartWith($"{server.Url("/a")}: more than 3 redirects");
    }

    [Fact]
    public async Task FetchAsync_RedirectToAnotherScheme_IsRefused()
    {
        await using var server = new LocalHttpServer(_ => new LocalResponse(302, Location: "file:///etc/passwd"));
        using var fetcher = Fetcher();

        var result = await fetcher.FetchAsync(server.Url("/a"), CancellationToken.None);

        result.Error.ShouldBe($"{server.Url("/a")}: redirected to file:///etc/passwd, which is not an http or https address");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task FetchAsync_PageOverTheSizeLimit_IsRefused(bool omitContentLength)
    {
        await using var server = new LocalHttpServer(_ => new LocalResponse(200, new string('x', 5000)) { OmitContentLength = omitContentLength });
        using var fetcher = Fetcher(FetchOptions.Default with { MaxBytes = 1000 });

        var result = await fetcher.FetchAsync(server.Url("/big"), CancellationToken.None);

        result.Success.ShouldBeFalse();
        result.Error.ShouldContain("over the limit of 1,000");
    }

    [Fact]
    public async Task FetchAsync_SlowServer_TimesOutWithAMessage()
    {
        await using var server = new LocalHttpServer(_ => new LocalResponse(200, Page) { Delay = TimeSpan.FromMinutes(1) });
        using var fetcher = Fetcher(FetchOptions.Default with { Timeout = TimeSpan.FromMilliseconds(200) });

        var result = await fetcher.FetchAsync(server.Url("/slow"), CancellationToken.None);

        result.Error.ShouldBe($"{server.Url("/slow")}: no complete answer within 0.2 s");
    }

    [Fact]
    public async Task FetchAsync_NotFound_SaysTheStatus()
    {
        await using var server = new LocalHttpServer(_ => new LocalResponse(404, "missing"));
        using var fetcher = Fetcher();

        var result = await fetcher.FetchAsync(server.Url("/gone"), CancellationToken.None);

        result.Error.ShouldBe($"{server.Url("/gone")}: the server answered 404 Not Found");
    }

    [Theory]
    [InlineData("ftp://example.org/a")]
    [InlineData("file:///etc/passwd")]
    public async Task FetchAsync_NonHttpAddress_IsRefusedWithoutConnecting(string url)
    {
        using var fetcher = Fetcher();

        var result = await fetcher.FetchAsync(new Uri(url), CancellationToken.None);

        result.Error.ShouldBe($"{new Uri(url)}: only http and https addresses can be imported");
    }

    [Fact]
    public async Task FetchAsync_NothingListening_IsAMessageNotAnException()
    {
        Uri url;
        await using (var server = new LocalHttpServer(_ => new LocalResponse(200)))
        {
            url = server.Url("/");
        }

        using var fetcher = Fetcher();
        var result = await fetcher.FetchAsync(url, CancellationToken.None);

        result.Error.ShouldStartWith(url.ToString());
    }

    [Theory]
    [InlineData("text/html; charset=windows-1256", "")]
    [InlineData("text/html", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">")]
    public async Task FetchAsync_Windows1256Page_IsDecodedByItsDeclaredCharset(string contentType, string meta)
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var bytes = System.Text.Encoding.GetEncoding("windows-1256").GetBytes($"<html><head>{meta}</head><body>خبر عاجل</body></html>");
        await using var server = new LocalHttpServer(_ => new LocalResponse(200) { RawBody = bytes, ContentType = contentType });
        using var fetcher = Fetcher();

        var result = await fetcher.FetchAsync(server.Url("/old"), CancellationToken.None);

        result.Html.ShouldNotBeNull().ShouldContain("خبر عاجل");
    }

    [Fact]
    public async Task FetchAsync_Pdf_IsNotAnHtmlPage()
    {
        await using var server = new LocalHttpServer(_ => new LocalResponse(200, "%PDF-1.7") { ContentType = "application/pdf" });
        using var fetcher = Fetcher();

        var result = await fetcher.FetchAsync(server.Url("/report.pdf"), CancellationToken.None);

        result.Error.ShouldBe($"{server.Url("/report.pdf")}: not an HTML page (application/pdf); import takes an article page, or its text saved as a .txt file");
    }

    [Fact]
    public async Task FetchAsync_PlainText_IsATextNotAPage()
    {
        await using var server = new LocalHttpServer(_ => new LocalResponse(200, "عنوان الخبر\n\nنص") { ContentType = "text/plain; charset=utf-8" });
        using var fetcher = Fetcher();

        var result = await fetcher.FetchAsync(server.Url("/a.txt"), CancellationToken.None);

        result.Error.ShouldBeNull();
        result.IsHtml.ShouldBeFalse();
    }
}

using System.Globalization;
using System.Net;

namespace DatasetBuilder.Importing;

/// <summary>
/// Fetches one article page over http or https with a timeout, a response size limit and a bounded number of redirects,
/// each redirect checked like the first address (no hop to <c>file:</c> or another scheme). Every failure is a message,
/// never an exception, so the command can report it plainly.
/// </summary>
public sealed class ArticleFetcher : IDisposable
{
    private readonly HttpMessageInvoker _invoker;
    private readonly FetchOptions _options;

    /// <param name="handler">The HTTP handler; it must not follow redirects itself (this class counts and checks them).</param>
    /// <param name="options">Timeout, size limit and redirect limit.</param>
    public ArticleFetcher(HttpMessageHandler handler, FetchOptions options)
    {
        ArgumentNullException.ThrowIfNull(handler);
        _invoker = new HttpMessageInvoker(handler, disposeHandler: false);
        _options = options ?? throw new ArgumentNullException(nameof(options));
    }

    /// <summary>The handler to use outside tests: no automatic redirects, no cookies, decompression on.</summary>
    public static SocketsHttpHandler CreateHandler() => new()
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        AutomaticDecompression = DecompressionMethods.All,
        ConnectTimeout = TimeSpan.FromSeconds(10),
    };

    public void Dispose() => _invoker.Dispose();

    /// <summary>True for an absolute http or https address; the only kinds <see cref="FetchAsync"/> accepts.</summary>
    public static bool IsHttp(Uri url) => url is { IsAbsoluteUri: true } && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);

    public async Task<FetchResult> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!IsHttp(url))
        {
            return FetchResult.Failed($"{url}: only http and https addresses can be imported");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        var current = url;
        try
        {
            for (var redirects = 0; ; redirects++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml;q=0.9,*/*;q=0.5");
                request.Headers.UserAgent.ParseAdd("DatasetBuilder-import/1.0");
                using var response = await _invoker.SendAsync(request, timeout.Token).ConfigureAwait(false);
                var status = (int)response.StatusCode;
                if (status is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    if (redirects >= _options.MaxRedirects)
                    {
                        return FetchResult.Failed($"{url}: more than {_options.MaxRedirects} redirects (last to {new Uri(current, location)})");
                    }

                    var next = new Uri(current, location);
                    if (!IsHttp(next))
                    {
                        return FetchResult.Failed($"{url}: redirected to {next}, which is not an http or https address");
                    }

                    current = next;
                    continue;
                }

                if (!response.IsSuccessStatusCode)
                {
                    return FetchResult.Failed($"{current}: the server answered {status} {response.ReasonPhrase}");
                }

                var mediaType = response.Content.Headers.ContentType?.MediaType?.ToLowerInvariant();
                if (mediaType is not null && !IsPageOrText(mediaType))
                {
                    // A PDF or an image would otherwise reach the extractor and come back as "no headline found".
                    return FetchResult.Failed($"{current}: not an HTML page ({mediaType}); import takes an article page, or its text saved as a .txt file");
                }

                if (response.Content.Headers.ContentLength > _options.MaxBytes)
                {
                    return FetchResult.Failed(string.Create(CultureInfo.InvariantCulture, $"{current}: the page is {response.Content.Headers.ContentLength:N0} bytes, over the limit of {_options.MaxBytes:N0}"));
                }

                var bytes = await ReadLimitedAsync(response.Content, timeout.Token).ConfigureAwait(false);
                if (bytes is null)
                {
                    return FetchResult.Failed(string.Create(CultureInfo.InvariantCulture, $"{current}: the page is over the limit of {_options.MaxBytes:N0} bytes"));
                }

                var content = HtmlCharset.Decode(bytes, response.Content.Headers.ContentType?.CharSet);
                var isHtml = mediaType is null or "text/html" or "application/xhtml+xml" || ImportInputReader.LooksLikeHtml(content);
                return new FetchResult { Html = content, FinalUrl = current, IsHtml = isHtml };
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return FetchResult.Failed(string.Create(CultureInfo.InvariantCulture, $"{current}: no complete answer within {_options.Timeout.TotalSeconds:0.#} s"));
        }
        catch (HttpRequestException e)
        {
            return FetchResult.Failed($"{current}: {e.Message}");
        }
    }

    /// <summary>Pages and plain texts can be imported; anything else (PDF, images, JSON feeds) cannot.</summary>
    private static bool IsPageOrText(string mediaType) =>
        mediaType is "application/xhtml+xml" || mediaType.StartsWith("text/", StringComparison.Ordinal);

    /// <summary>Reads at most <see cref="FetchOptions.MaxBytes"/>; null when the body is longer (a missing or lying Content-Length).</summary>
    private async Task<byte[]?> ReadLimitedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > _options.MaxBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
    }
}

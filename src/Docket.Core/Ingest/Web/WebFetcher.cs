using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Docket.Domain;

namespace Docket.Core.Ingest.Web;

/// <summary>What a web address returned: the body's bytes, its media type and charset, and the
/// address it finally came from after redirects.</summary>
internal sealed record WebResource(Uri FinalUri, byte[] Body, string? MediaType, string? Charset);

/// <summary>
/// Fetches one web page or feed with the limits an unattended ingest needs: http and https only,
/// a timeout over the whole fetch (redirects and body included), at most
/// <see cref="InputReaderOptions.MaxRedirects"/> redirects (followed here, so every hop is
/// checked), a size cap on the body, and only HTML, text, JSON or feed content types. Every
/// failure names the address and the reason. The HTTP transport is injected (an
/// <see cref="HttpMessageHandler"/>) so tests run it against a local server.
/// </summary>
public sealed class WebFetcher : IDisposable
{
    private readonly HttpClient _client;
    private readonly InputReaderOptions _options;

    /// <param name="handler">The transport; null for a <see cref="SocketsHttpHandler"/> that never follows redirects itself.</param>
    /// <param name="options">Limits (timeout, redirects, size).</param>
    public WebFetcher(HttpMessageHandler? handler = null, InputReaderOptions? options = null)
    {
        _options = options ?? new InputReaderOptions();
        handler ??= new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = _options.HttpTimeout,
        };
        _client = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd("Docket/1.0 (+news ingest)");
        _client.DefaultRequestHeaders.Accept.ParseAdd("text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/plain;q=0.8, */*;q=0.5");
    }

    /// <summary>True for an absolute http or https address.</summary>
    public static bool IsWebAddress(string input) =>
        input.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || input.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    public void Dispose() => _client.Dispose();

    internal async Task<Outcome<WebResource>> FetchAsync(string address, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return Fail(address, "not a valid http or https address");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.HttpTimeout);
        try
        {
            return await FollowAsync(address, uri, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Fail(address, $"timed out after {_options.HttpTimeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException ex)
        {
            return Fail(address, Describe(ex));
        }
        catch (IOException ex)
        {
            return Fail(address, $"connection failed while reading the response ({ex.Message})");
        }
    }

    private async Task<Outcome<WebResource>> FollowAsync(string address, Uri uri, CancellationToken cancellationToken)
    {
        for (var hop = 0; ; hop++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (status is 301 or 302 or 303 or 307 or 308)
            {
                var location = response.Headers.Location;
                if (location is null)
                {
                    return Fail(address, $"redirect ({status}) without a Location header");
                }

                var next = location.IsAbsoluteUri ? location : new Uri(uri, location);
                if (next.Scheme != Uri.UriSchemeHttp && next.Scheme != Uri.UriSchemeHttps)
                {
                    return Fail(address, $"redirects to a {next.Scheme}: address ({next}); only http and https are followed");
                }

                if (hop + 1 > _options.MaxRedirects)
                {
                    return Fail(address, $"too many redirects (more than {_options.MaxRedirects}); last to {next}");
                }

                uri = next;
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                var moved = hop > 0 ? $" at {uri}" : string.Empty;
                return Fail(address, $"the server answered {status} {response.ReasonPhrase}{moved}");
            }

            var contentType = response.Content.Headers.ContentType;
            var mediaType = contentType?.MediaType;
            if (mediaType is not null && !IsReadable(mediaType))
            {
                return Fail(address, $"content type '{mediaType}' is not HTML, text, JSON or a feed");
            }

            if (response.Content.Headers.ContentLength is { } declared && declared > _options.MaxBytes)
            {
                return Fail(address, $"response is {declared} bytes, over the {CappedRead.Size(_options.MaxBytes)} limit");
            }

            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                var body = await CappedRead.ReadAllAsync(address, stream, _options.MaxBytes, "response", cancellationToken).ConfigureAwait(false);
                if (!body.TryGetValue(out var bytes))
                {
                    return Outcome<WebResource>.Fail(body.Failure!);
                }

                return Outcome<WebResource>.Success(new WebResource(uri, bytes, mediaType, Charset(contentType)));
            }
        }
    }

    private static bool IsReadable(string mediaType)
    {
        var m = mediaType.ToLowerInvariant();
        return m.StartsWith("text/", StringComparison.Ordinal)
            || m is "application/xhtml+xml" or "application/xml" or "application/rss+xml" or "application/atom+xml"
                or "application/rdf+xml" or "application/json" or "application/x-ndjson" or "application/feed+json";
    }

    private static string? Charset(MediaTypeHeaderValue? contentType) =>
        string.IsNullOrWhiteSpace(contentType?.CharSet) ? null : contentType.CharSet;

    private static string Describe(HttpRequestException ex)
    {
        var socket = ex.InnerException as SocketException;
        return ex.HttpRequestError switch
        {
            HttpRequestError.NameResolutionError => "the host name could not be resolved (DNS)",
            HttpRequestError.ConnectionError when socket?.SocketErrorCode == SocketError.ConnectionRefused => "connection refused",
            HttpRequestError.ConnectionError => $"could not connect ({socket?.SocketErrorCode.ToString() ?? ex.Message})",
            HttpRequestError.SecureConnectionError => "the TLS handshake failed",
            HttpRequestError.ResponseEnded => "the server closed the connection before the response ended",
            _ => $"request failed: {ex.Message}",
        };
    }

    private static Outcome<WebResource> Fail(string address, string reason) => Outcome<WebResource>.Fail(address, reason);
}

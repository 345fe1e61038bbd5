using System.Net;
using System.Net.Sockets;
using System.Text;
using Docket.Core.Ingest;
using Docket.Core.Ingest.Web;
using Docket.Domain.Articles;
using static Docket.Tests.Ingest.Ingest;

namespace Docket.Tests.Ingest;

public sealed class WebInputTests
{
    private static readonly byte[] Page = Encoding.UTF8.GetBytes("<html><body><p>" + ArticleText + "</p></body></html>");

    private static InputReader Reader(InputReaderOptions? options = null)
    {
        options ??= new InputReaderOptions();
        return new InputReader(options, new WebFetcher(options: options));
    }

    [Fact]
    public async Task APageIsFetchedAndReadAsHtmlWithItsAddressAsAHint()
    {
        using var server = new LocalWebServer(c => LocalWebServer.Reply(c, 200, "text/html; charset=utf-8", Page));
        using var reader = Reader();
        var url = server.Url("/story");
        var doc = Single(await ReadAll(reader, url));
        Assert.Equal(DocumentFormat.Html, doc.Format);
        Assert.Equal(url, doc.Input);
        Assert.Equal(url, doc.Hints.Url);
        Assert.Contains("air defence batteries", doc.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCharsetOfTheContentTypeIsHonoured()
    {
        byte[] body = [.. Encoding.ASCII.GetBytes("<html><body><p>The "), 0x93, .. Encoding.ASCII.GetBytes("caf"), 0xE9, 0x94, .. Encoding.ASCII.GetBytes("</p></body></html>")];
        using var server = new LocalWebServer(c => LocalWebServer.Reply(c, 200, "text/html; charset=windows-1252", body));
        using var reader = Reader();
        var doc = Single(await ReadAll(reader, server.Url("/legacy")));
        Assert.Contains("The “café”", doc.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFeedAddressGivesOneArticlePerItem()
    {
        var rss = Encoding.UTF8.GetBytes("<rss version=\"2.0\"><channel><title>Wire</title><item><title>A</title><description>First.</description></item><item><title>B</title><description>Second.</description></item></channel></rss>");
        using var server = new LocalWebServer(c => LocalWebServer.Reply(c, 200, "application/rss+xml", rss));
        using var reader = Reader();
        var url = server.Url("/feed");
        var results = await ReadAll(reader, url);
        Assert.Equal([url + "#1", url + "#2"], results.Select(r => r.Value!.Input));
        Assert.All(results, r => Assert.Equal("Wire", r.Value!.Hints.Outlet));
    }

    [Fact]
    public async Task AChainOfRedirectsIsFollowedToThePage()
    {
        using var server = new LocalWebServer(c =>
        {
            var path = c.Request.Url!.AbsolutePath;
            if (path.StartsWith("/hop", StringComparison.Ordinal))
            {
                var n = int.Parse(path[4..], System.Globalization.CultureInfo.InvariantCulture);
                LocalWebServer.Redirect(c, n < 3 ? $"/hop{n + 1}" : "/final", n % 2 == 0 ? 301 : 307);
                return Task.CompletedTask;
            }

            return LocalWebServer.Reply(c, 200, "text/html", Page);
        });
        using var reader = Reader();
        var doc = Single(await ReadAll(reader, server.Url("/hop1")));
        Assert.Equal(server.Url("/final"), doc.Hints.Url);
    }

    [Fact]
    public async Task MoreThanFiveRedirectsIsAFailure()
    {
        using var server = new LocalWebServer(c =>
        {
            LocalWebServer.Redirect(c, "/again" + Guid.NewGuid().ToString("N"));
            return Task.CompletedTask;
        });
        using var reader = Reader();
        var url = server.Url("/loop");
        var failure = SingleFailure(await ReadAll(reader, url));
        Assert.Equal(url, failure.Input);
        Assert.Contains("too many redirects (more than 5)", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARedirectToAnotherSchemeIsNotFollowed()
    {
        using var server = new LocalWebServer(c =>
        {
            LocalWebServer.Redirect(c, "file:///etc/passwd");
            return Task.CompletedTask;
        });
        using var reader = Reader();
        var failure = SingleFailure(await ReadAll(reader, server.Url("/sneaky")));
        Assert.Contains("only http and https are followed", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotFoundIsAFailureNamingTheAddressAndTheStatus()
    {
        using var server = new LocalWebServer(c => LocalWebServer.Reply(c, 404, "text/html", Encoding.UTF8.GetBytes("<p>gone</p>")));
        using var reader = Reader();
        var url = server.Url("/missing");
        var failure = SingleFailure(await ReadAll(reader, url));
        Assert.Equal(url, failure.Input);
        Assert.Contains("404", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASlowServerTimesOut()
    {
        using var server = new LocalWebServer(async c =>
        {
            await Task.Delay(TimeSpan.FromSeconds(3));
            await LocalWebServer.Reply(c, 200, "text/html", Page);
        });
        using var reader = Reader(new InputReaderOptions { HttpTimeout = TimeSpan.FromMilliseconds(300) });
        var failure = SingleFailure(await ReadAll(reader, server.Url("/slow")));
        Assert.Contains("timed out after 0.3 s", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABodyLargerThanTheCapIsAFailure()
    {
        var big = Encoding.UTF8.GetBytes("<p>" + new string('x', 20_000) + "</p>");
        using var server = new LocalWebServer(c => LocalWebServer.Reply(c, 200, "text/html", big));
        using var reader = Reader(new InputReaderOptions { MaxBytes = 10_000 });
        var failure = SingleFailure(await ReadAll(reader, server.Url("/big")));
        Assert.Contains("over the 10000-byte limit", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AChunkedBodyLargerThanTheCapIsAFailure()
    {
        using var server = new LocalWebServer(async c =>
        {
            c.Response.StatusCode = 200;
            c.Response.ContentType = "text/html";
            c.Response.SendChunked = true;
            var chunk = Encoding.UTF8.GetBytes(new string('y', 4096));
            for (var i = 0; i < 10; i++)
            {
                await c.Response.OutputStream.WriteAsync(chunk);
            }

            c.Response.Close();
        });
        using var reader = Reader(new InputReaderOptions { MaxBytes = 10_000 });
        var failure = SingleFailure(await ReadAll(reader, server.Url("/chunked")));
        Assert.Contains("larger than the 10000-byte limit", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AContentTypeThatIsNotTextIsRefused()
    {
        using var server = new LocalWebServer(c => LocalWebServer.Reply(c, 200, "image/png", [0x89, 0x50, 0x4E, 0x47]));
        using var reader = Reader();
        var failure = SingleFailure(await ReadAll(reader, server.Url("/picture")));
        Assert.Contains("content type 'image/png' is not HTML, text, JSON or a feed", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AClosedPortIsAFailureAndTheBatchGoesOn()
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        using var server = new LocalWebServer(c => LocalWebServer.Reply(c, 200, "text/plain", Encoding.UTF8.GetBytes(ArticleText)));
        using var reader = Reader();
        var results = await ReadAll(reader, $"http://127.0.0.1:{port}/nothing", server.Url("/ok"));
        Assert.Equal(2, results.Count);
        Assert.Contains("refused", results[0].Failure!.Reason, StringComparison.Ordinal);
        Assert.True(results[1].IsSuccess);
    }

    [Fact]
    public async Task ADnsFailureIsNamedAsSuch()
    {
        using var fetcher = new WebFetcher(new ThrowingHandler(new HttpRequestException(HttpRequestError.NameResolutionError, "no such host")));
        using var reader = new InputReader(web: fetcher);
        var failure = SingleFailure(await ReadAll(reader, "https://no-such-host.invalid/story"));
        Assert.Equal("https://no-such-host.invalid/story", failure.Input);
        Assert.Contains("could not be resolved (DNS)", failure.Reason, StringComparison.Ordinal);
    }

    private sealed class ThrowingHandler(Exception error) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromException<HttpResponseMessage>(error);
    }
}

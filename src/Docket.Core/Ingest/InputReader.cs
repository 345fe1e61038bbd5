using System.Runtime.CompilerServices;
using System.Text;
using Docket.Core.Ingest.Readers;
using Docket.Core.Ingest.Web;
using Docket.Domain;
using Docket.Domain.Articles;

namespace Docket.Core.Ingest;

/// <summary>
/// Turns what a user names on the command line into raw documents: files, folders (recursively,
/// in ordinal path order, hidden files and folders skipped), "-" for stdin, and http(s)
/// addresses. Each is read by the reader its content and name call for: plain text, HTML,
/// gold-format JSON, JSON Lines (streamed), RSS/Atom feeds, each optionally gzip-compressed.
/// Every input yields documents or failures naming it; one bad input never stops the others,
/// and no input is ever silently dropped.
/// </summary>
public sealed class InputReader : IDisposable
{
    private readonly InputReaderOptions _options;
    private readonly WebFetcher _web;
    private readonly bool _ownsWeb;
    private readonly Func<Stream> _stdin;
    private readonly Action<IngestNote> _notes;
    private readonly ArticleJsonReader _json;
    private readonly JsonLinesReader _jsonLines;

    /// <param name="options">Limits; the defaults when null.</param>
    /// <param name="web">Fetches web addresses; a default fetcher when null (the reader then owns it).</param>
    /// <param name="stdin">Opens standard input for "-"; the console's when null.</param>
    /// <param name="notes">Receives things noticed that did not stop an input (an encoding guessed).</param>
    public InputReader(InputReaderOptions? options = null, WebFetcher? web = null, Func<Stream>? stdin = null, Action<IngestNote>? notes = null)
    {
        _options = options ?? new InputReaderOptions();
        _ownsWeb = web is null;
        _web = web ?? new WebFetcher(options: _options);
        _stdin = stdin ?? Console.OpenStandardInput;
        _notes = notes ?? (_ => { });
        _json = new ArticleJsonReader(_options.MaxJsonDepth);
        _jsonLines = new JsonLinesReader(_options.MaxJsonDepth);
    }

    /// <summary>The name stdin's documents carry.</summary>
    public const string StdinName = "stdin";

    public void Dispose()
    {
        if (_ownsWeb)
        {
            _web.Dispose();
        }
    }

    public async IAsyncEnumerable<Outcome<RawDocument>> ReadAsync(IEnumerable<string> inputs, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (var input in inputs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (input == "-")
            {
                await foreach (var d in GuardAsync(StdinName, ReadStdinAsync(cancellationToken), cancellationToken).ConfigureAwait(false))
                {
                    yield return d;
                }
            }
            else if (WebFetcher.IsWebAddress(input))
            {
                await foreach (var d in GuardAsync(input, ReadWebAsync(input, cancellationToken), cancellationToken).ConfigureAwait(false))
                {
                    yield return d;
                }
            }
            else if (Directory.Exists(input))
            {
                var files = InputFolder.Files(input);
                if (files.Count == 0)
                {
                    yield return Outcome<RawDocument>.Fail(input, "folder holds no (visible) files");
                }

                foreach (var file in files)
                {
                    await foreach (var d in GuardAsync(file, ReadFileAsync(file, cancellationToken), cancellationToken).ConfigureAwait(false))
                    {
                        yield return d;
                    }
                }
            }
            else if (input.Contains("://", StringComparison.Ordinal) && !File.Exists(input))
            {
                yield return Outcome<RawDocument>.Fail(input, "only http and https addresses can be fetched");
            }
            else
            {
                await foreach (var d in GuardAsync(input, ReadFileAsync(input, cancellationToken), cancellationToken).ConfigureAwait(false))
                {
                    yield return d;
                }
            }
        }
    }

    /// <summary>Reads one file: streamed when it is JSON Lines, otherwise loaded (capped) and sniffed.</summary>
    private async IAsyncEnumerable<Outcome<RawDocument>> ReadFileAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            yield return Outcome<RawDocument>.Fail(path, "no such file or folder");
            yield break;
        }

        var length = new FileInfo(path).Length;
        if (length > _options.MaxBytes)
        {
            yield return Outcome<RawDocument>.Fail(path, $"file is {length} bytes, over the {CappedRead.Size(_options.MaxBytes)} limit");
            yield break;
        }

        if (length == 0)
        {
            yield return Outcome<RawDocument>.Fail(path, "file is empty");
            yield break;
        }

        var gzipped = await StartsWithGzipAsync(path, cancellationToken).ConfigureAwait(false);
        var innerName = gzipped && path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        if (Path.GetExtension(innerName).ToLowerInvariant() is ".jsonl" or ".ndjson")
        {
            await foreach (var d in StreamJsonLinesAsync(path, gzipped, cancellationToken).ConfigureAwait(false))
            {
                yield return d;
            }

            yield break;
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        if (gzipped)
        {
            var inflated = await CappedRead.GunzipAsync(path, bytes, _options.MaxBytes, cancellationToken).ConfigureAwait(false);
            if (!inflated.TryGetValue(out bytes!))
            {
                yield return Outcome<RawDocument>.Fail(inflated.Failure!);
                yield break;
            }
        }
        else if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            yield return Outcome<RawDocument>.Fail(path, "named .gz but is not gzip data");
            yield break;
        }

        foreach (var d in ReadBytes(path, innerName, bytes, charset: null, mediaType: null, DocumentHints.None))
        {
            yield return d;
        }
    }

    private async IAsyncEnumerable<Outcome<RawDocument>> StreamJsonLinesAsync(string path, bool gzipped, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 65536, useAsync: true);
        Stream source = gzipped ? new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionMode.Decompress) : file;
        var counted = new CountingStream(source, _options.MaxBytes);
        using var reader = new StreamReader(counted, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true, bufferSize: 65536);

        // A binary file renamed .jsonl would otherwise fail once per "line": check its start first.
        var start = new char[4096];
        var read = await reader.ReadBlockAsync(start, cancellationToken).ConfigureAwait(false);
        var head = new string(start, 0, read);
        if (ContentCheck.WhyNotText(head) is { } why)
        {
            yield return Outcome<RawDocument>.Fail(path, why);
            yield break;
        }

        using var joined = new PrefixedReader(head, reader);
        await foreach (var d in _jsonLines.ReadAsync(path, joined, cancellationToken).ConfigureAwait(false))
        {
            if (counted.CapExceeded)
            {
                break;
            }

            yield return d;
        }

        if (counted.CapExceeded)
        {
            yield return Outcome<RawDocument>.Fail(path, $"decompressed data is larger than the {CappedRead.Size(_options.MaxBytes)} limit; the lines after the limit were not read");
        }
        else if (gzipped && !await GzipTrailerMatchesAsync(path, counted.Count, cancellationToken).ConfigureAwait(false))
        {
            yield return Outcome<RawDocument>.Fail(path, "gzip file is truncated or corrupt (its trailer does not match the decompressed length); the lines read before the damage were kept");
        }
    }

    private async IAsyncEnumerable<Outcome<RawDocument>> ReadStdinAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var stream = _stdin();
        byte[] bytes;
        await using (stream.ConfigureAwait(false))
        {
            var all = await CappedRead.ReadAllAsync(StdinName, stream, _options.MaxBytes, "standard input", cancellationToken).ConfigureAwait(false);
            if (!all.TryGetValue(out bytes!))
            {
                yield return Outcome<RawDocument>.Fail(all.Failure!);
                yield break;
            }
        }

        if (CappedRead.IsGzip(bytes))
        {
            var inflated = await CappedRead.GunzipAsync(StdinName, bytes, _options.MaxBytes, cancellationToken).ConfigureAwait(false);
            if (!inflated.TryGetValue(out bytes!))
            {
                yield return Outcome<RawDocument>.Fail(inflated.Failure!);
                yield break;
            }
        }

        foreach (var d in ReadBytes(StdinName, null, bytes, charset: null, mediaType: null, DocumentHints.None))
        {
            yield return d;
        }
    }

    private async IAsyncEnumerable<Outcome<RawDocument>> ReadWebAsync(string address, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var fetched = await _web.FetchAsync(address, cancellationToken).ConfigureAwait(false);
        if (!fetched.TryGetValue(out var resource))
        {
            yield return Outcome<RawDocument>.Fail(fetched.Failure!);
            yield break;
        }

        var bytes = resource.Body;
        if (CappedRead.IsGzip(bytes))
        {
            var inflated = await CappedRead.GunzipAsync(address, bytes, _options.MaxBytes, cancellationToken).ConfigureAwait(false);
            if (!inflated.TryGetValue(out bytes!))
            {
                yield return Outcome<RawDocument>.Fail(inflated.Failure!);
                yield break;
            }
        }

        var hints = new DocumentHints { Url = resource.FinalUri.ToString() };
        foreach (var d in ReadBytes(address, resource.FinalUri.AbsolutePath, bytes, resource.Charset, resource.MediaType, hints))
        {
            yield return d;
        }
    }

    /// <summary>Decodes, checks and sniffs content held in memory, then hands it to its reader.</summary>
    private IEnumerable<Outcome<RawDocument>> ReadBytes(string input, string? name, byte[] bytes, string? charset, string? mediaType, DocumentHints hints)
    {
        if (bytes.Length == 0)
        {
            return [Outcome<RawDocument>.Fail(input, "input is empty")];
        }

        // A page saved to disk still says its charset in a meta tag.
        var decoded = TextDecoder.Decode(bytes, charset ?? HtmlCharset.Find(bytes));
        if (ContentCheck.WhyNotText(decoded.Text) is { } why)
        {
            return [Outcome<RawDocument>.Fail(input, why)];
        }

        if (decoded.Note is not null)
        {
            _notes(new IngestNote(input, decoded.Note));
        }

        var format = FormatSniffer.Detect(name, decoded.Text, mediaType);
        return format switch
        {
            InputFormat.Html => [HtmlPageReader.Read(input, decoded.Text, hints)],
            InputFormat.ArticleJson => _json.Read(input, decoded.Text),
            InputFormat.JsonLines => ReadJsonLinesInMemory(input, decoded.Text),
            InputFormat.Feed => FeedReader.Read(input, decoded.Text),
            InputFormat.OtherXml => FeedReader.Read(input, decoded.Text),
            _ => [PlainTextReader.Read(input, decoded.Text, hints)],
        };
    }

    private List<Outcome<RawDocument>> ReadJsonLinesInMemory(string input, string text)
    {
        // Content already in memory (stdin, a download): the streaming reader over a StringReader
        // completes synchronously.
        var results = new List<Outcome<RawDocument>>();
        var e = _jsonLines.ReadAsync(input, new StringReader(text), CancellationToken.None).GetAsyncEnumerator();
        try
        {
            while (e.MoveNextAsync().AsTask().GetAwaiter().GetResult())
            {
                results.Add(e.Current);
            }
        }
        finally
        {
            e.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        return results;
    }

    private static async Task<bool> StartsWithGzipAsync(string path, CancellationToken cancellationToken)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 16, useAsync: true);
        await using (file.ConfigureAwait(false))
        {
            var head = new byte[2];
            var n = await file.ReadAtLeastAsync(head, 2, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
            return n == 2 && CappedRead.IsGzip(head);
        }
    }

    private static async Task<bool> GzipTrailerMatchesAsync(string path, long decompressed, CancellationToken cancellationToken)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 16, useAsync: true);
        await using (file.ConfigureAwait(false))
        {
            if (file.Length < 18)
            {
                return false;
            }

            file.Seek(-4, SeekOrigin.End);
            var tail = new byte[4];
            await file.ReadExactlyAsync(tail, cancellationToken).ConfigureAwait(false);
            var padded = new byte[18];
            tail.CopyTo(padded, 14);
            return CappedRead.TrailerMatches(padded, decompressed);
        }
    }

    /// <summary>
    /// Runs one input's reading so that an unexpected error (an unreadable file, a device that
    /// vanished) becomes a failure of that input and the batch goes on.
    /// </summary>
    private static async IAsyncEnumerable<Outcome<RawDocument>> GuardAsync(string input, IAsyncEnumerable<Outcome<RawDocument>> source, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var e = source.GetAsyncEnumerator(cancellationToken);
        try
        {
            while (true)
            {
                Outcome<RawDocument> next;
                var failed = false;
                try
                {
                    if (!await e.MoveNextAsync().ConfigureAwait(false))
                    {
                        break;
                    }

                    next = e.Current;
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    throw;
                }
#pragma warning disable CA1031 // One unreadable input must fail alone, never stop the batch.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    next = Outcome<RawDocument>.Fail(input, Describe(ex));
                    failed = true;
                }

                yield return next;
                if (failed)
                {
                    break;
                }
            }
        }
        finally
        {
            await e.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static string Describe(Exception ex) => ex switch
    {
        UnauthorizedAccessException => "permission denied",
        FileNotFoundException or DirectoryNotFoundException => "no such file or folder",
        InvalidDataException => $"corrupt compressed data ({ex.Message})",
        IOException => $"could not be read ({ex.Message})",
        _ => $"could not be read ({ex.GetType().Name}: {ex.Message})",
    };
}

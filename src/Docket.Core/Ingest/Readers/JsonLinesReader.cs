using System.Runtime.CompilerServices;
using System.Text.Json;
using Docket.Domain;
using Docket.Domain.Articles;

namespace Docket.Core.Ingest.Readers;

/// <summary>
/// Reads JSON Lines one line at a time from a <see cref="TextReader"/>, so a 50 MB file is never
/// one string. Each line is one article object; its input is "path:LINE" (1-based). A bad line is
/// a failure of that line only; blank lines are skipped.
/// </summary>
internal sealed class JsonLinesReader
{
    private readonly JsonDocumentOptions _options;

    public JsonLinesReader(int maxDepth)
    {
        _options = new JsonDocumentOptions { MaxDepth = maxDepth };
    }

    public async IAsyncEnumerable<Outcome<RawDocument>> ReadAsync(string input, TextReader reader, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var lineNumber = 0;
        var articles = 0;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            articles++;
            yield return ReadLine($"{input}:{lineNumber}", line);
        }

        if (articles == 0)
        {
            yield return Outcome<RawDocument>.Fail(input, "JSON Lines file has no articles (every line is blank)");
        }
    }

    private Outcome<RawDocument> ReadLine(string input, string line)
    {
        var parsed = ArticleJsonReader.Parse(input, line, _options);
        if (!parsed.TryGetValue(out var document))
        {
            return Outcome<RawDocument>.Fail(parsed.Failure!);
        }

        using (document)
        {
            return ArticleObject.ToDocument(input, document.RootElement);
        }
    }
}

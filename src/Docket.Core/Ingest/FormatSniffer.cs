using System.Text.RegularExpressions;

namespace Docket.Core.Ingest;

/// <summary>
/// Chooses how to read an input from its name and its first characters. Strong content signals
/// win over the extension (a feed saved as .txt is still a feed); the extension decides between
/// weak ones; content decides alone for stdin and for names with no known extension.
/// </summary>
internal static partial class FormatSniffer
{
    /// <summary>The format of a file named <paramref name="name"/> (".gz" already removed)
    /// whose text is <paramref name="text"/>; <paramref name="mediaType"/> is an HTTP content type.</summary>
    public static InputFormat Detect(string? name, string text, string? mediaType = null)
    {
        var head = Head(text);
        var ext = name is null ? string.Empty : Path.GetExtension(name).ToLowerInvariant();
        if (head.StartsWith('<'))
        {
            if (FeedRoot().IsMatch(head))
            {
                return InputFormat.Feed;
            }

            if (HtmlStart().IsMatch(head))
            {
                return InputFormat.Html;
            }

            if (head.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) && ext is not (".html" or ".htm" or ".xhtml"))
            {
                return InputFormat.OtherXml;
            }
        }

        switch (ext)
        {
            case ".html" or ".htm" or ".xhtml" or ".shtml":
                return InputFormat.Html;
            case ".jsonl" or ".ndjson":
                return InputFormat.JsonLines;
            case ".json":
                return InputFormat.ArticleJson;
            case ".xml" or ".rss" or ".atom":
                return head.StartsWith('<') ? InputFormat.OtherXml : InputFormat.PlainText;
            case ".txt" or ".text" or ".md":
                return InputFormat.PlainText;
        }

        if (mediaType is not null)
        {
            if (mediaType.Contains("html", StringComparison.OrdinalIgnoreCase))
            {
                return InputFormat.Html;
            }

            if (mediaType.Contains("ndjson", StringComparison.OrdinalIgnoreCase) || mediaType.Contains("jsonl", StringComparison.OrdinalIgnoreCase))
            {
                return InputFormat.JsonLines;
            }
        }

        if (head.StartsWith('{'))
        {
            return LooksLikeJsonLines(text) ? InputFormat.JsonLines : InputFormat.ArticleJson;
        }

        if (head.StartsWith('['))
        {
            return InputFormat.ArticleJson;
        }

        if (head.StartsWith('<') && LooseHtml().IsMatch(head))
        {
            return InputFormat.Html;
        }

        return InputFormat.PlainText;
    }

    /// <summary>The first 2 KB after leading whitespace, byte-order marks and XML/HTML comments.</summary>
    private static string Head(string text)
    {
        var span = text.AsSpan().TrimStart(" \t\r\n\uFEFF");
        while (span.StartsWith("<!--", StringComparison.Ordinal))
        {
            var end = span.IndexOf("-->", StringComparison.Ordinal);
            if (end < 0)
            {
                break;
            }

            span = span[(end + 3)..].TrimStart(" \t\r\n");
        }

        return span[..Math.Min(span.Length, 2048)].ToString();
    }

    /// <summary>Two or more lines, and the first line alone is a complete JSON object.</summary>
    private static bool LooksLikeJsonLines(string text)
    {
        var trimmed = text.AsSpan().Trim();
        var nl = trimmed.IndexOf('\n');
        if (nl < 0)
        {
            return false;
        }

        var first = trimmed[..nl].TrimEnd();
        var rest = trimmed[(nl + 1)..].TrimStart();
        return first.EndsWith("}") && rest.StartsWith("{") && BracesBalance(first);
    }

    private static bool BracesBalance(ReadOnlySpan<char> line)
    {
        var depth = 0;
        var inString = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                }
            }
            else if (c == '"')
            {
                inString = true;
            }
            else if (c is '{' or '[')
            {
                depth++;
            }
            else if (c is '}' or ']')
            {
                depth--;
            }
        }

        return depth == 0 && !inString;
    }

    [GeneratedRegex(@"^(?:<\?xml[^>]*>\s*(?:<!--.*?-->\s*|<\?[^>]*>\s*)*)?<(?:rss|feed|rdf:RDF)\b", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FeedRoot();

    [GeneratedRegex(@"^(?:<\?xml[^>]*>\s*)?(?:<!doctype\s+html|<html\b|<head\b|<body\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex HtmlStart();

    [GeneratedRegex(@"<(?:p|div|article|section|h[1-6]|meta|title|span|br|table|main)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex LooseHtml();
}

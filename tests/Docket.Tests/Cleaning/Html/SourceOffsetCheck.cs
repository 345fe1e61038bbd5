using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Docket.Core.Cleaning.Html;
using Docket.Domain.Text;

namespace Docket.Tests.Cleaning.Html;

/// <summary>
/// Checks an extraction against its HTML source, independently of how the extractor mapped
/// it: each body line must read exactly like the source text its paragraph span covers (parsed
/// again by AngleSharp, scripts and other non-content elements dropped, whitespace collapsed),
/// the body map must give that same span, and every map segment must cover source text that
/// decodes to the body characters it stands for.
/// </summary>
internal static partial class SourceOffsetCheck
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Null when every offset checks out, else what is wrong.</summary>
    public static string? Verify(string html, HtmlExtraction extraction)
    {
        if (!extraction.IsSuccess)
        {
            return extraction.Body.Length == 0 ? null : "a rejected extraction has a body";
        }

        var lines = extraction.Body.Split('\n');
        if (lines.Length != extraction.Paragraphs.Count)
        {
            return $"{lines.Length} body lines but {extraction.Paragraphs.Count} paragraph spans";
        }

        var offset = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var span = extraction.Paragraphs[i];
            var fragment = span.Of(html);
            if (QuickVisible(fragment) != lines[i] && Visible(fragment) is var visible && visible != lines[i])
            {
                return $"line {i} reads '{lines[i]}' but its source span {span} reads '{visible}'";
            }

            var mapped = extraction.BodyMap.ToSource(TextSpan.FromLength(offset, lines[i].Length));
            if (mapped != span)
            {
                return $"line {i}: the body map gives {mapped}, the paragraph span is {span}";
            }

            offset += lines[i].Length + 1;
        }

        if (extraction.BodyMap.DerivedLength != extraction.Body.Length)
        {
            return $"the map covers {extraction.BodyMap.DerivedLength} characters, the body has {extraction.Body.Length}";
        }

        foreach (var segment in extraction.BodyMap.Segments)
        {
            var text = extraction.Body.Substring(segment.DerivedStart, segment.DerivedLength);
            var source = html.Substring(segment.SourceStart, segment.SourceLength);
            if (!SegmentAgrees(text, source))
            {
                return $"body '{text}' at {segment.DerivedStart} maps to source '{source}' at {segment.SourceStart}";
            }
        }

        return null;
    }

    private static bool SegmentAgrees(string text, string source)
    {
        if (text == "\n" && source.Length == 0)
        {
            return true; // the separator between two blocks
        }

        if (text.Length == source.Length)
        {
            for (var k = 0; k < text.Length; k++)
            {
                if (text[k] != source[k] && !(char.IsWhiteSpace(text[k]) && char.IsWhiteSpace(source[k])))
                {
                    return false;
                }
            }

            return true;
        }

        // A character reference, a normalised line break or a collapsed run of whitespace.
        if (string.IsNullOrWhiteSpace(text) && source.Length > 0 && string.IsNullOrWhiteSpace(source))
        {
            return true;
        }

        if (System.Net.WebUtility.HtmlDecode(source) == text)
        {
            return true; // the common references, without parsing a document
        }

        var decoded = Decode(source);
        return string.IsNullOrWhiteSpace(text) ? decoded.Length > 0 && string.IsNullOrWhiteSpace(decoded) : decoded == text;
    }

    private static string Decode(string source)
    {
        using var doc = Parser.ParseDocument("<body>" + source);
        return doc.Body?.TextContent ?? string.Empty;
    }

    // A cheap reading of a fragment (tags and scripts cut by pattern, references decoded by
    // WebUtility); used only to accept a line early, never to reject one.
    private static string QuickVisible(string fragment)
    {
        if (fragment.Contains('<', StringComparison.Ordinal))
        {
            fragment = RawTextElement().Replace(fragment, string.Empty);
            fragment = Markup().Replace(fragment, string.Empty);
        }

        return Collapse(fragment.Contains('&', StringComparison.Ordinal) ? System.Net.WebUtility.HtmlDecode(fragment) : fragment);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"<(script|style|noscript|template|svg|button|select|textarea|iframe|object)\b.*?</\1\s*>", System.Text.RegularExpressions.RegexOptions.Singleline | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex RawTextElement();

    [System.Text.RegularExpressions.GeneratedRegex(@"<!--.*?-->|<[!/?A-Za-z][^>]*>", System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex Markup();

    /// <summary>The visible text of an HTML fragment, whitespace collapsed.</summary>
    public static string Visible(string fragment)
    {
        using var doc = Parser.ParseDocument("<body>" + fragment);
        var body = doc.Body;
        if (body is null)
        {
            return string.Empty;
        }

        foreach (var element in body.QuerySelectorAll("*").Where(e => HtmlVocabulary.NonContentTags.Contains(e.LocalName)).ToList())
        {
            element.Remove();
        }

        return Collapse(body.TextContent);
    }

    public static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}

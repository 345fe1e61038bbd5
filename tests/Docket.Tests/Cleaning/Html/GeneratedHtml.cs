using FsCheck;
using FsCheck.Fluent;

namespace Docket.Tests.Cleaning.Html;

/// <summary>FsCheck generators of messy HTML pages: nested blocks and inline elements, text
/// with character references (named, numeric, legacy without ';', invalid), CR LF line breaks,
/// literal '&amp;' and '&lt;', comments, scripts and tables.</summary>
internal static class GeneratedHtml
{
    private static readonly string[] Words =
    [
        "Kyiv", "asked", "for", "ATACMS", "missiles", "naïve", "café", "the", "Pentagon", "said", "AT&T", "a < b",
        "x&y", "100%", "“quoted”", "—", "2024", "don't",
    ];

    private static readonly string[] References =
    [
        "&amp;", "&lt;", "&gt;", "&quot;", "&#8217;", "&#x2014;", "&#X201C;", "&nbsp;", "&copy;", "&copy ", "&notin;",
        "&notit;", "&#0;", "&#128;", "&#150;", "&#xD800;", "&#1114112;", "&bogus;", "&", "&#", "&#x;", "&AMP;",
    ];

    private static readonly string[] Spaces = [" ", "  ", "\n", "\r\n", "\r", "\t", " \r\n  "];

    private static readonly string[] BlockTags = ["p", "div", "h2", "blockquote", "section", "article", "pre"];

    private static readonly string[] InlineTags = ["span", "b", "i", "em", "a href=\"/x?a=1&amp;b=2\"", "strong class=\"x\""];

    private static readonly string[] Extras =
    [
        "<!-- a comment with <p>markup</p> -->", "<br>", "<br/>", "<img src=\"a.png\" alt=\"a > b\">",
        "<script>var s = '<p>&amp;</p>'; if (a < b) {}</script>", "<style>p { color: red; }</style>",
        "<span hidden>hidden words</span>", "<button>Share</button>", "</span>", "<p>",
        "<script><!--\nvar a = '<div>';\n//--></script>", "<script type=\"text/template\"><div class=\"c\">{{ x }}</div></script>",
    ];

    public static Gen<string> Pages() => Node(3).ListOf().Select(parts =>
        "<!DOCTYPE html>\r\n<html lang=\"en\"><head><title>T &amp; t</title></head><body>\r\n" + string.Concat(parts) + "\n</body></html>");

    private static Gen<string> Text() =>
        Gen.OneOf(Gen.Elements(Words), Gen.Elements(References), Gen.Elements(Spaces)).ListOf().Select(string.Concat);

    private static Gen<string> Node(int depth)
    {
        var leaf = Gen.OneOf(Text(), Text(), Gen.Elements(Extras));
        if (depth == 0)
        {
            return leaf;
        }

        var child = Node(depth - 1).ListOf().Select(string.Concat);
        var block = Gen.Elements(BlockTags).SelectMany(tag => child.Select(inner => $"<{tag}>{inner}</{tag}>"));
        var inline = Gen.Elements(InlineTags).SelectMany(tag => child.Select(inner => $"<{tag}>{inner}</{tag.Split(' ')[0]}>"));
        var list = child.ListOf().Select(items => "<ul>" + string.Concat(items.Select(i => "<li>" + i)) + "</ul>");
        var table = child.ListOf().Select(cells => "<table><tr>" + string.Concat(cells.Select(c => "<td>" + c + "</td>")) + "</tr></table>");
        return Gen.OneOf(leaf, leaf, block, block, inline, list, table);
    }
}

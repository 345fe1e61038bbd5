using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Docket.Domain.Articles;
using Docket.Domain.Time;

namespace Docket.Core.Cleaning.Html;

/// <summary>
/// Reads an article's metadata from its page, each field from the first source that has it:
/// <list type="bullet">
/// <item>title: og:title, JSON-LD headline, the first h1, then &lt;title&gt;; a trailing
/// " | Site" (or " - Site") naming the outlet is removed;</item>
/// <item>outlet: og:site_name, JSON-LD publisher name, application-name;</item>
/// <item>published / updated: article:published_time / article:modified_time, JSON-LD
/// datePublished / dateModified, itemprop dates, meta date variants (date, pubdate,
/// dc.date, parsely-pub-date ...), then the first &lt;time datetime&gt;;</item>
/// <item>byline: meta author, JSON-LD author names, rel=author links, a "By X" line;</item>
/// <item>language: &lt;html lang&gt;, og:locale, content-language, JSON-LD inLanguage (as an
/// ISO 639-1 code);</item>
/// <item>canonical URL: link rel=canonical, og:url, JSON-LD url.</item>
/// </list>
/// </summary>
internal static partial class HtmlMetadataReader
{
    private static readonly string[] PublishedKeys =
    [
        "article:published_time", "og:published_time", "datepublished", "article.published", "publishdate", "publish-date",
        "publish_date", "pubdate", "date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date", "sailthru.date",
        "parsely-pub-date", "publication_date", "article_date_original", "cxenseparse:recs:publishtime", "originalpublicationdate",
        "datecreated",
    ];

    private static readonly string[] UpdatedKeys =
    [
        "article:modified_time", "og:updated_time", "datemodified", "article.updated", "last-modified", "dcterms.modified",
        "dc.date.modified", "lastmod", "revised",
    ];

    private static readonly string[] AuthorKeys = ["author", "article:author", "byl", "sailthru.author", "parsely-author", "dc.creator", "dcterms.creator"];

    public static ArticleMetadata Read(PageModel page, JsonLdArticle? ld, IReadOnlyList<int> selected)
    {
        var meta = MetaValues(page.Metas);
        var outlet = Outlet(Clean(First(meta, "og:site_name")), Clean(ld?.Publisher), Clean(First(meta, "application-name")));
        var title = Title(page, meta, ld, outlet);
        var (published, publishedDate) = Date(FirstDate(meta, PublishedKeys) ?? ld?.DatePublished ?? FirstTime(page));
        var (updated, _) = Date(FirstDate(meta, UpdatedKeys) ?? ld?.DateModified);
        var canonical = Canonical(page, meta, ld);
        return new ArticleMetadata
        {
            Title = title,
            Outlet = outlet,
            Published = published,
            PublishedDate = publishedDate,
            Updated = updated,
            Byline = Byline(page, meta, ld, outlet, selected),
            Language = Language(page, meta, ld),
            CanonicalUrl = canonical,
            Url = canonical,
        };
    }

    // The first candidate that is a name; a site that gives only its address ("https://www.
    // example.in") gets its host name.
    private static string? Outlet(params string?[] candidates)
    {
        foreach (var c in candidates)
        {
            if (c is not null && !c.Contains("://", StringComparison.Ordinal) && !c.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            {
                return c;
            }
        }

        foreach (var c in candidates)
        {
            if (c is not null && Uri.TryCreate(c.Contains("://", StringComparison.Ordinal) ? c : "https://" + c, UriKind.Absolute, out var uri))
            {
                return uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
            }
        }

        return null;
    }

    /// <summary>Parses a date or date-time as pages write them; a date alone gives no instant.</summary>
    public static (DateTimeOffset? Instant, PartialDate? Date) Date(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return (null, null);
        }

        var s = value.Trim();
        if (s.Length == 10 && PartialDate.TryParse(s, out var dayOnly))
        {
            return (null, dayOnly);
        }

        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var instant)
            && instant.Year is > 1900 and < 2200)
        {
            return (instant, PartialDate.FromDate(DateOnly.FromDateTime(instant.DateTime)));
        }

        // "2019-11-19T13:03:00.000+0000" and similar near-ISO forms.
        var m = LeadingIsoDate().Match(s);
        return m.Success && PartialDate.TryParse(m.Value, out var date) ? (null, date) : (null, null);
    }

    /// <summary>The primary subtag of a language tag when it is a two-letter code ("en-US" gives "en").</summary>
    public static string? LanguageCode(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var s = tag.Trim();
        var cut = s.IndexOfAny(['-', '_', ',', ';', ' ']);
        var primary = cut > 0 ? s[..cut] : s;
        return primary.Length == 2 && char.IsAsciiLetter(primary[0]) && char.IsAsciiLetter(primary[1]) ? primary.ToLowerInvariant() : null;
    }

    private static Dictionary<string, string> MetaValues(List<IElement> metas)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in metas)
        {
            var content = m.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            foreach (var attribute in (ReadOnlySpan<string>)["property", "name", "itemprop", "http-equiv"])
            {
                var key = m.GetAttribute(attribute);
                if (!string.IsNullOrWhiteSpace(key))
                {
                    values.TryAdd(key.Trim(), content.Trim());
                }
            }
        }

        return values;
    }

    private static string? First(Dictionary<string, string> meta, string key) => meta.TryGetValue(key, out var v) ? v : null;

    private static string? FirstDate(Dictionary<string, string> meta, string[] keys)
    {
        foreach (var key in keys)
        {
            if (meta.TryGetValue(key, out var v) && Date(v).Date is not null)
            {
                return v;
            }
        }

        return null;
    }

    private static string? FirstTime(PageModel page)
    {
        foreach (var t in page.Times)
        {
            var v = t.GetAttribute("datetime");
            if (Date(v).Date is not null)
            {
                return v;
            }
        }

        return null;
    }

    private static string? Title(PageModel page, Dictionary<string, string> meta, JsonLdArticle? ld, string? outlet)
    {
        var candidate = Clean(First(meta, "og:title")) ?? Clean(ld?.Headline) ?? FirstHeadline(page);
        if (candidate is not null)
        {
            return WithoutSiteName(candidate, outlet, guess: false);
        }

        var title = Clean(page.TitleText);
        return title is null ? null : WithoutSiteName(title, outlet, guess: true);
    }

    private static string? FirstHeadline(PageModel page)
    {
        foreach (var block in page.Blocks)
        {
            if ((block.Traits & ElementTraits.Headline) != 0 && block.Words > 0)
            {
                return block.Text;
            }
        }

        return null;
    }

    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • "];

    /// <summary>Removes a trailing (or leading) " | Site" part: when it names the outlet, or,
    /// for a &lt;title&gt; (<paramref name="guess"/>), when it is a short last part.</summary>
    private static string WithoutSiteName(string title, string? outlet, bool guess)
    {
        foreach (var sep in Separators)
        {
            var at = title.LastIndexOf(sep, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            var tail = title[(at + sep.Length)..].Trim();
            var head = title[..at].Trim();
            if (outlet is not null && (tail.Equals(outlet, StringComparison.OrdinalIgnoreCase) || outlet.StartsWith(tail, StringComparison.OrdinalIgnoreCase)))
            {
                return head;
            }

            if (guess && CountWords(tail) <= 4 && CountWords(head) >= 3)
            {
                return head;
            }

            var first = title.IndexOf(sep, StringComparison.Ordinal);
            if (outlet is not null && first > 0 && title[..first].Trim().Equals(outlet, StringComparison.OrdinalIgnoreCase))
            {
                return title[(first + sep.Length)..].Trim();
            }
        }

        return title;
    }

    private static string? Byline(PageModel page, Dictionary<string, string> meta, JsonLdArticle? ld, string? outlet, IReadOnlyList<int> selected)
    {
        foreach (var key in AuthorKeys)
        {
            if (meta.TryGetValue(key, out var v) && IsPersonName(v, outlet))
            {
                return StripBy(Clean(v)!);
            }
        }

        if (ld is not null)
        {
            var names = ld.Authors.Select(Clean).Where(n => n is not null && IsPersonName(n, outlet)).Distinct(StringComparer.Ordinal).ToList();
            if (names.Count > 0)
            {
                return string.Join(", ", names);
            }
        }

        foreach (var link in page.Links)
        {
            if (link.LocalName == "a" && HasRel(link, "author") && Clean(link.TextContent) is { } name && IsPersonName(name, outlet))
            {
                return name;
            }
        }

        // A "By X" line among the blocks just before or at the start of the article.
        var firstSelected = selected.Count > 0 ? selected[0] : page.Blocks.Count;
        var from = Math.Max(0, firstSelected - 30);
        var to = Math.Min(page.Blocks.Count, firstSelected + 5);
        for (var b = from; b < to; b++)
        {
            if (Bylines.TryReadName(page.Blocks[b].Text, out var name))
            {
                return name;
            }
        }

        return null;
    }

    private static bool IsPersonName(string? value, string? outlet)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 200)
        {
            return false;
        }

        var v = value.Trim();
        return !v.Contains("://", StringComparison.Ordinal) && !v.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
            && !v.StartsWith('@') && (outlet is null || !v.Equals(outlet, StringComparison.OrdinalIgnoreCase));
    }

    private static string StripBy(string value) => Bylines.TryReadName(value, out var name) ? name : value;

    private static string? Language(PageModel page, Dictionary<string, string> meta, JsonLdArticle? ld)
    {
        var root = page.Document.DocumentElement;
        return LanguageCode(root?.GetAttribute("lang")) ?? LanguageCode(root?.GetAttribute("xml:lang"))
            ?? LanguageCode(First(meta, "og:locale")) ?? LanguageCode(First(meta, "content-language"))
            ?? LanguageCode(First(meta, "language")) ?? LanguageCode(First(meta, "dc.language")) ?? LanguageCode(ld?.Language);
    }

    private static string? Canonical(PageModel page, Dictionary<string, string> meta, JsonLdArticle? ld)
    {
        foreach (var link in page.Links)
        {
            if (link.LocalName == "link" && HasRel(link, "canonical") && AbsoluteUrl(link.GetAttribute("href")) is { } href)
            {
                return href;
            }
        }

        return AbsoluteUrl(First(meta, "og:url")) ?? AbsoluteUrl(ld?.Url);
    }

    private static string? AbsoluteUrl(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var v = value.Trim();
        return Uri.TryCreate(v, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? v : null;
    }

    private static bool HasRel(IElement element, string rel)
    {
        var value = element.GetAttribute("rel");
        if (value is null)
        {
            return false;
        }

        foreach (var range in value.AsSpan().SplitAny(' ', '\t', '\n'))
        {
            if (value.AsSpan()[range].Equals(rel, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Entity-decoded, whitespace-collapsed, null when empty.</summary>
    private static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var decoded = value.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(value) : value;
        var collapsed = Whitespace().Replace(decoded, " ").Trim();
        return collapsed.Length == 0 ? null : collapsed;
    }

    private static int CountWords(string s)
    {
        var n = 0;
        var inWord = false;
        foreach (var c in s)
        {
            var w = !char.IsWhiteSpace(c);
            if (w && !inWord)
            {
                n++;
            }

            inWord = w;
        }

        return n;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}")]
    private static partial Regex LeadingIsoDate();

}

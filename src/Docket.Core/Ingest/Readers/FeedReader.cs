using System.Xml;
using System.Xml.Linq;
using Docket.Domain;
using Docket.Domain.Articles;

namespace Docket.Core.Ingest.Readers;

/// <summary>
/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds: every item is one article ("feed#N", 1-based),
/// its content (<c>content:encoded</c>, <c>description</c>, Atom <c>content</c> or
/// <c>summary</c>) read as HTML, with link, date, title, author and the feed's title (as outlet)
/// as hints. XML is parsed safely: a DTD is refused and no external entity is ever resolved.
/// </summary>
internal static class FeedReader
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Rss1 = "http://purl.org/rss/1.0/";

    public static IReadOnlyList<Outcome<RawDocument>> Read(string input, string xml)
    {
        var parsed = Parse(input, xml);
        if (!parsed.TryGetValue(out var document))
        {
            return [Outcome<RawDocument>.Fail(parsed.Failure!)];
        }

        var root = document.Root!;
        var items = root.Name.LocalName switch
        {
            "rss" => ReadRss(root),
            "feed" => ReadAtom(root),
            "RDF" => ReadRdf(root),
            _ => null,
        };

        if (items is null)
        {
            return [Outcome<RawDocument>.Fail(input, $"XML is not an RSS or Atom feed (its root element is <{root.Name.LocalName}>)")];
        }

        if (items.Count == 0)
        {
            return [Outcome<RawDocument>.Fail(input, "feed has no items")];
        }

        var results = new List<Outcome<RawDocument>>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var name = $"{input}#{i + 1}";
            results.Add(string.IsNullOrWhiteSpace(item.Content)
                ? Outcome<RawDocument>.Fail(name, $"feed item {Quote(item.Hints.Title)}has no content (only a title or link); fetch its link to read the article")
                : Outcome<RawDocument>.Success(new RawDocument(name, item.Content, item.Format, item.Hints)));
        }

        return results;
    }

    private static Outcome<XDocument> Parse(string input, string xml)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            IgnoreProcessingInstructions = true,
            IgnoreComments = true,
        };
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            return Outcome<XDocument>.Success(XDocument.Load(reader, LoadOptions.None));
        }
        catch (XmlException ex)
        {
            var dtd = ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase) ? " (documents with a DTD are refused for safety)" : string.Empty;
            return Outcome<XDocument>.Fail(input, $"malformed XML feed{dtd}: {ex.Message}");
        }
    }

    /// <summary>
    /// The publisher's name from a feed title: publishers name their feeds "BBC News - World",
    /// "Reuters: World News", "NYT > World" or "Northline Wire | Ukraine", so the part before the
    /// first such separator is the outlet; a title without one is the outlet as it stands.
    /// </summary>
    internal static string? OutletOf(string? feedTitle)
    {
        if (feedTitle is null)
        {
            return null;
        }

        var cut = feedTitle.Length;
        foreach (var separator in FeedTitleSeparators)
        {
            var at = feedTitle.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && at < cut)
            {
                cut = at;
            }
        }

        return feedTitle[..cut].Trim();
    }

    private static readonly string[] FeedTitleSeparators = [" - ", " \u2013 ", " \u2014 ", ": ", " | ", " > ", " :: "];

    private static List<FeedItem> ReadRss(XElement rss)
    {
        var channel = rss.Element("channel");
        if (channel is null)
        {
            return [];
        }

        var outlet = OutletOf(Text(channel.Element("title")));
        var language = Text(channel.Element("language"));
        return channel.Elements("item").Select(item => RssItem(item, outlet, language)).ToList();
    }

    private static List<FeedItem> ReadRdf(XElement rdf)
    {
        var channel = rdf.Element(Rss1 + "channel");
        var outlet = OutletOf(Text(channel?.Element(Rss1 + "title")));
        return rdf.Elements(Rss1 + "item").Select(item => RssItem(item, outlet, null, Rss1)).ToList();
    }

    private static FeedItem RssItem(XElement item, string? outlet, string? language, XNamespace? ns = null)
    {
        ns ??= XNamespace.None;
        var content = Text(item.Element(Content + "encoded")) ?? Text(item.Element(ns + "description"));
        var hints = new DocumentHints
        {
            Id = Text(item.Element(ns + "guid")),
            Url = Text(item.Element(ns + "link")),
            Outlet = outlet,
            Published = Text(item.Element(ns + "pubDate")) ?? Text(item.Element(Dc + "date")),
            Title = Text(item.Element(ns + "title")),
            Byline = Text(item.Element(Dc + "creator")) ?? Text(item.Element(ns + "author")),
            Language = language ?? Text(item.Element(Dc + "language")),
        };
        return new FeedItem(content, DocumentFormat.Html, hints);
    }

    private static List<FeedItem> ReadAtom(XElement feed)
    {
        var outlet = OutletOf(Text(feed.Element(Atom + "title")));
        var language = feed.Attribute(XNamespace.Xml + "lang")?.Value;
        return feed.Elements(Atom + "entry").Select(entry =>
        {
            var (content, format) = AtomContent(entry.Element(Atom + "content")) ?? AtomContent(entry.Element(Atom + "summary")) ?? (null, DocumentFormat.Html);
            var hints = new DocumentHints
            {
                Id = Text(entry.Element(Atom + "id")),
                Url = AtomLink(entry),
                Outlet = outlet,
                Published = Text(entry.Element(Atom + "published")) ?? Text(entry.Element(Atom + "updated")),
                Title = Text(entry.Element(Atom + "title")),
                Byline = Text(entry.Element(Atom + "author")?.Element(Atom + "name")),
                Language = entry.Attribute(XNamespace.Xml + "lang")?.Value ?? language,
            };
            return new FeedItem(content, format, hints);
        }).ToList();
    }

    /// <summary>Atom content by its <c>type</c>: "text" is plain text, "html" is escaped HTML,
    /// "xhtml" is markup inside a div.</summary>
    private static (string? Content, DocumentFormat Format)? AtomContent(XElement? element)
    {
        if (element is null)
        {
            return null;
        }

        var type = element.Attribute("type")?.Value ?? "text";
        if (type == "xhtml")
        {
            var div = element.Elements().FirstOrDefault();
            var inner = div is null ? null : string.Concat(div.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)));
            return string.IsNullOrWhiteSpace(inner) ? null : (inner, DocumentFormat.Html);
        }

        var text = Text(element);
        if (text is null)
        {
            return null;
        }

        return (text, type == "text" ? DocumentFormat.PlainText : DocumentFormat.Html);
    }

    private static string? AtomLink(XElement entry)
    {
        var links = entry.Elements(Atom + "link").ToList();
        var link = links.FirstOrDefault(l => l.Attribute("rel")?.Value is null or "alternate");
        return link?.Attribute("href")?.Value ?? links.FirstOrDefault()?.Attribute("href")?.Value;
    }

    private static string? Text(XElement? element) =>
        element is null || string.IsNullOrWhiteSpace(element.Value) ? null : element.Value.Trim();

    private static string Quote(string? title) => title is null ? string.Empty : $"\"{title}\" ";

    private sealed record FeedItem(string? Content, DocumentFormat Format, DocumentHints Hints);
}

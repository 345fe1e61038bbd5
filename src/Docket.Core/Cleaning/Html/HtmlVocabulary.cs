using System.Collections.Frozen;

namespace Docket.Core.Cleaning.Html;

/// <summary>What each HTML tag means for article extraction.</summary>
[Flags]
internal enum ElementTraits
{
    None = 0,

    /// <summary>Starts and ends a line of text (p, div, li, h2, td ...).</summary>
    Block = 1 << 0,
    Heading = 1 << 1,
    ListItem = 1 << 2,
    Link = 1 << 3,

    /// <summary>nav, aside, footer, header, menu, form: page furniture by its tag.</summary>
    Furniture = 1 << 4,
    Figure = 1 << 5,
    TableCell = 1 << 6,
    Quote = 1 << 7,
    Preformatted = 1 << 8,

    /// <summary>Its class or id names boilerplate (share, related, newsletter ...).</summary>
    BoilerplateHint = 1 << 9,

    /// <summary>Its class, id or itemprop names article content (article-body, story ...).</summary>
    ContentHint = 1 << 10,

    /// <summary>The page's headline level (h1).</summary>
    Headline = 1 << 11,

    /// <summary>A main or article element.</summary>
    ArticleTag = 1 << 12,

    /// <summary>A comment section by class or id.</summary>
    CommentHint = 1 << 13,

    /// <summary>Its class or id names something that is usually furniture (byline, date,
    /// tags, video) but also appears on wrappers of the article.</summary>
    WeakBoilerplateHint = 1 << 14,
}

/// <summary>Tag and attribute vocabulary of the extractor (lower-case tag names).</summary>
internal static class HtmlVocabulary
{
    /// <summary>Elements whose text is never article text (scripts, forms controls, embedded
    /// media, the head).</summary>
    public static readonly FrozenSet<string> NonContentTags = FrozenSet.ToFrozenSet(
    [
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
        "video", "audio", "select", "option", "optgroup", "datalist", "button", "input", "textarea", "head",
        "title", "meta", "link", "base", "picture", "source", "map", "frame", "frameset", "noembed", "noframes",
        "dialog", "progress", "meter", "output",
    ], StringComparer.Ordinal);

    /// <summary>Raw-text elements: a '&amp;' inside them is a literal character.</summary>
    public static readonly FrozenSet<string> RawTextTags = FrozenSet.ToFrozenSet(
        ["script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext"], StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, ElementTraits> TagTraits = new Dictionary<string, ElementTraits>(StringComparer.Ordinal)
    {
        ["p"] = ElementTraits.Block,
        ["div"] = ElementTraits.Block,
        ["section"] = ElementTraits.Block,
        ["article"] = ElementTraits.Block | ElementTraits.ArticleTag,
        ["main"] = ElementTraits.Block | ElementTraits.ArticleTag,
        ["body"] = ElementTraits.Block,
        ["html"] = ElementTraits.Block,
        ["center"] = ElementTraits.Block,
        ["address"] = ElementTraits.Block,
        ["details"] = ElementTraits.Block,
        ["summary"] = ElementTraits.Block,
        ["fieldset"] = ElementTraits.Block,
        ["legend"] = ElementTraits.Block,
        ["hgroup"] = ElementTraits.Block,
        ["hr"] = ElementTraits.Block,
        ["blockquote"] = ElementTraits.Block | ElementTraits.Quote,
        ["pre"] = ElementTraits.Block | ElementTraits.Preformatted,
        ["h1"] = ElementTraits.Block | ElementTraits.Heading | ElementTraits.Headline,
        ["h2"] = ElementTraits.Block | ElementTraits.Heading,
        ["h3"] = ElementTraits.Block | ElementTraits.Heading,
        ["h4"] = ElementTraits.Block | ElementTraits.Heading,
        ["h5"] = ElementTraits.Block | ElementTraits.Heading,
        ["h6"] = ElementTraits.Block | ElementTraits.Heading,
        ["ul"] = ElementTraits.Block,
        ["ol"] = ElementTraits.Block,
        ["dl"] = ElementTraits.Block,
        ["dir"] = ElementTraits.Block,
        ["li"] = ElementTraits.Block | ElementTraits.ListItem,
        ["dt"] = ElementTraits.Block | ElementTraits.ListItem,
        ["dd"] = ElementTraits.Block | ElementTraits.ListItem,
        ["table"] = ElementTraits.Block,
        ["caption"] = ElementTraits.Block,
        ["thead"] = ElementTraits.Block,
        ["tbody"] = ElementTraits.Block,
        ["tfoot"] = ElementTraits.Block,
        ["tr"] = ElementTraits.Block,
        ["td"] = ElementTraits.Block | ElementTraits.TableCell,
        ["th"] = ElementTraits.Block | ElementTraits.TableCell,
        ["figure"] = ElementTraits.Block | ElementTraits.Figure,
        ["figcaption"] = ElementTraits.Block | ElementTraits.Figure,
        ["nav"] = ElementTraits.Block | ElementTraits.Furniture,
        ["aside"] = ElementTraits.Block | ElementTraits.Furniture,
        ["footer"] = ElementTraits.Block | ElementTraits.Furniture,
        ["header"] = ElementTraits.Block | ElementTraits.Furniture,
        ["menu"] = ElementTraits.Block | ElementTraits.Furniture,
        ["form"] = ElementTraits.Block | ElementTraits.Furniture,
        ["a"] = ElementTraits.Link,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static ElementTraits TraitsOf(string tag) => TagTraits.GetValueOrDefault(tag);
}

using System.Collections.Frozen;

namespace Docket.Core.Cleaning.Html;

/// <summary>
/// Reads what a page's own class, id and itemprop names say about an element: "share-tools",
/// "relatedArticles" and "newsletter-signup" name boilerplate; "article-body" and
/// "storyContent" name the article. Names are cut into words at punctuation and at
/// lower-to-upper case changes, then matched word by word, so "head" never matches "ad".
/// </summary>
internal static class ClassHints
{
    // Words that name page furniture on their own.
    private static readonly FrozenSet<string> BoilerplateWords = FrozenSet.ToFrozenSet(
    [
        "nav", "navbar", "navigation", "menu", "menus", "footer", "sidebar", "aside", "share", "shares", "sharing",
        "social", "related", "recommended", "recommendations", "recommendation", "newsletter", "newsletters",
        "subscribe", "subscription", "subscriptions", "promo", "promos", "promotion", "promotions", "advert",
        "adverts", "advertisement", "advertising", "ad", "ads", "adv", "adslot", "adunit", "dfp", "sponsor",
        "sponsored", "breadcrumb", "breadcrumbs", "popular", "trending", "mostread", "cookie", "cookies", "consent",
        "outbrain", "taboola", "recirc", "recirculation",
    ], StringComparer.Ordinal);

    // Words that usually name furniture but also turn up on wrappers of the article.
    private static readonly FrozenSet<string> WeakBoilerplateWords = FrozenSet.ToFrozenSet(
    [
        "tags", "tag", "taglist", "modal", "popup", "overlay", "byline", "bylines", "author", "authors", "caption",
        "captions", "credit", "credits", "toolbar", "masthead", "disclaimer", "pagination", "pager", "print", "login",
        "signin", "signup", "donate", "donation", "donations", "banner", "topics", "categories", "category", "rating",
        "reactions", "feedback", "poll", "follow", "bio", "teaser", "teasers", "promoted", "skip", "meta", "dateline",
        "timestamp", "date", "kicker", "eyebrow", "headline", "hed", "dek", "more", "readmore", "next", "prev",
        "previous", "utility", "utilities", "toc", "jump", "alert", "notice", "notification", "gallery", "slideshow",
        "carousel", "video", "embed", "tools", "actions", "icons", "icon",
    ], StringComparer.Ordinal);

    private static readonly string[] BoilerplateStems =
    [
        "share", "social", "related", "newsletter", "sidebar", "footer", "promo", "advert", "sponsor",
        "breadcrumb", "recommend", "subscri", "outbrain", "taboola", "popular", "trending",
        "byline", "donat", "cookie",
    ];

    private static readonly FrozenSet<string> CommentWords = FrozenSet.ToFrozenSet(
        ["comment", "comments", "disqus", "discussion", "replies", "respond", "commentlist", "reply"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> ContentWords = FrozenSet.ToFrozenSet(
    [
        "article", "articlebody", "content", "story", "storybody", "body", "entry", "post", "text", "main",
        "prose", "blog", "richtext", "paragraph", "paragraphs", "copy",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BoilerplateLookup = BoilerplateWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WeakLookup = WeakBoilerplateWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CommentLookup = CommentWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ContentLookup = ContentWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Class names that hide an element on every screen size.</summary>
    private static readonly FrozenSet<string> HiddenClasses = FrozenSet.ToFrozenSet(
        ["hidden", "hide", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "screen-reader-only", "offscreen", "is-hidden", "u-hidden", "d-none"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>The hint traits (<see cref="ElementTraits.BoilerplateHint"/>, <see cref="ElementTraits.WeakBoilerplateHint"/>,
    /// <see cref="ElementTraits.CommentHint"/>, <see cref="ElementTraits.ContentHint"/>) of
    /// one element's names. A name with both kinds of word ("article-share") is boilerplate;
    /// two names that contradict each other cancel out.</summary>
    public static ElementTraits Read(string? className, string? id, string? itemProp)
    {
        var traits = ElementTraits.None;
        if (itemProp is not null && itemProp.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
        {
            return ElementTraits.ContentHint;
        }

        traits |= ReadNames(className);
        traits |= ReadNames(id);
        const ElementTraits furniture = ElementTraits.BoilerplateHint | ElementTraits.WeakBoilerplateHint;
        if ((traits & ElementTraits.CommentHint) != 0)
        {
            return traits & ~(ElementTraits.ContentHint | furniture);
        }

        // One name says article and another says furniture ("l-sidebar-fixed
        // l-article-body-segment"): the names contradict each other, so neither counts.
        return (traits & ElementTraits.ContentHint) != 0 && (traits & furniture) != 0 ? ElementTraits.None : traits;
    }

    /// <summary>True when one of the classes hides the element everywhere.</summary>
    public static bool IsHiddenClass(string? className)
    {
        if (string.IsNullOrEmpty(className))
        {
            return false;
        }

        foreach (var range in className.AsSpan().Split(' '))
        {
            var name = className.AsSpan()[range];
            if (name.Length > 0 && HiddenClasses.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name))
            {
                return true;
            }
        }

        return false;
    }

    private static ElementTraits ReadNames(string? names)
    {
        if (string.IsNullOrEmpty(names) || names.Length > 512)
        {
            return ElementTraits.None;
        }

        var traits = ElementTraits.None;
        foreach (var range in names.AsSpan().SplitAny(' ', '\t', '\n'))
        {
            var name = names.AsSpan()[range];
            if (name.Length > 0 && !IsTaxonomy(name))
            {
                // Within one name, furniture wins: "article-share" is a share bar.
                var own = ReadName(name);
                traits |= (own & ~ElementTraits.ContentHint) != 0 ? own & ~ElementTraits.ContentHint : own;
            }
        }

        return traits;
    }

    // Blog engines label a post with its taxonomy ("category-column", "tag-sharing",
    // "author-jane"): those names say what the post is about, not what the element is.
    private static bool IsTaxonomy(ReadOnlySpan<char> name) =>
        name.StartsWith("category-", StringComparison.OrdinalIgnoreCase) || name.StartsWith("tag-", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("author-", StringComparison.OrdinalIgnoreCase) || name.StartsWith("postid-", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("format-", StringComparison.OrdinalIgnoreCase) || name.StartsWith("post-template", StringComparison.OrdinalIgnoreCase);

    private static ElementTraits ReadName(ReadOnlySpan<char> names)
    {
        Span<char> word = stackalloc char[64];
        var traits = ElementTraits.None;
        var length = 0;
        var previousLower = false;
        for (var i = 0; i <= names.Length; i++)
        {
            var c = i < names.Length ? names[i] : ' ';
            var letterOrDigit = char.IsAsciiLetterOrDigit(c);
            var split = !letterOrDigit || (char.IsAsciiLetterUpper(c) && previousLower);
            if (split && length > 0)
            {
                traits |= Classify(word[..length]);
                length = 0;
            }

            if (letterOrDigit && length < word.Length)
            {
                word[length++] = char.ToLowerInvariant(c);
            }

            previousLower = char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c);
        }

        return traits;
    }

    private static ElementTraits Classify(ReadOnlySpan<char> word)
    {
        if (CommentLookup.Contains(word))
        {
            return ElementTraits.CommentHint;
        }

        if (BoilerplateLookup.Contains(word))
        {
            return ElementTraits.BoilerplateHint;
        }

        if (WeakLookup.Contains(word))
        {
            return ElementTraits.WeakBoilerplateHint;
        }

        if (ContentLookup.Contains(word))
        {
            return ElementTraits.ContentHint;
        }

        if (word.Length > 4)
        {
            foreach (var stem in BoilerplateStems)
            {
                if (word.StartsWith(stem, StringComparison.Ordinal))
                {
                    return ElementTraits.BoilerplateHint;
                }
            }
        }

        return ElementTraits.None;
    }
}

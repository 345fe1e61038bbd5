using System.Collections.Frozen;

namespace Docket.Core.Cleaning.Html;

/// <summary>Stock lines that pages put among article paragraphs ("Advertisement", "Share this
/// article") and that are never part of the article.</summary>
internal static partial class BoilerplatePhrases
{
    private static readonly FrozenSet<string> WholeLines = FrozenSet.ToFrozenSet(
    [
        "advertisement", "advertisements", "ad", "sponsored", "sponsored content", "story continues below",
        "story continues below advertisement", "continue reading below", "article continues below",
        "share", "share this", "share this article", "share this story", "share on facebook", "share on twitter",
        "tweet", "email", "print", "comments", "comment", "read more", "read more:", "related", "related:",
        "related articles", "related stories", "recommended", "more stories", "you may also like",
        "follow us", "sign up", "subscribe", "subscribe now", "loading", "loading...", "skip to content",
        "skip to main content", "close", "menu", "search", "back to top", "click to expand",
        "image", "photo", "video", "listen", "listen to this article", "copy link", "copied", "advert", "don't miss",
        "don’t miss", "tell us what you think", "most popular", "most read", "trending now", "more from", "see also",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly string[] Prefixes =
    [
        "advertisement", "sign up for", "subscribe to", "follow us on", "click here to", "read more:",
        "related:", "also read:", "see also:", "read also:", "© ", "copyright ©", "all rights reserved",
        "this article was originally published", "get the latest", "want more", "download the app",
    ];

    /// <summary>True when the line is a picture caption ending in its credit: "Protesters
    /// marched on Sunday (Image: GETTY)".</summary>
    public static bool IsCaption(string line) => line.Length < 400 && CreditAtEnd().IsMatch(line);

    [System.Text.RegularExpressions.GeneratedRegex(@"[(\[](?:Image|Images|Photo|Photos|Picture|Pic|Credit|Foto|Imagem|Bild)\s*:[^)\]]{1,80}[)\]]\s*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex CreditAtEnd();

    /// <summary>True when the whole line is a stock phrase.</summary>
    public static bool IsBoilerplate(string line)
    {
        if (line.Length > 160)
        {
            return false;
        }

        if (WholeLines.Contains(line.TrimEnd('.', ':', '!', ' ')) || WholeLines.Contains(line))
        {
            return true;
        }

        foreach (var prefix in Prefixes)
        {
            if (line.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}

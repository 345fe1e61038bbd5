namespace Docket.Core.Cleaning.Html;

/// <summary>
/// Finds the article among a page's text blocks.
/// <para>
/// Each block gets a value from its own text: long, sentence-like, unlinked text counts for its
/// letters; link text, link lists and short fragments count against; the summary of another
/// story (a small group that opens with a linked title) counts against; a block found in the
/// page's declared JSON-LD <c>articleBody</c> counts fully. Blocks inside page furniture (nav,
/// aside, footer, header, form; class or id names such as "share", "related", "comments")
/// count against with all their letters.
/// </para>
/// <para>
/// The container is the element whose subtree has the greatest total value (a maximum-sum
/// subtree): it takes in every part of the article it can while leaving out the furniture
/// around it. Inside the container, blocks in furniture (judged again, relative to the
/// container), link lists, captions, the headline, bylines, datelines and stock phrases
/// ("Advertisement") are dropped; quotations (embedded posts) are kept even inside a wrapper
/// named like a share widget.
/// </para>
/// <para>
/// Class names are evidence, not verdicts: a furniture name is ignored on an element that holds
/// 80% of the good text (25% for weak names such as "meta" or "video"), since whole articles
/// are sometimes wrapped in a "has-sidebar" or "paywall" element.
/// </para>
/// </summary>
internal static class MainContentLocator
{
    private const ElementTraits Furniture = ElementTraits.Furniture | ElementTraits.BoilerplateHint | ElementTraits.CommentHint;

    // A furniture tag or name is believed unless the element holds this share of the good text
    // (of the page when choosing the container, of the container when pruning it).
    private const double StrongHintShare = 0.8;
    private const double WeakHintShare = 0.25;

    /// <summary>Indices of the blocks that make up the article, in document order.</summary>
    public static List<int> Locate(PageModel page, string? declaredBody = null)
    {
        var decisions = Explain(page, declaredBody);
        var selected = new List<int>();
        for (var b = 0; b < decisions.Blocks.Length; b++)
        {
            if (decisions.Blocks[b].Kept)
            {
                selected.Add(b);
            }
        }

        return selected;
    }

    /// <summary>The decision on every block, with the rule that made it.</summary>
    /// <param name="page">The page.</param>
    /// <param name="declaredBody">The article text the page declares in its JSON-LD
    /// (<c>articleBody</c>), when it has one: blocks found in it count as article text.</param>
    public static ContentDecisions Explain(PageModel page, string? declaredBody = null)
    {
        var elements = page.Elements;
        var blocks = page.Blocks;
        var decisions = new BlockDecision[blocks.Count];
        if (blocks.Count == 0 || elements.Count == 0)
        {
            return new ContentDecisions(-1, decisions);
        }

        // Value of each block by its own text only, and good mass per subtree.
        var quality = new double[blocks.Count];
        var mass = new double[elements.Count];
        var teasers = TeaserFlags(elements, blocks);
        var declared = DeclaredText.From(declaredBody);
        for (var b = 0; b < blocks.Count; b++)
        {
            quality[b] = Quality(blocks[b]);
            if (teasers[b] && quality[b] > 0)
            {
                quality[b] *= TeaserFactor;
            }

            if (declared is not null && declared.Contains(blocks[b]))
            {
                quality[b] = Math.Max(quality[b], blocks[b].Letters * DeclaredBoost);
            }

            if (quality[b] > 0 && blocks[b].Owner >= 0)
            {
                mass[blocks[b].Owner] += quality[b];
            }
        }

        for (var e = elements.Count - 1; e > 0; e--)
        {
            var parent = elements[e].Parent;
            if (parent >= 0)
            {
                mass[parent] += mass[e];
            }
        }

        var total = 0.0;
        for (var e = 0; e < elements.Count; e++)
        {
            if (elements[e].Parent < 0)
            {
                total += mass[e];
            }
        }

        var furniture = FurnitureFlags(elements, mass, 0, elements.Count, total);

        // Maximum-sum subtree.
        var score = new double[elements.Count];
        for (var b = 0; b < blocks.Count; b++)
        {
            var owner = blocks[b].Owner;
            if (owner < 0)
            {
                continue;
            }

            score[owner] += furniture[owner] ? -blocks[b].Letters : quality[b];
        }

        for (var e = elements.Count - 1; e > 0; e--)
        {
            var parent = elements[e].Parent;
            if (parent >= 0)
            {
                score[parent] += score[e];
            }
        }

        var best = 0;
        for (var e = 1; e < elements.Count; e++)
        {
            if (score[e] >= score[best])
            {
                best = e;
            }
        }

        if (score[best] <= 0)
        {
            for (var b = 0; b < blocks.Count; b++)
            {
                decisions[b] = new BlockDecision(false, quality[b], "no-article");
            }

            return new ContentDecisions(-1, decisions);
        }

        // Inside the container: furniture relative to the container itself.
        var start = best;
        var end = elements[best].End;
        var inner = FurnitureFlags(elements, mass, start, end, mass[best]);
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            var owner = block.Owner;
            var reason = owner < start || owner >= end ? "outside" : inner[owner] ? "furniture" : Drops(block);
            if (reason is "link-list" or "stock-phrase" && declared is not null && declared.Contains(block))
            {
                reason = null;
            }

            decisions[b] = new BlockDecision(reason is null, quality[b], reason ?? "article");
        }

        return new ContentDecisions(best, decisions);
    }

    // Block values (tuned on the article extraction benchmark, see docs/NOTES.md): link text
    // counts against a block at this rate per letter; a block reaches full weight at this many
    // words past three; a block without sentence punctuation counts this much; a short line
    // (under four words) costs this much per letter; beyond this link density a block is a
    // link list.
    private const double LinkPenalty = 0.75;
    private const double FullWords = 12;
    private const double NoPunctuation = 0.5;
    private const double ShortPenalty = 0.5;
    private const double LinkListDensity = 0.5;

    // A block found in the page's declared articleBody is worth at least its letters times this.
    private const double DeclaredBoost = 1.0;

    // A teaser's value is multiplied by this (it counts against its container); a teaser group
    // has at most this many blocks.
    private const double TeaserFactor = -0.5;
    private const int TeaserGroup = 6;

    // A teaser is the summary of another story: text in a small group of blocks that opens
    // with a linked title ("<h3><a>Title</a></h3><p>Summary</p>" in a list of stories).
    private static bool[] TeaserFlags(List<PageElement> elements, List<TextBlock> blocks)
    {
        var count = new int[elements.Count];
        var first = new int[elements.Count];
        Array.Fill(first, int.MaxValue);
        foreach (var block in blocks)
        {
            if (block.Owner >= 0)
            {
                count[block.Owner]++;
                first[block.Owner] = Math.Min(first[block.Owner], block.Index);
            }
        }

        for (var e = elements.Count - 1; e > 0; e--)
        {
            var parent = elements[e].Parent;
            if (parent >= 0)
            {
                count[parent] += count[e];
                first[parent] = Math.Min(first[parent], first[e]);
            }
        }

        var flags = new bool[blocks.Count];
        foreach (var block in blocks)
        {
            var group = block.Owner;
            while (group >= 0 && count[group] < 2)
            {
                group = elements[group].Parent;
            }

            if (group < 0 || count[group] > TeaserGroup || first[group] == block.Index)
            {
                continue;
            }

            var opener = blocks[first[group]];
            flags[block.Index] = opener.LinkDensity >= 0.6 && opener.Words is >= 2 and <= 30 && block.LinkDensity < 0.5;
        }

        return flags;
    }

    private static double Quality(TextBlock block)
    {
        var letters = block.Letters;
        var density = block.LinkDensity;
        if (density > LinkListDensity)
        {
            return -letters * LinkPenalty;
        }

        if ((block.Traits & ElementTraits.Heading) != 0)
        {
            return 0;
        }

        var words = block.Words;
        if (words < 4)
        {
            // Short unlinked lines: table cells and list items are data more often than furniture.
            return (block.Traits & (ElementTraits.TableCell | ElementTraits.ListItem)) != 0 && density == 0 ? 0 : -ShortPenalty * letters;
        }

        var fullness = Math.Clamp((words - 3) / FullWords, 0, 1);
        var punctuation = HasSentencePunctuation(block.Text) ? 1 : NoPunctuation;
        return (letters - block.LinkLetters) * fullness * punctuation - (block.LinkLetters * LinkPenalty);
    }

    // Why a block inside the container is dropped, or null when it is kept.
    private static string? Drops(TextBlock block)
    {
        var traits = block.Traits;
        if ((traits & ElementTraits.Headline) != 0)
        {
            return "headline";
        }

        if ((traits & ElementTraits.Figure) != 0)
        {
            return "caption";
        }

        // Mostly links: a list of links, unless it reads as sentences (a summary whose every
        // clause links somewhere).
        if (block.LinkDensity > LinkListDensity && block.Words < 40
            && !(block.Words >= 20 && block.LinkDensity < 0.8 && HasSentencePunctuation(block.Text)))
        {
            return "link-list";
        }

        if (block.Words <= 8 && (Bylines.IsByline(block.Text) || Bylines.IsDateline(block.Text)))
        {
            return "byline";
        }

        if (BoilerplatePhrases.IsCaption(block.Text))
        {
            return "caption";
        }

        return BoilerplatePhrases.IsBoilerplate(block.Text) ? "stock-phrase" : null;
    }

    // Marks elements in [start, end) that are furniture, relative to the subtree rooted at
    // start: an element is furniture when an ancestor below start is, or when its own tag or
    // names say so and it holds less than the hint's share of the good text of the range.
    private static bool[] FurnitureFlags(List<PageElement> elements, double[] mass, int start, int end, double total)
    {
        var flags = new bool[elements.Count];
        for (var e = start; e < end; e++)
        {
            var parent = elements[e].Parent;
            var traits = elements[e].Own;

            // A quotation (an embedded post, a pull quote) is quoted content even when its
            // wrapper is named like a share widget ("social-media-embed").
            var inherited = e != start && parent >= start && flags[parent] && (traits & ElementTraits.Quote) == 0;
            var own = ((traits & Furniture) != 0 && mass[e] < StrongHintShare * total)
                || ((traits & ElementTraits.WeakBoilerplateHint) != 0 && mass[e] < WeakHintShare * total);
            flags[e] = inherited || own;
        }

        return flags;
    }

    private static bool HasSentencePunctuation(string text)
    {
        foreach (var c in text)
        {
            if (c is '.' or ',' or '!' or '?' or ';' or ':' or '。' or '、' or '،')
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>One block's fate: kept or not, its value in the container search, and the rule.</summary>
internal readonly record struct BlockDecision(bool Kept, double Value, string Reason);

/// <summary>The chosen container element (-1 when none) and the decision on every block.</summary>
internal sealed record ContentDecisions(int Container, BlockDecision[] Blocks);

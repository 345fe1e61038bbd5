using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Docket.Core.Cleaning.Html;

/// <summary>One element of the content tree: its parent's index (-1 for the root), tag, own
/// traits and the traits of itself and all its ancestors. Indices follow document order, so a
/// parent always comes before its children and a subtree is a contiguous range.</summary>
internal readonly record struct PageElement(IElement Node, int Parent, string Tag, ElementTraits Own, ElementTraits Inherited, int Depth, int End);

/// <summary>
/// A parsed page reduced to what extraction needs: the content elements in document order,
/// the text blocks with their source mappings, and the head elements metadata is read from.
/// Built in one pass over the DOM with an explicit stack (no recursion, so nesting depth never
/// threatens the call stack).
/// </summary>
internal sealed class PageModel
{
    public required IHtmlDocument Document { get; init; }

    public required string Source { get; init; }

    public required List<PageElement> Elements { get; init; }

    public required List<TextBlock> Blocks { get; init; }

    /// <summary>meta elements anywhere in the page.</summary>
    public required List<IElement> Metas { get; init; }

    /// <summary>link elements and a elements with a rel attribute.</summary>
    public required List<IElement> Links { get; init; }

    /// <summary>The text of each <c>application/ld+json</c> script.</summary>
    public required List<string> JsonLd { get; init; }

    /// <summary>time elements with a datetime attribute, in document order.</summary>
    public required List<IElement> Times { get; init; }

    public string? TitleText { get; init; }

    /// <summary>Text nodes that could not be located in the source (left out of the body).</summary>
    public int UnalignedTexts { get; init; }
}

/// <summary>Builds a <see cref="PageModel"/> from a parsed document and its source.</summary>
internal static class PageModelBuilder
{
    private struct Frame
    {
        public INodeList Children;
        public int Next;
        public int Element;
        public int BlockOwner;
        public bool Content;
        public bool Decodes;
        public bool InLink;
        public ElementTraits Inherited;
        public int Depth;
        public bool IsBlock;
    }

    public static PageModel Build(IHtmlDocument document, string source)
    {
        var pieces = new List<TextPiece>();
        var aligner = new SourceAligner(source, pieces);
        var writer = new BlockTextWriter();
        var elements = new List<PageElement>();
        var blocks = new List<TextBlock>();
        var metas = new List<IElement>();
        var links = new List<IElement>();
        var jsonLd = new List<string>();
        var times = new List<IElement>();
        string? title = null;
        var stack = new List<Frame>(64);

        void FlushBlock(in Frame top)
        {
            var owner = top.BlockOwner;
            var block = writer.Flush(blocks.Count, owner, owner >= 0 ? elements[owner].Inherited : ElementTraits.None);
            if (block is not null)
            {
                blocks.Add(block);
            }
        }

        var root = new Frame { Children = document.ChildNodes, Element = -1, BlockOwner = -1, Content = true, Decodes = true };
        stack.Add(root);
        while (stack.Count > 0)
        {
            var topIndex = stack.Count - 1;
            var top = stack[topIndex];
            if (top.Next >= top.Children.Length)
            {
                // Leaving the element: its text ends a block, and its subtree ends here.
                if (top.IsBlock && top.Content)
                {
                    FlushBlock(top);
                }

                if (top.Element >= 0)
                {
                    elements[top.Element] = elements[top.Element] with { End = elements.Count };
                }

                stack.RemoveAt(topIndex);
                continue;
            }

            var node = top.Children[top.Next];
            top.Next++;
            stack[topIndex] = top;

            if (node is IText text)
            {
                var data = text.Data;
                var aligned = aligner.Align(data, top.Decodes, out var first, out var count);
                if (!top.Content)
                {
                    continue;
                }

                if (!aligned)
                {
                    FlushBlock(top);
                    continue;
                }

                if (count > 0 && !writer.IsEmpty && pieces[first].SourceStart < writer.LastSourceEnd)
                {
                    // The parser reordered text; keep every block's source span in order.
                    FlushBlock(top);
                }

                writer.Add(data, pieces, first, count, top.InLink);
                continue;
            }

            if (node is not IElement element)
            {
                continue;
            }

            aligner.OnElement(element);
            var tag = element.LocalName;
            CollectHeadElement(element, tag, metas, links, jsonLd, times, ref title);

            var nonContent = HtmlVocabulary.NonContentTags.Contains(tag);
            var hidden = !nonContent && IsHidden(element);
            var content = top.Content && !nonContent && !hidden;
            if (top.Content && hidden)
            {
                FlushBlock(top);
            }

            var frame = new Frame
            {
                Children = element.ChildNodes,
                Element = top.Element,
                BlockOwner = top.BlockOwner,
                Content = content,
                Decodes = top.Decodes && !HtmlVocabulary.RawTextTags.Contains(tag),
                InLink = top.InLink,
                Inherited = top.Inherited,
                Depth = top.Depth + 1,
            };

            if (content)
            {
                if (tag == "br")
                {
                    FlushBlock(top);
                    continue;
                }

                // Names on the page's outer structure (html, body, article, main) describe the
                // whole page ("single-post has-sidebar"), not the element.
                var own = HtmlVocabulary.TraitsOf(tag);
                if (tag is not ("html" or "body" or "article" or "main"))
                {
                    own |= ClassHints.Read(element.ClassName, element.Id, element.GetAttribute("itemprop"));
                }
                if ((own & ElementTraits.Block) != 0)
                {
                    FlushBlock(top);
                }

                var index = elements.Count;
                elements.Add(new PageElement(element, top.Element, tag, own, top.Inherited | own, frame.Depth, index + 1));
                frame.Element = index;
                frame.Inherited = top.Inherited | own;
                frame.InLink = top.InLink || (own & ElementTraits.Link) != 0;
                frame.IsBlock = (own & ElementTraits.Block) != 0;
                if (frame.IsBlock)
                {
                    frame.BlockOwner = index;
                }
            }

            if (frame.Children.Length > 0)
            {
                stack.Add(frame);
            }
            else if (frame.IsBlock)
            {
                elements[frame.Element] = elements[frame.Element] with { End = elements.Count };
            }
        }

        return new PageModel
        {
            Document = document,
            Source = source,
            Elements = elements,
            Blocks = blocks,
            Metas = metas,
            Links = links,
            JsonLd = jsonLd,
            Times = times,
            TitleText = title,
            UnalignedTexts = aligner.Unaligned,
        };
    }

    private static void CollectHeadElement(IElement element, string tag, List<IElement> metas, List<IElement> links, List<string> jsonLd, List<IElement> times, ref string? title)
    {
        switch (tag)
        {
            case "meta":
                metas.Add(element);
                break;
            case "link":
                links.Add(element);
                break;
            case "a" when element.HasAttribute("rel"):
                links.Add(element);
                break;
            case "script" when element.GetAttribute("type") is { } type && type.Contains("ld+json", StringComparison.OrdinalIgnoreCase):
                jsonLd.Add(element.TextContent);
                break;
            case "time" when element.HasAttribute("datetime"):
                times.Add(element);
                break;
            case "title" when title is null:
                title = element.TextContent;
                break;
            default:
                break;
        }
    }

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden"))
        {
            return true;
        }

        if (string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase) && element.LocalName is not ("body" or "html" or "main" or "article"))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        if (style is not null && style.Length < 2000 && IsHiddenStyle(style))
        {
            return true;
        }

        return ClassHints.IsHiddenClass(element.ClassName);
    }

    private static bool IsHiddenStyle(string style)
    {
        Span<char> compact = stackalloc char[style.Length];
        var n = 0;
        foreach (var c in style)
        {
            if (!char.IsWhiteSpace(c))
            {
                compact[n++] = char.ToLowerInvariant(c);
            }
        }

        var s = compact[..n];
        return s.Contains("display:none", StringComparison.Ordinal) || s.Contains("visibility:hidden", StringComparison.Ordinal);
    }
}

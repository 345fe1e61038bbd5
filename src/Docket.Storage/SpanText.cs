using Docket.Domain.Articles;
using Docket.Domain.Text;

namespace Docket.Storage;

/// <summary>
/// Readable text of an original-text span: the part of the cleaned body that maps into it. For
/// a plain-text article that is the span's own text; for an HTML page it is the words without
/// their markup, which is what a claim's evidence should show.
/// </summary>
internal static class SpanText
{
    public static string Of(Article article, TextSpan span)
    {
        var start = int.MaxValue;
        var end = -1;
        foreach (var seg in article.BodyMap.Segments)
        {
            if (seg.SourceEnd <= span.Start || seg.SourceStart >= span.End)
            {
                // A zero-length source (an inserted separator) inside the span still belongs to it.
                if (!(seg.SourceLength == 0 && seg.SourceStart > span.Start && seg.SourceStart < span.End))
                {
                    continue;
                }
            }

            if (seg.IsExact)
            {
                var from = Math.Max(span.Start, seg.SourceStart) - seg.SourceStart + seg.DerivedStart;
                var to = Math.Min(span.End, seg.SourceEnd) - seg.SourceStart + seg.DerivedStart;
                start = Math.Min(start, from);
                end = Math.Max(end, to);
            }
            else
            {
                start = Math.Min(start, seg.DerivedStart);
                end = Math.Max(end, seg.DerivedEnd);
            }
        }

        if (end > start && end <= article.Body.Length)
        {
            return article.Body[start..end].Trim();
        }

        // No body maps into the span (or the map is inconsistent): fall back to the raw text.
        var s = Math.Clamp(span.Start, 0, article.Text.Length);
        var e = Math.Clamp(span.End, s, article.Text.Length);
        return article.Text[s..e].Trim();
    }
}

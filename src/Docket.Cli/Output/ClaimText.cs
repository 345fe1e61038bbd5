using Docket.Core.Reconcile.Views;

namespace Docket.Cli.Output;

/// <summary>How the status commands print a claim in text: its evidence sentence, clipped and on
/// one line, and where it comes from (outlet, publication date with estimates marked, source
/// chain, article id and span).</summary>
internal static class ClaimText
{
    /// <summary>Longest evidence quote printed; the full sentence is in --json.</summary>
    private const int MaxQuote = 280;

    /// <summary>The evidence sentence in quotes, whitespace folded, clipped with "…".</summary>
    public static string Quote(string evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var folded = string.Join(' ', evidence.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return "\"" + (folded.Length > MaxQuote ? folded[..(MaxQuote - 1)] + "…" : folded) + "\"";
    }

    /// <summary>"The Kyiv Ledger, 2024-11-17; via The New York Times &lt;- anonymous U.S. officials [article 1a2b…, 120-190]".</summary>
    public static string Source(ClaimView c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var chain = c.Sources.Count == 0 ? string.Empty : "; via " + string.Join(" <- ", c.Sources);
        return $"{c.Outlet ?? "unknown outlet"}, {Published(c)}{chain} [article {c.ArticleId}, {c.Span.Start}-{c.Span.End}]";
    }

    /// <summary>The publication date, marked when estimated from the text, or "date unknown".</summary>
    public static string Published(ClaimView c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return c.Published is null ? "date unknown" : c.PublishedEstimated ? $"~{c.Published} (estimated)" : c.Published;
    }

    /// <summary>"AUTHORIZE (reported)", with NOT for a negative claim.</summary>
    public static string Kind(ClaimView c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return $"{c.Type}{(c.Polarity == "negative" ? " NOT" : string.Empty)} ({c.Certainty}{(c.Date is null ? string.Empty : ", dated " + c.Date)})";
    }

    public static string Plural(int n, string word) => n == 1 ? $"{n} {word}" : $"{n} {word}s";
}

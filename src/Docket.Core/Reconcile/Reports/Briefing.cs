using Docket.Core.Reconcile.Views;
using Docket.Domain.Decisions;
using Docket.Domain.Time;

namespace Docket.Core.Reconcile.Reports;

/// <summary>What a briefing covers. <see cref="GeneratedOn"/> is passed in (no clock inside logic).</summary>
public sealed record BriefingOptions
{
    /// <summary>The knowledge date: only claims known by then were used (null: everything known).</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>List as changes the transitions that took effect on or after this date, or were
    /// first reported on or after it (a secret delivery revealed later is news to the reader).</summary>
    public DateOnly? ChangesSince { get; init; }

    public DateOnly? GeneratedOn { get; init; }

    /// <summary>How many claims of each question's current state to quote.</summary>
    public int EvidencePerQuestion { get; init; } = 3;

    public string Title { get; init; } = "Docket briefing";
}

/// <summary>One question in a briefing: its status view and the transitions that count as changes.</summary>
public sealed record BriefingEntry(QuestionStatusView Status, IReadOnlyList<TransitionView> Changes, IReadOnlyList<ClaimView> Evidence)
{
    /// <summary>"United States / ATACMS / Ukraine / use".</summary>
    public string Question => $"{Status.Supplier} / {Status.System ?? "(general aid)"} / {Status.Recipient} / {Status.Aspect}";

    /// <summary>The status before the first change, when there was one.</summary>
    public string? PreviousStatus { get; init; }
}

/// <summary>A briefing of all questions: status, changes since a date, evidence. Rendered by <see cref="ReportRenderer"/>.</summary>
public sealed record Briefing(string Title, string? AsOf, string? ChangesSince, string? GeneratedOn, IReadOnlyList<BriefingEntry> Entries)
{
    public static Briefing Build(IEnumerable<StatusTimeline> timelines, BriefingOptions options)
    {
        ArgumentNullException.ThrowIfNull(timelines);
        ArgumentNullException.ThrowIfNull(options);
        var entries = new List<BriefingEntry>();
        foreach (var t in timelines)
        {
            var status = QuestionStatus.From(t, options.AsOf);
            var view = StatusViews.Of(status);
            var changedIndexes = options.ChangesSince is { } since
                ? Enumerable.Range(0, t.Transitions.Count).Where(i => IsChange(t.Transitions[i], since)).ToList()
                : [];
            var changes = changedIndexes.Select(i => StatusViews.Of(t.Transitions[i])).ToList();
            var previous = changedIndexes.Count > 0 && changedIndexes[0] > 0 ? GoldNames.Of(t.Transitions[changedIndexes[0] - 1].Status) : null;
            var evidence = view.Claims.Take(Math.Max(0, options.EvidencePerQuestion)).ToList();
            entries.Add(new BriefingEntry(view, changes, evidence) { PreviousStatus = previous });
        }

        // Changed questions first, then the rest, each in question order.
        var ordered = entries.OrderByDescending(e => e.Changes.Count > 0).ToList();
        return new Briefing(options.Title, Iso(options.AsOf), Iso(options.ChangesSince), Iso(options.GeneratedOn), ordered);
    }

    private static bool IsChange(StatusTransition t, DateOnly since)
    {
        if (t.Since is { } s && s.Latest >= since)
        {
            return true;
        }

        return t.Claims.Select(KnowledgeTime.Of).Where(k => k is not null).Min() is { } firstKnown && firstKnown >= since;
    }

    private static string? Iso(DateOnly? d) => d is null ? null : PartialDate.FromDate(d.Value).ToString();
}

/// <summary>Output formats of <c>report --format md|html|csv</c>.</summary>
public enum ReportFormat
{
    Markdown,
    Html,
    Csv,
}

/// <summary>Renders a <see cref="Briefing"/>; pure functions from the briefing to text.</summary>
public static class ReportRenderer
{
    /// <summary>Reads "md"/"markdown", "html", "csv" (any case).</summary>
    public static bool TryParseFormat(string? name, out ReportFormat format)
    {
        switch (name?.Trim().ToLowerInvariant())
        {
            case "md" or "markdown":
                format = ReportFormat.Markdown;
                return true;
            case "html" or "htm":
                format = ReportFormat.Html;
                return true;
            case "csv":
                format = ReportFormat.Csv;
                return true;
            default:
                format = default;
                return false;
        }
    }

    public static string Render(Briefing briefing, ReportFormat format) => format switch
    {
        ReportFormat.Markdown => MarkdownBriefing.Render(briefing),
        ReportFormat.Html => HtmlBriefing.Render(briefing),
        ReportFormat.Csv => CsvBriefing.Render(briefing),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>"The Moscow Times, 2024-11-17 (estimated); The New York Times &lt;- anonymous U.S. officials".</summary>
    internal static string Attribution(ClaimView c)
    {
        var published = c.Published is null ? "date unknown" : c.PublishedEstimated ? $"{c.Published} (estimated)" : c.Published;
        var chain = c.Sources.Count == 0 ? string.Empty : "; " + string.Join(" <- ", c.Sources);
        return $"{c.Outlet ?? c.ArticleId}, {published}{chain}";
    }
}

using Docket.Cli.Output;
using Docket.Cli.Status;
using Docket.Core.Reconcile;
using Docket.Core.Reconcile.Views;
using Docket.Domain.Decisions;
using Docket.Storage;

namespace Docket.Cli.Commands;

/// <summary>
/// The demo's last step: the status of every decision question as known today, then the two
/// times of DOMAIN.md on the sample corpus's ATACMS questions (the state in effect on a date as
/// known today, against what could be known on that date). With no decision events stored (a
/// pipeline without event extraction) it says so in one line; it needs no change once events exist.
/// </summary>
internal static class DemoStatusStep
{
    public const string Title = "Decision status: what the reporting says, and when it could be known";

    public const string NoEvents = "No decision events extracted yet: the pipeline has no decision-event stage, so the articles carry no claims to reconcile. "
        + "This step shows the status timelines by itself once event extraction is in the pipeline.";

    private static readonly DecisionQuestion AtacmsTransfer = new("United States", "ATACMS", "Ukraine", Aspect.Transfer);
    private static readonly DecisionQuestion AtacmsUse = new("United States", "ATACMS", "Ukraine", Aspect.Use);

    public static Task<bool> RunAsync(IArticleStore store, string dbPath, TextWriter o)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(o);
        if (store.Counts().Claims == 0)
        {
            o.WriteLine(NoEvents);
            return Task.FromResult(true);
        }

        var queries = new StatusQueries(store, StatusReconciler.Default);
        var today = queries.Status(QuestionFilter.All, null, null).Select(StatusViews.Of).ToList();
        o.WriteLine($"As known today, {ClaimText.Plural(today.Count, "question")}:");
        var width = Math.Clamp(today.Select(v => StatusCommand.Title(v).Length).DefaultIfEmpty(0).Max(), 20, 70);
        foreach (var v in today)
        {
            var status = v.Status is null ? "-" : $"{v.Status} since {StatusViews.DescribeSince(v.Since, v.SinceBasis)}";
            var flags = v.Contradictions.Count > 0 ? $"  ({ClaimText.Plural(v.Contradictions.Count, "contradiction")})" : string.Empty;
            o.WriteLine($"  {StatusCommand.Title(v).PadRight(width)}  {status}; {ClaimText.Plural(v.Corroboration, "story group")}{flags}");
        }

        // DOMAIN.md's two times on the sample corpus: a delivery kept secret until 2023-10-17, and
        // the November 2024 change of the rules of use.
        o.WriteLine();
        o.WriteLine("Two times: the state in effect on a date (valid time) as known today, or as could be known then (knowledge time):");
        var tenth = new DateOnly(2023, 10, 10);
        Line(o, queries, AtacmsTransfer, asOf: null, on: tenth, "on 2023-10-10, as known today");
        Line(o, queries, AtacmsTransfer, asOf: tenth, on: null, "as of 2023-10-10 (published by then)");
        Line(o, queries, AtacmsUse, asOf: new DateOnly(2024, 11, 16), on: null, "as of 2024-11-16");
        Line(o, queries, AtacmsUse, asOf: new DateOnly(2024, 11, 18), on: null, "as of 2024-11-18");
        o.WriteLine($"Try: docket status --system ATACMS --db {dbPath}; docket timeline \"United States/ATACMS/Ukraine/use\" --db {dbPath}");
        return Task.FromResult(true);
    }

    private static void Line(TextWriter o, StatusQueries queries, DecisionQuestion q, DateOnly? asOf, DateOnly? on, string when)
    {
        var found = queries.Status(QuestionFilter.Of(q), asOf, on).FirstOrDefault(s => s.Question.Aspect == q.Aspect);
        var answer = found?.Status is { } s
            ? $"{GoldNames.Of(s)} since {StatusViews.DescribeSince(found.Since?.ToString(), StatusViews.Of(found).SinceBasis)}"
            : found?.Tentative is { } t ? $"no status (tentative {GoldNames.Of(t)})" : "no status";
        o.WriteLine($"  {q} {when}: {answer}");
    }
}

using System.CommandLine;
using Docket.Cli.Output;
using Docket.Cli.Status;
using Docket.Core.Reconcile;
using Docket.Core.Reconcile.Views;
using Docket.Domain.Decisions;

namespace Docket.Cli.Commands;

/// <summary>
/// <c>docket status</c>: every matching decision question, its status on a date as known on a
/// date (DOMAIN.md, "Two times"), since when, the claims behind it, open contradictions and
/// corroboration. <c>--json</c> prints an array of <see cref="QuestionStatusView"/>.
/// </summary>
internal static class StatusCommand
{
    /// <summary>Evidence lines printed per question in text; --json has them all.</summary>
    private const int EvidenceLines = 3;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var asOf = DateOptions.AsOf();
        var on = DateOptions.On();
        var filters = new QuestionOptions();
        var db = CommonOptions.Database();
        var json = CommonOptions.Json();
        var command = new Command(
            "status",
            "Show the status of decision questions (supplier, system, recipient, aspect): the state in effect, since when, "
            + "the claims behind it, corroboration and contradictions. --as-of D uses only what was published by D; "
            + "--on D asks for the state in effect on D. Dates: " + DateOptions.Format + ".")
        {
            asOf, on, filters.System, filters.Supplier, filters.Recipient, filters.Aspect, db, json,
        };
        command.SetAction(parse =>
        {
            using var store = StoreAccess.OpenExisting(parse.GetValue(db)!, "status", stderr);
            if (store is null)
            {
                return 2;
            }

            var knownBy = DateOptions.Value(parse, asOf);
            var onDate = DateOptions.Value(parse, on);
            var filter = filters.Read(parse, NameResolver.Default);
            var queries = new StatusQueries(store, StatusReconciler.Default);
            var views = queries.Status(filter, knownBy, onDate).Select(StatusViews.Of).ToList();
            if (parse.GetValue(json))
            {
                JsonOutput.Write(stdout, views);
                return 0;
            }

            stdout.WriteLine(Header(knownBy, onDate, views.Count));
            if (views.Count == 0)
            {
                stdout.WriteLine(store.Counts().Claims == 0
                    ? "No decision events are stored yet: the articles were ingested without decision-event extraction, so there is no claim to reconcile."
                    : $"No decision question matches {filters.Describe(filter)}{(knownBy is null ? string.Empty : $" with claims published by {Iso(knownBy)}")}; 'docket claims' lists what is stored.");
                return 0;
            }

            foreach (var view in views)
            {
                stdout.WriteLine();
                Write(stdout, view);
            }

            return 0;
        });
        return command;
    }

    /// <summary>One question as a block: status, since, scope, corroboration, timeline path,
    /// evidence with sources, and every open contradiction, flagged.</summary>
    public static void Write(TextWriter o, QuestionStatusView v)
    {
        ArgumentNullException.ThrowIfNull(o);
        ArgumentNullException.ThrowIfNull(v);
        o.WriteLine(Title(v));
        Field(o, "status", v.Status ?? (v.Tentative is null ? "none yet" : $"none yet (tentative signals point to {v.Tentative})"));
        if (v.Status is not null)
        {
            Field(o, "since", StatusViews.DescribeSince(v.Since, v.SinceBasis));
            if (v.Scope is not null)
            {
                Field(o, "scope", v.Scope);
            }

            Field(o, "corroboration", $"{ClaimText.Plural(v.Corroboration, "independent story group")} ({ClaimText.Plural(v.Claims.Count, "claim")})");
        }

        if (v.Timeline.Count > 1)
        {
            Field(o, "timeline", string.Join(" -> ", v.Timeline.Select(t => $"{t.Status} ({StatusViews.DescribeSince(t.Since, t.SinceBasis)})")));
        }

        var label = "evidence";
        foreach (var c in v.Claims.Take(EvidenceLines))
        {
            Field(o, label, $"{ClaimText.Kind(c)} {ClaimText.Quote(c.Evidence)}");
            Field(o, string.Empty, "  " + ClaimText.Source(c));
            label = string.Empty;
        }

        if (v.Claims.Count > EvidenceLines)
        {
            Field(o, string.Empty, $"(+{v.Claims.Count - EvidenceLines} more; --json lists every claim)");
        }

        if (v.Signals.Count > 0)
        {
            Field(o, "signals", $"{v.Signals.Count} ({string.Join(", ", v.Signals.GroupBy(s => s.Kind).Select(g => $"{g.Count()} {g.Key.Replace('_', ' ')}"))}); 'docket timeline' shows them");
        }

        foreach (var x in v.Contradictions)
        {
            WriteContradiction(o, x);
        }
    }

    /// <summary>A contradiction, flagged in capitals, with both sides' claims.</summary>
    public static void WriteContradiction(TextWriter o, ContradictionView x)
    {
        ArgumentNullException.ThrowIfNull(o);
        ArgumentNullException.ThrowIfNull(x);
        var followed = x.Followed is null ? string.Empty : $"; the timeline follows {x.Followed}";
        Field(o, "CONTRADICTION", $"{x.StatusA} vs {x.StatusB}{(x.Period is null ? string.Empty : " for " + x.Period)}{followed}: {x.Explanation}");
        foreach (var (status, claims) in new[] { (x.StatusA, x.ClaimsA), (x.StatusB, x.ClaimsB) })
        {
            foreach (var c in claims.Take(2))
            {
                Field(o, string.Empty, $"  {status}: {ClaimText.Quote(c.Evidence)}");
                Field(o, string.Empty, "    " + ClaimText.Source(c));
            }
        }
    }

    public static string Title(QuestionStatusView v) =>
        $"{v.Supplier} / {v.System ?? "(general aid)"} / {v.Recipient} / {v.Aspect}";

    private static string Header(DateOnly? asOf, DateOnly? on, int count)
    {
        var when = (asOf, on) switch
        {
            (null, null) => "Latest status, as known from everything stored",
            (null, { } o) => $"Status on {Iso(o)}, as known from everything stored",
            ({ } a, null) => $"Status on {Iso(a)}, as known on {Iso(a)} (claims published by then)",
            ({ } a, { } o) => $"Status on {Iso(o)}, as known on {Iso(a)} (claims published by then)",
        };
        return $"{when}: {ClaimText.Plural(count, "question")}.";
    }

    private static void Field(TextWriter o, string name, string value) => o.WriteLine($"  {name,-14} {value}");

    private static string Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "now";
}

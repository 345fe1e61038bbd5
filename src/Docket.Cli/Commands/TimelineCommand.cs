using System.CommandLine;
using System.Globalization;
using Docket.Cli.Output;
using Docket.Cli.Status;
using Docket.Core.Reconcile;
using Docket.Core.Reconcile.Views;
using Docket.Domain.Decisions;

namespace Docket.Cli.Commands;

/// <summary>
/// <c>docket timeline QUESTION</c>: one question's states oldest first, each with its claims, and
/// the signals and contradictions placed on the same time line. Exit 1 (with the closest known
/// questions) when no claim bears on the question, 2 for a malformed question or date.
/// </summary>
internal static class TimelineCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var question = new Argument<string>("question")
        {
            Description = $"The question as supplier/system/recipient/aspect, e.g. {QuestionReference.Example}; ':' also separates, "
                + "aliases work (US, Kyiv), and a system of '-' is general aid.",
            HelpName = "QUESTION",
        };
        var asOf = DateOptions.AsOf();
        var db = CommonOptions.Database();
        var json = CommonOptions.Json();
        var command = new Command(
            "timeline",
            "Show one decision question's timeline: each state oldest first with the claims behind it, "
            + "and the signals (hedged or expected claims, context) and contradictions between them. Exit 1 if no claim bears on it.")
        {
            question, asOf, db, json,
        };
        command.SetAction(parse =>
        {
            var text = parse.GetValue(question)!;
            var parsed = QuestionReference.Parse(text, NameResolver.Default);
            if (!parsed.TryGetValue(out var q))
            {
                stderr.WriteLine($"docket timeline: '{text}': {parsed.Failure!.Reason}.");
                return 2;
            }

            using var store = StoreAccess.OpenExisting(parse.GetValue(db)!, "timeline", stderr);
            if (store is null)
            {
                return 2;
            }

            var knownBy = DateOptions.Value(parse, asOf);
            var queries = new StatusQueries(store, StatusReconciler.Default);
            var timeline = queries.Timeline(q, knownBy);
            if (timeline is null)
            {
                Unknown(stderr, store, q, knownBy);
                return 1;
            }

            var view = StatusViews.Of(timeline);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(stdout, view);
            }
            else
            {
                Write(stdout, view);
            }

            return 0;
        });
        return command;
    }

    /// <summary>The timeline as text: states, signals and contradictions merged in time order.</summary>
    public static void Write(TextWriter o, TimelineView v)
    {
        ArgumentNullException.ThrowIfNull(o);
        ArgumentNullException.ThrowIfNull(v);
        var title = $"{v.Supplier} / {v.System ?? "(general aid)"} / {v.Recipient} / {v.Aspect}";
        o.WriteLine(v.AsOf is null ? $"{title}, as known from everything stored" : $"{title}, as known on {v.AsOf} (claims published by then)");
        o.WriteLine($"{ClaimText.Plural(v.Timeline.Count, "state")}, {ClaimText.Plural(v.Signals.Count, "signal")}, {ClaimText.Plural(v.Contradictions.Count, "contradiction")}.");

        // Every entry gets a place in time: a state at its effective start (an unknown start
        // follows the state before it), a signal or contradiction at its date; undated ones last.
        var entries = new List<(DateOnly At, int Order, Action Print)>();
        var start = DateOnly.MinValue;
        for (var i = 0; i < v.Timeline.Count; i++)
        {
            var t = v.Timeline[i];
            start = Day(t.Since) ?? start;
            entries.Add((start, 0, () => WriteState(o, t)));
        }

        foreach (var s in v.Signals)
        {
            entries.Add((Day(s.At) ?? DateOnly.MaxValue, 1, () => WriteSignal(o, s)));
        }

        foreach (var x in v.Contradictions)
        {
            entries.Add((Day(x.Period) ?? DateOnly.MaxValue, 2, () =>
            {
                o.WriteLine();
                StatusCommand.WriteContradiction(o, x);
            }));
        }

        // A stable sort keeps states in their own order when starts tie.
        foreach (var e in entries.Select((e, i) => (e, i)).OrderBy(x => x.e.At).ThenBy(x => x.e.Order).ThenBy(x => x.i))
        {
            e.e.Print();
        }
    }

    private static void WriteState(TextWriter o, TransitionView t)
    {
        o.WriteLine();
        var scope = t.Scope is null ? string.Empty : $"; scope: {t.Scope}";
        o.WriteLine($"{When(t.Since, t.SinceBasis)}  {t.Status}  ({ClaimText.Plural(t.Corroboration, "independent story group")}{scope})");
        foreach (var c in t.Claims)
        {
            o.WriteLine($"    {ClaimText.Kind(c)} {ClaimText.Quote(c.Evidence)}");
            o.WriteLine($"      {ClaimText.Source(c)}");
        }
    }

    private static void WriteSignal(TextWriter o, SignalView s)
    {
        var points = s.PointsTo is null ? string.Empty : $" -> {s.PointsTo}";
        o.WriteLine($"{When(s.At, s.AtBasis)}  · signal ({s.Kind.Replace('_', ' ')}{points}): {s.Note}");
        o.WriteLine($"    {ClaimText.Kind(s.Claim)} {ClaimText.Quote(s.Claim.Evidence)}");
        o.WriteLine($"      {ClaimText.Source(s.Claim)}");
    }

    private static string When(string? date, string basis) => (date, basis) switch
    {
        (_, "before_change") => "(before the next change)",
        (null, _) => "(date unknown)",
        (_, "published_estimated") => $"~{date} (estimated)",
        (_, "published") => $"{date} (published)",
        (_, "ingested") => $"{date} (ingested)",
        _ => date,
    };

    private static DateOnly? Day(string? partial) =>
        Domain.Time.PartialDate.TryParse(partial, out var d) ? d.Earliest : null;

    private static void Unknown(TextWriter stderr, Storage.IArticleStore store, DecisionQuestion q, DateOnly? asOf)
    {
        var when = asOf is null ? string.Empty : $" as known on {asOf.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        stderr.WriteLine($"docket timeline: no claim bears on {q}{when}.");
        var known = KnownQuestions.In(store, StatusReconciler.Default.Catalog);
        if (known.Count == 0)
        {
            stderr.WriteLine("No decision events are stored yet, so no question is known.");
            return;
        }

        stderr.WriteLine("Closest known questions:");
        foreach (var (question, claims) in KnownQuestions.Closest(known, q, 5))
        {
            var system = question.System ?? "-";
            stderr.WriteLine($"  \"{question.Supplier}/{system}/{question.Recipient}/{GoldNames.Of(question.Aspect)}\"  ({ClaimText.Plural(claims, "claim")})");
        }
    }
}

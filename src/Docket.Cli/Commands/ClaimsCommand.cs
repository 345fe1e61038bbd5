using System.CommandLine;
using System.Globalization;
using Docket.Cli.Output;
using Docket.Cli.Status;
using Docket.Core.Reconcile;
using Docket.Domain.Decisions;
using Docket.Storage;

namespace Docket.Cli.Commands;

/// <summary>
/// <c>docket claims</c>: the stored claims as they were recorded (claims are never edited), oldest
/// knowledge time first, with outlet, publication date (estimates marked), story group, the
/// event's fields and its evidence. Filters: --as-of (published by then, the status rule),
/// --system (the system under any spelling; class labels are not expanded here), --supplier and
/// --recipient (question roles: a REQUEST's asker is the recipient), --type.
/// </summary>
internal static class ClaimsCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var asOf = DateOptions.AsOf();
        var filters = new QuestionOptions();
        var type = new Option<string?>("--type")
        {
            Description = "Only claims of this event type: " + string.Join(", ", Enum.GetValues<EventType>().Select(GoldNames.Of)) + " (any case).",
            HelpName = "TYPE",
        };
        type.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } t && !GoldNames.TryParse<EventType>(t, out _))
            {
                r.AddError($"--type: '{t}' is not an event type; use one of {string.Join(", ", Enum.GetValues<EventType>().Select(GoldNames.Of))}.");
            }
        });
        var db = CommonOptions.Database();
        var json = CommonOptions.Json();
        var command = new Command(
            "claims",
            "List the stored claims (events with who says them and when), unedited: outlet, publication date, story group, "
            + "event fields and evidence sentence. Dates: " + DateOptions.Format + ".")
        {
            asOf, filters.System, filters.Supplier, filters.Recipient, type, db, json,
        };
        command.SetAction(parse =>
        {
            using var store = StoreAccess.OpenExisting(parse.GetValue(db)!, "claims", stderr);
            if (store is null)
            {
                return 2;
            }

            var filter = filters.Read(parse, NameResolver.Default);
            var queries = new StatusQueries(store, StatusReconciler.Default);
            var knownBy = DateOptions.Value(parse, asOf);
            var claims = store.GetClaims(new ClaimFilter
            {
                KnownBy = knownBy,
                Supplier = filter.Supplier,
                Recipient = filter.Recipient,
                Systems = filter.System is { } s ? SpellingsOf(queries, s) : null,
                Type = GoldNames.TryParse<EventType>(parse.GetValue(type), out var t) ? t : null,
            });
            if (parse.GetValue(json))
            {
                JsonOutput.Write(stdout, claims.Select(ClaimJson.Of).ToList());
                return 0;
            }

            if (claims.Count == 0)
            {
                stdout.WriteLine(store.Counts().Claims == 0
                    ? "No claims are stored yet: the articles were ingested without decision-event extraction."
                    : "No claim matches.");
                return 0;
            }

            foreach (var c in claims)
            {
                Write(stdout, c);
            }

            stdout.WriteLine();
            stdout.WriteLine($"{ClaimText.Plural(claims.Count, "claim")} from {ClaimText.Plural(claims.Select(c => c.StoryGroup).Distinct(StringComparer.Ordinal).Count(), "story group")}.");
            return 0;
        });
        return command;
    }

    private static void Write(TextWriter o, Claim c)
    {
        var e = c.Event;
        var published = c.Published is null ? "date unknown" : c.PublishedEstimated ? $"~{c.Published} (estimated)" : c.Published.ToString();
        var group = c.StoryGroup == c.ArticleId ? "own story group" : $"story group {c.StoryGroup}";
        o.WriteLine();
        o.WriteLine($"{published}  {c.Outlet ?? "unknown outlet"}  [{c.Id}; {group}]");
        var negative = e.Polarity == Polarity.Negative ? " NOT" : string.Empty;
        var aspect = e.Aspect is { } a ? " " + GoldNames.Of(a) : string.Empty;
        var date = e.Date is { } d ? $", dated {d}" : string.Empty;
        o.WriteLine($"  {GoldNames.Of(e.Type)}{negative} {e.Actor ?? "?"} -> {e.Recipient ?? "?"}: {e.System ?? "(no system)"}{aspect}; {GoldNames.Of(e.Certainty)}{date}");
        if (e.Scope is not null)
        {
            o.WriteLine($"  scope: {e.Scope}");
        }

        if (e.Sources.Count > 0)
        {
            o.WriteLine($"  sources: {string.Join(" <- ", e.Sources)}");
        }

        o.WriteLine($"  {ClaimText.Quote(c.EvidenceText)} (span {e.Evidence.Start}-{e.Evidence.End}; rule {e.Rule})");
    }

    /// <summary>The stored spellings of a system: its canonical name and aliases the catalog maps to it.</summary>
    private static IReadOnlyList<string?> SpellingsOf(StatusQueries queries, string system)
    {
        var catalog = queries.Reconciler.Catalog;
        var canonical = catalog.Canonical(system);
        return [.. queries.SystemsBearingOn(system).Where(n => string.Equals(catalog.Canonical(n), canonical, StringComparison.OrdinalIgnoreCase))];
    }

    /// <summary>One claim as <c>claims --json</c> prints it: every stored field, gold vocabulary names.</summary>
    private sealed record ClaimJson(
        string Id,
        string ArticleId,
        string Type,
        string? Actor,
        string? Recipient,
        string? System,
        string? Aspect,
        string Polarity,
        string Certainty,
        string? Scope,
        string? Date,
        IReadOnlyList<string> Sources,
        string Evidence,
        int[] Span,
        int[] Trigger,
        bool IsChange,
        string Rule,
        string? Outlet,
        string? Published,
        bool PublishedEstimated,
        string StoryGroup,
        string Ingested)
    {
        public static ClaimJson Of(Claim c)
        {
            var e = c.Event;
            return new ClaimJson(
                c.Id,
                c.ArticleId,
                GoldNames.Of(e.Type),
                e.Actor,
                e.Recipient,
                e.System,
                e.Aspect is { } a ? GoldNames.Of(a) : null,
                GoldNames.Of(e.Polarity),
                GoldNames.Of(e.Certainty),
                e.Scope,
                e.Date?.ToString(),
                e.Sources,
                c.EvidenceText,
                [e.Evidence.Start, e.Evidence.End],
                [e.Trigger.Start, e.Trigger.End],
                e.IsChange,
                e.Rule,
                c.Outlet,
                c.Published?.ToString(),
                c.PublishedEstimated,
                c.StoryGroup,
                c.Ingested.ToString("o", CultureInfo.InvariantCulture));
        }
    }
}

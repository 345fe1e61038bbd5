using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Docket.Cli.Output;
using Docket.Domain.Decisions;
using Docket.Storage;
using Docket.Storage.Serialization;

namespace Docket.Cli.Commands;

/// <summary>
/// <c>docket show ID</c>: one article's metadata, body and analysis. Exit 1 when nothing
/// matches ID (like grep's "not found"), 2 when ID is ambiguous or there is no database.
/// </summary>
internal static class ShowCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var id = new Argument<string>("id")
        {
            Description = "The article's id, a unique prefix of it, or its external id (e.g. a gold file's id).",
            HelpName = "ID",
        };
        var db = CommonOptions.Database();
        var json = CommonOptions.Json();
        var command = new Command("show", "Show one stored article: metadata, body and what the analysis found. Exit 1 if no article matches.") { id, db, json };
        command.SetAction(parse =>
        {
            using var store = StoreAccess.OpenExisting(parse.GetValue(db)!, "show", stderr);
            if (store is null)
            {
                return 2;
            }

            var reference = parse.GetValue(id)!;
            var ids = store.FindArticleIds(reference, 6);
            if (ids.Count == 0)
            {
                stderr.WriteLine($"docket show: no article matches '{reference}'; 'docket list' or 'docket search WORDS' shows the ids.");
                return 1;
            }

            if (ids.Count > 1)
            {
                var shown = string.Join(", ", ids.Take(5)) + (ids.Count > 5 ? ", ..." : string.Empty);
                stderr.WriteLine($"docket show: '{reference}' matches several articles ({shown}); give more of the id.");
                return 2;
            }

            var stored = store.GetArticle(ids[0])!;
            if (parse.GetValue(json))
            {
                JsonOutput.Write(stdout, ToJson(stored));
            }
            else
            {
                WriteText(stdout, stored);
            }

            return 0;
        });
        return command;
    }

    private static void WriteText(TextWriter o, StoredArticle s)
    {
        var a = s.Article;
        var m = a.Metadata;
        o.WriteLine(m.Title ?? "(untitled)");
        o.WriteLine();
        Field(o, "id", a.Id);
        Field(o, "outlet", m.Outlet);
        Field(o, "published", Published(s) is { } p ? p + (m.PublishedEstimated ? " (estimated from the text)" : string.Empty) : null);
        Field(o, "updated", m.Updated?.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture));
        Field(o, "byline", m.Byline != m.Outlet ? m.Byline : null);
        Field(o, "url", m.Url);
        Field(o, "canonical", m.CanonicalUrl != m.Url ? m.CanonicalUrl : null);
        Field(o, "language", m.Language);
        Field(o, "input", a.Input + (a.ExternalId is { } x ? $" (id {x})" : string.Empty));
        Field(o, "format", a.Format == Domain.Articles.DocumentFormat.Html ? "HTML" : "plain text");
        Field(o, "story group", s.StoryGroup == a.Id ? "its own" : s.StoryGroup);
        Field(o, "ingested", s.Ingested.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture));
        Field(o, "length", $"{a.Body.Length} characters of body, {a.Text.Length} as received");
        o.WriteLine();
        o.WriteLine(a.Body.TrimEnd());
        if (s.Analysis is not { } an)
        {
            return;
        }

        o.WriteLine();
        o.WriteLine($"Analysis: {an.Sentences.Count} sentences, {an.Entities.Count} entities, {an.Times.Count} time expressions, {an.Quantities.Count} quantities, {an.Attributions.Count} attributions, {an.Events.Count} events, {an.Prerequisites.Count} prerequisites.");
        foreach (var e in an.Events)
        {
            var aspect = e.Aspect is { } asp ? " " + GoldNames.Of(asp) : string.Empty;
            var negative = e.Polarity == Polarity.Negative ? " NOT" : string.Empty;
            o.WriteLine($"  {GoldNames.Of(e.Type)}{negative} {e.Actor ?? "?"} -> {e.Recipient ?? "?"}: {e.System ?? "(no system)"}{aspect}, {GoldNames.Of(e.Certainty)}{(e.Date is { } d ? ", " + d : string.Empty)} [{e.Rule}]");
            o.WriteLine($"    \"{Clip(a.Text, e.Evidence.Start, e.Evidence.End)}\"");
        }
    }

    private static void Field(TextWriter o, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            o.WriteLine($"  {name + ":",-13}{value}");
        }
    }

    private static string? Published(StoredArticle s) =>
        s.Article.Metadata.PublishedDate?.ToString() ?? s.Article.Metadata.Published?.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);

    private static string Clip(string text, int start, int end)
    {
        var s = Math.Clamp(start, 0, text.Length);
        var e = Math.Clamp(end, s, text.Length);
        var piece = string.Join(' ', text[s..e].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return piece.Length > 240 ? piece[..239] + "…" : piece;
    }

    private static ArticleJson ToJson(StoredArticle s)
    {
        var a = s.Article;
        var m = a.Metadata;
        JsonElement? analysis = s.Analysis is { } an
            ? JsonDocument.Parse(AnalysisJson.Serialize(an)).RootElement.Clone()
            : null;
        return new ArticleJson(
            a.Id,
            a.Input,
            a.ExternalId,
            a.Format == Domain.Articles.DocumentFormat.Html ? "html" : "plain_text",
            m.Title,
            m.Outlet,
            Published(s),
            m.PublishedEstimated,
            m.Updated?.ToString("o", CultureInfo.InvariantCulture),
            m.Byline,
            m.Language,
            m.Url,
            m.CanonicalUrl,
            s.Ingested.ToString("o", CultureInfo.InvariantCulture),
            a.Body.Length,
            s.StoryGroup,
            a.Body,
            a.Text,
            analysis);
    }

    /// <summary>The article as <c>show --json</c> prints it; spans in <c>analysis</c> index <c>text</c>.</summary>
    private sealed record ArticleJson(
        string Id,
        string Input,
        string? ExternalId,
        string Format,
        string? Title,
        string? Outlet,
        string? Published,
        bool PublishedEstimated,
        string? Updated,
        string? Byline,
        string? Language,
        string? Url,
        string? CanonicalUrl,
        string IngestedAt,
        int Chars,
        string? StoryGroup,
        string Body,
        string Text,
        JsonElement? Analysis);
}

using System.CommandLine;
using Docket.Cli.Output;
using Docket.Storage;

namespace Docket.Cli.Commands;

/// <summary><c>docket list</c>: the stored articles, oldest first.</summary>
internal static class ListCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var db = CommonOptions.Database();
        var json = CommonOptions.Json();
        var limit = Limit(50);
        var command = new Command("list", "List stored articles, oldest publication first (undated ones last).") { db, json, limit };
        command.SetAction(parse =>
        {
            using var store = StoreAccess.OpenExisting(parse.GetValue(db)!, "list", stderr);
            if (store is null)
            {
                return 2;
            }

            var n = parse.GetValue(limit);
            var articles = store.ListArticles(new ArticleQuery { Limit = n });
            if (parse.GetValue(json))
            {
                JsonOutput.Write(stdout, articles.Select(a => new SummaryJson(a.Id, a.Title, a.Outlet, a.Published, a.Url, a.Chars)).ToList());
                return 0;
            }

            var total = store.Counts().Articles;
            Write(stdout, articles);
            stdout.WriteLine(total > articles.Count
                ? $"{articles.Count} of {total} articles (--limit N shows more; 'docket show ID' shows one)."
                : $"{total} {(total == 1 ? "article" : "articles")} ('docket show ID' shows one).");
            return 0;
        });
        return command;
    }

    /// <summary><c>--limit N</c>, at least 1.</summary>
    public static Option<int> Limit(int defaultValue)
    {
        var option = new Option<int>("--limit")
        {
            Description = $"At most this many results (default {defaultValue}).",
            DefaultValueFactory = _ => defaultValue,
            HelpName = "N",
        };
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--limit must be at least 1.");
            }
        });
        return option;
    }

    /// <summary>A table of summaries: id, date, outlet, title; near-duplicates marked with their group.</summary>
    public static void Write(TextWriter stdout, IReadOnlyList<ArticleSummary> articles)
    {
        if (articles.Count == 0)
        {
            return;
        }

        var outletWidth = Math.Clamp(articles.Max(a => (a.Outlet ?? "-").Length), 6, 28);
        stdout.WriteLine($"{"ID",-16}  {"PUBLISHED",-11}  {"OUTLET".PadRight(outletWidth)}  TITLE");
        foreach (var a in articles)
        {
            var date = a.Published is null ? "-" : (a.PublishedEstimated ? "~" : string.Empty) + a.Published;
            var outlet = Fit(a.Outlet ?? "-", outletWidth);
            var title = a.Title ?? $"(untitled: {Path.GetFileName(a.Input ?? string.Empty)})";
            var group = a.StoryGroup is { } g && g != a.Id ? $"  [same story as {g[..8]}]" : string.Empty;
            stdout.WriteLine($"{a.Id,-16}  {date,-11}  {outlet.PadRight(outletWidth)}  {title}{group}");
        }
    }

    private static string Fit(string s, int width) => s.Length <= width ? s : s[..(width - 1)] + "…";

    private sealed record SummaryJson(string Id, string? Title, string? Outlet, string? Published, string? Url, int Chars);
}

using System.CommandLine;
using System.Text.Json.Nodes;
using Docket.Cli.Output;
using Docket.Core.Ingest;
using Docket.Core.Ingest.Web;
using Docket.Core.Pipeline;
using Docket.Domain.Articles;

namespace Docket.Cli.Commands;

/// <summary>
/// <c>docket analyze FILE|ID</c>: runs the whole default pipeline on one input, without storing anything, and
/// prints what the analysis found, or prints the stored analysis of an article. An input that is a file, a folder,
/// a web address or "-" is analyzed (every article of a JSON Lines file or feed, or only <c>--item N</c>);
/// anything else is looked up in the store as an article id, a unique prefix of one or an external id.
/// Exit 0 when every article was analyzed, 1 when an input or article failed or nothing matches, 2 on usage
/// errors (an ambiguous id among them, as for <c>show</c>).
/// </summary>
internal static class AnalyzeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = new Argument<string>("input")
        {
            Description = "A file (any format ingest reads), a folder, a URL, - for standard input, or a stored article's id (a unique prefix is enough).",
            HelpName = "FILE|ID",
        };
        var item = new Option<int?>("--item")
        {
            Description = "Only the Nth article (from 1) of a file holding several (JSON Lines, a feed).",
            HelpName = "N",
        };
        item.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is < 1)
            {
                r.AddError("--item must be at least 1.");
            }
        });
        var db = CommonOptions.Database();
        var json = CommonOptions.Json();
        json.Description = "Print the article, its metadata and every analysis item as JSON, each span as {start, end, text}; "
            + "one object, or an array when a file holds several articles.";
        var command = new Command(
            "analyze",
            "Analyze one input with the full pipeline without storing it, or show a stored article's analysis: every item with its offsets and rule.")
        {
            input, item, db, json,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var name = parse.GetValue(input)!;
            var view = new ArticleView(stdout, parse.GetValue(json));
            if (IsReadable(name))
            {
                return await AnalyzeAsync(name, parse.GetValue(item), view, stderr, cancellationToken).ConfigureAwait(false);
            }

            if (parse.GetValue(item) is not null)
            {
                await stderr.WriteLineAsync($"docket analyze: --item applies to a file, and there is no file or folder named '{name}'.").ConfigureAwait(false);
                return 2;
            }

            return ShowStored(name, parse.GetValue(db)!, view, stderr);
        });
        return command;
    }

    private static bool IsReadable(string name) =>
        name == "-" || File.Exists(name) || Directory.Exists(name) || WebFetcher.IsWebAddress(name);

    private static async Task<int> AnalyzeAsync(string name, int? item, ArticleView view, TextWriter stderr, CancellationToken cancellationToken)
    {
        var pipeline = new DocketPipelineBuilder().UseDefaults().Build();
        using var reader = new InputReader();
        var position = 0;
        var failed = 0;
        await foreach (var document in reader.ReadAsync([name], cancellationToken).ConfigureAwait(false))
        {
            position++;
            if (item is { } wanted && position != wanted)
            {
                continue;
            }

            var outcome = document.TryGetValue(out var raw) ? pipeline.Process(raw) : Domain.Outcome<ProcessedArticle>.Fail(document.Failure!);
            if (outcome.TryGetValue(out var processed))
            {
                view.Add(processed.Article, processed.Analysis, processed.Diagnostics);
            }
            else
            {
                failed++;
                await stderr.WriteLineAsync($"docket analyze: {outcome.Failure}").ConfigureAwait(false);
            }

            if (item is not null)
            {
                break;
            }
        }

        if (item is { } n && position < n)
        {
            await stderr.WriteLineAsync($"docket analyze: {name} holds {position} {(position == 1 ? "article" : "articles")}; --item {n} is past the end.").ConfigureAwait(false);
            return 1;
        }

        view.Finish(single: item is not null || position == 1);
        return failed > 0 ? 1 : 0;
    }

    private static int ShowStored(string reference, string dbPath, ArticleView view, TextWriter stderr)
    {
        if (!File.Exists(dbPath))
        {
            stderr.WriteLine($"docket analyze: '{reference}' is not a file or folder, and there is no database at {dbPath} to look it up as an article id (--db FILE names another).");
            return 1;
        }

        using var store = StoreAccess.OpenExisting(dbPath, "analyze", stderr);
        if (store is null)
        {
            return 2;
        }

        var ids = store.FindArticleIds(reference, 6);
        if (ids.Count == 0)
        {
            stderr.WriteLine($"docket analyze: '{reference}' is not a file or folder, and no article in {dbPath} has that id; 'docket list' shows the ids.");
            return 1;
        }

        if (ids.Count > 1)
        {
            var shown = string.Join(", ", ids.Take(5)) + (ids.Count > 5 ? ", ..." : string.Empty);
            stderr.WriteLine($"docket analyze: '{reference}' matches several articles ({shown}); give more of the id.");
            return 2;
        }

        var stored = store.GetArticle(ids[0])!;
        view.Add(stored.Article, stored.Analysis, []);
        view.Finish(single: true);
        return 0;
    }

    /// <summary>Prints each article as it comes (the readable view) or gathers them for one JSON document.</summary>
    private sealed class ArticleView(TextWriter stdout, bool asJson)
    {
        private readonly AnnotatedArticleJson _json = new();
        private readonly List<JsonObject> _gathered = [];
        private int _printed;

        public void Add(Article article, Domain.Analysis.ArticleAnalysis? analysis, IReadOnlyList<string> diagnostics)
        {
            var node = _json.Of(article, analysis, diagnostics);
            if (asJson)
            {
                _gathered.Add(node);
                return;
            }

            if (_printed++ > 0)
            {
                stdout.WriteLine();
                stdout.WriteLine(new string('=', 72));
            }

            AnnotatedArticleText.Write(stdout, node);
        }

        public void Finish(bool single)
        {
            if (!asJson)
            {
                return;
            }

            if (single && _gathered.Count == 1)
            {
                JsonOutput.Write(stdout, _gathered[0]);
            }
            else if (!single || _gathered.Count > 0)
            {
                JsonOutput.Write(stdout, new JsonArray([.. _gathered]));
            }
        }
    }
}

using System.CommandLine;
using Docket.Cli.Output;

namespace Docket.Cli.Commands;

/// <summary><c>docket search QUERY</c>: full-text search over titles and bodies, best first.</summary>
internal static class SearchCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var query = new Argument<string[]>("query")
        {
            Description = "Words that must all appear; \"quoted words\" form a phrase; a trailing * matches a prefix.",
            Arity = ArgumentArity.OneOrMore,
            HelpName = "QUERY",
        };
        UnknownOptions.RejectIn(query);
        var db = CommonOptions.Database();
        var json = CommonOptions.Json();
        var limit = ListCommand.Limit(10);
        var command = new Command("search", "Search stored articles' titles and bodies; ranked hits with the matching passage.") { query, db, json, limit };
        command.SetAction(parse =>
        {
            using var store = StoreAccess.OpenExisting(parse.GetValue(db)!, "search", stderr);
            if (store is null)
            {
                return 2;
            }

            var text = string.Join(' ', parse.GetValue(query) ?? []);
            var hits = store.Search(text, parse.GetValue(limit));
            if (parse.GetValue(json))
            {
                JsonOutput.Write(stdout, hits.Select(h => new HitJson(h.ArticleId, h.Title, h.Outlet, h.Published, h.Snippet, Math.Round(h.Score, 4))).ToList());
                return 0;
            }

            if (hits.Count == 0)
            {
                stdout.WriteLine($"No article matches '{text}'. Try fewer or shorter words, or a prefix like 'missil*'.");
                return 0;
            }

            for (var i = 0; i < hits.Count; i++)
            {
                var h = hits[i];
                var where = string.Join(", ", new[] { h.Outlet, h.Published }.Where(x => x is not null));
                stdout.WriteLine($"{i + 1}. {h.Title ?? "(untitled)"}{(where.Length > 0 ? $" ({where})" : string.Empty)}  {h.ArticleId}");
                stdout.WriteLine($"   {h.Snippet}");
            }

            return 0;
        });
        return command;
    }

    private sealed record HitJson(string Id, string? Title, string? Outlet, string? Published, string Snippet, double Score);
}

using System.CommandLine;
using Docket.Cli.Ingestion;
using Docket.Storage;

namespace Docket.Cli.Commands;

/// <summary>
/// <c>docket demo</c>: ingests the sample corpus that ships in samples/articles and shows what
/// Docket made of it, step by step. Each step is an entry of <see cref="Steps"/>; later features
/// (status timelines) add theirs at the end.
/// </summary>
internal static class DemoCommand
{
    /// <summary>The demo's steps, in order. A step returns false to stop the demo.</summary>
    private static readonly DemoStep[] Steps =
    [
        new("Ingest the sample corpus", IngestSamplesAsync),
        new("The articles, oldest first", ListArticlesAsync),
        new("Story groups: syndicated copies and reprints count as one source", ShowStoryGroupsAsync),
        new(DemoStatusStep.Title, c => DemoStatusStep.RunAsync(c.Store, c.DbPath, c.Out)),
    ];

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var db = CommonOptions.Database();
        var samples = new Option<string?>("--samples")
        {
            Description = "The sample corpus folder (default: samples/articles of the Docket repository).",
            HelpName = "DIR",
        };
        var command = new Command("demo", "Ingest the bundled sample articles (ATACMS and HIMARS decisions, 2022-2024) and show the result.") { db, samples };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var folder = parse.GetValue(samples) ?? FindSamples();
            if (folder is null || !Directory.Exists(folder))
            {
                await stderr.WriteLineAsync($"docket demo: cannot find the sample corpus{(folder is null ? string.Empty : " at " + folder)}; run the demo from the Docket repository (it ships samples/articles) or pass --samples DIR.").ConfigureAwait(false);
                return 2;
            }

            var dbPath = parse.GetValue(db)!;
            using var store = StoreAccess.OpenOrCreate(dbPath, "demo", stderr);
            if (store is null)
            {
                return 2;
            }

            var context = new DemoContext(store, dbPath, folder, stdout, stderr, cancellationToken);
            for (var i = 0; i < Steps.Length; i++)
            {
                await stdout.WriteLineAsync($"{(i == 0 ? string.Empty : "\n")}== {i + 1}. {Steps[i].Title}").ConfigureAwait(false);
                if (!await Steps[i].RunAsync(context).ConfigureAwait(false))
                {
                    return 1;
                }
            }

            await stdout.WriteLineAsync($"\nThe database is {dbPath}. Try: docket search ATACMS --db {dbPath}, docket show ID --db {dbPath}").ConfigureAwait(false);
            return context.Ingest?.AllStored == false ? 1 : 0;
        });
        return command;
    }

    private static async Task<bool> IngestSamplesAsync(DemoContext c)
    {
        var report = await IngestCommand.RunAsync(c.Store, [c.SamplesFolder], c.Err, c.Cancellation).ConfigureAwait(false);
        c.Ingest = report;
        c.Out.WriteLine($"Reading {c.SamplesFolder}");
        IngestCommand.WriteSummary(c.Out, c.Err, report, c.DbPath);
        if (report.Tally.Added == 0 && report.Tally.Duplicates > 0)
        {
            c.Out.WriteLine("(Everything was already stored: ingest is idempotent, so nothing was written twice.)");
        }

        return report.StoreError is null && !report.Interrupted;
    }

    private static Task<bool> ListArticlesAsync(DemoContext c)
    {
        ListCommand.Write(c.Out, c.Store.ListArticles(new ArticleQuery { Limit = 1000 }));
        return Task.FromResult(true);
    }

    private static Task<bool> ShowStoryGroupsAsync(DemoContext c)
    {
        var counts = c.Store.Counts();
        var articles = c.Store.ListArticles(new ArticleQuery { Limit = 10_000 });
        var groups = articles.GroupBy(a => a.StoryGroup ?? a.Id).Where(g => g.Count() > 1).ToList();
        c.Out.WriteLine($"{counts.Articles} articles form {counts.StoryGroups} independent story groups.");
        foreach (var g in groups)
        {
            c.Out.WriteLine($"Group {g.Key}:");
            foreach (var a in g)
            {
                c.Out.WriteLine($"  {a.Id}  {a.Outlet ?? "-"}: {a.Title ?? "(untitled)"}");
            }
        }

        return Task.FromResult(true);
    }

    /// <summary>samples/articles beside Docket.slnx, looking up from the working folder and from the program.</summary>
    private static string? FindSamples()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "samples", "articles");
                if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "Docket.slnx")))
                {
                    return Path.GetRelativePath(Directory.GetCurrentDirectory(), candidate);
                }
            }
        }

        return null;
    }

    private sealed record DemoStep(string Title, Func<DemoContext, Task<bool>> RunAsync);

    private sealed class DemoContext(IArticleStore store, string dbPath, string samplesFolder, TextWriter output, TextWriter error, CancellationToken cancellation)
    {
        public IArticleStore Store { get; } = store;

        public string DbPath { get; } = dbPath;

        public string SamplesFolder { get; } = samplesFolder;

        public TextWriter Out { get; } = output;

        public TextWriter Err { get; } = error;

        public CancellationToken Cancellation { get; } = cancellation;

        public IngestReport? Ingest { get; set; }
    }
}

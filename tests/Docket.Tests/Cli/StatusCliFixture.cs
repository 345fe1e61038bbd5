using Docket.Cli;
using Docket.Core.Pipeline;
using Docket.Storage.Sqlite;
using Docket.Tests.Support;

namespace Docket.Tests.Cli;

/// <summary>A temporary database filled through the real store with hand-built articles, and
/// the CLI run against it through <see cref="DocketCli.RunAsync"/>.</summary>
public abstract class StatusCliFixture : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("docket-status-").FullName;

    protected string Folder => _folder;

    protected string Db => Path.Combine(_folder, "status.db");

    /// <summary>The ingest clock: a day after every story, so undated claims count from it.</summary>
    protected static FixedClock Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 9, 30, 0, TimeSpan.Zero));

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Stores the articles in one batch, in the order given.</summary>
    internal void Store(params IReadOnlyList<ProcessedArticle> articles)
    {
        var opened = SqliteArticleStore.Open(Db, new SqliteStoreOptions { Clock = Clock });
        Assert.True(opened.IsSuccess, opened.Failure?.ToString());
        using var store = opened.Value!;
        store.AddBatch(articles);
    }

    internal async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await DocketCli.RunAsync([.. args, "--db", Db], stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs without adding --db (for --help and for commands given their own).</summary>
    internal static async Task<(int Exit, string Out, string Err)> RunBare(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await DocketCli.RunAsync(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}

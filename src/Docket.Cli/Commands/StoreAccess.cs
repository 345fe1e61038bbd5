using Docket.Storage;
using Docket.Storage.Sqlite;

namespace Docket.Cli.Commands;

/// <summary>Opens the store named by <c>--db</c> for the commands, turning every expected problem
/// into one line on standard error that says what to do next.</summary>
internal static class StoreAccess
{
    /// <summary>Opens an existing store for reading; null (after saying why) when there is none.</summary>
    public static IArticleStore? OpenExisting(string db, string command, TextWriter stderr)
    {
        if (!File.Exists(db))
        {
            stderr.WriteLine($"docket {command}: no database at {db}; run 'docket ingest PATH... --db {db}' first (or 'docket demo --db {db}' for the sample corpus).");
            return null;
        }

        return Open(db, command, stderr, create: false);
    }

    /// <summary>Opens the store for writing, creating it when needed; null (after saying why) on failure.</summary>
    public static IArticleStore? OpenOrCreate(string db, string command, TextWriter stderr) => Open(db, command, stderr, create: true);

    private static SqliteArticleStore? Open(string db, string command, TextWriter stderr, bool create)
    {
        var outcome = SqliteArticleStore.Open(db, new SqliteStoreOptions { CreateIfMissing = create });
        if (outcome.TryGetValue(out var store))
        {
            return store;
        }

        stderr.WriteLine($"docket {command}: cannot open {db}: {outcome.Failure!.Reason}.");
        return null;
    }
}

using Docket.Domain.Decisions;
using Docket.Storage.Serialization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Docket.Storage.Sqlite;

/// <summary>
/// Runs a SELECT of <c>record, story_group</c> and decodes the rows into claims through SQLite's
/// own statement API (SQLite dialect). Microsoft.Data.Sqlite copies every value it hands out; here
/// each record is decoded straight from the page SQLite holds, which halves the cost of reading
/// ten thousand claims. The statement lives for the call only.
/// </summary>
internal static class ClaimRecordQuery
{
    public static List<Claim> Read(SqliteConnection connection, string sql, IReadOnlyList<(string Name, object? Value)> parameters, string location)
    {
        var db = connection.Handle ?? throw new StoreException($"{location}: the database connection is closed");
        Check(db, raw.sqlite3_prepare_v2(db, sql, out var statement), location);
        using (statement)
        {
            foreach (var (name, value) in parameters)
            {
                var index = raw.sqlite3_bind_parameter_index(statement, name);
                if (index == 0)
                {
                    continue;
                }

                Check(db, value switch
                {
                    null => raw.sqlite3_bind_null(statement, index),
                    string s => raw.sqlite3_bind_text(statement, index, s),
                    int i => raw.sqlite3_bind_int64(statement, index, i),
                    long l => raw.sqlite3_bind_int64(statement, index, l),
                    _ => throw new ArgumentException($"unsupported parameter type {value.GetType().Name} for {name}", nameof(parameters)),
                }, location);
            }

            var claims = new List<Claim>();
            var records = new ClaimRecord.Reader();
            int rc;
            while ((rc = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                // Both spans point into SQLite's buffers and are valid until the next step.
                claims.Add(records.Read(raw.sqlite3_column_blob(statement, 0), raw.sqlite3_column_blob(statement, 1)));
            }

            if (rc != raw.SQLITE_DONE)
            {
                Check(db, rc, location);
            }

            return claims;
        }
    }

    private static void Check(sqlite3 db, int rc, string location)
    {
        if (rc is not raw.SQLITE_OK and not raw.SQLITE_DONE and not raw.SQLITE_ROW)
        {
            throw new StoreException($"{location}: reading claims failed (SQLite error {rc}: {raw.sqlite3_errmsg(db).utf8_to_string()})");
        }
    }
}

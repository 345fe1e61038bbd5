using System.Text;

namespace Docket.Storage.Sqlite;

/// <summary>
/// Turns what a user types into an FTS5 query that cannot be a syntax error: every word becomes a
/// quoted term (all required), "quoted words" stay a phrase, and a trailing * keeps a prefix
/// search. FTS5 operators typed by the user (AND, NEAR, column filters, a stray quote) are read
/// as plain words, so no query ever fails.
/// </summary>
internal static class FtsQuery
{
    /// <summary>The FTS5 expression, or null when the query has no words.</summary>
    public static string? From(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var terms = new List<string>();
        var i = 0;
        while (i < query.Length)
        {
            if (query[i] == '"')
            {
                var close = query.IndexOf('"', i + 1);
                var inner = close < 0 ? query[(i + 1)..] : query[(i + 1)..close];
                var words = Words(inner);
                if (words.Count > 0)
                {
                    terms.Add(Quote(string.Join(' ', words)));
                }

                i = close < 0 ? query.Length : close + 1;
                continue;
            }

            var start = i;
            while (i < query.Length && !char.IsWhiteSpace(query[i]) && query[i] != '"')
            {
                i++;
            }

            if (i == start)
            {
                i++;
                continue;
            }

            var token = query[start..i];
            var prefix = token.EndsWith('*');
            foreach (var word in Words(token))
            {
                terms.Add(Quote(word));
            }

            if (prefix && terms.Count > 0 && Words(token).Count > 0)
            {
                terms[^1] += "*";
            }
        }

        return terms.Count == 0 ? null : string.Join(' ', terms);
    }

    private static List<string> Words(string s)
    {
        var words = new List<string>();
        var sb = new StringBuilder();
        foreach (var c in s)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (sb.Length > 0)
            {
                words.Add(sb.ToString());
                sb.Clear();
            }
        }

        if (sb.Length > 0)
        {
            words.Add(sb.ToString());
        }

        return words;
    }

    private static string Quote(string s) => "\"" + s + "\"";
}

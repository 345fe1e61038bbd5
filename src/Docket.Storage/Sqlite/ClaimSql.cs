using System.Globalization;
using System.Text;
using Docket.Domain.Decisions;

namespace Docket.Storage.Sqlite;

/// <summary>
/// The WHERE clause of a <see cref="ClaimFilter"/>: portable SQL with named parameters. Names
/// compare with <c>COLLATE NOCASE</c> (SQLite dialect; a PostgreSQL store compares <c>lower()</c>
/// values) so that the case-insensitive indexes of migration 4 serve them.
/// </summary>
internal sealed class ClaimSql
{
    private readonly StringBuilder _where = new("1 = 1");
    private readonly List<(string Name, object? Value)> _parameters = [];

    private ClaimSql()
    {
    }

    /// <summary>Conditions joined by AND, starting with "1 = 1".</summary>
    public string Where => _where.ToString();

    public IReadOnlyList<(string Name, object? Value)> Parameters => _parameters;

    public static ClaimSql Of(ClaimFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var q = new ClaimSql();
        if (filter.AsOf is { } asOf)
        {
            q.And("published_latest <= @as_of", ("@as_of", Day(asOf)));
        }

        if (filter.KnownBy is { } knownBy)
        {
            // An ISO partial date compares as text like its first day: "2023-10" <= "2023-10-10",
            // "2023-10" > "2023-09-30". Without a publication date, the ingest day (UTC) counts.
            q.And("(published <= @known_by OR (published IS NULL AND substr(ingested_at, 1, 10) <= @known_by))", ("@known_by", Day(knownBy)));
        }

        // The system condition goes inside each role branch, so that each branch is one search of
        // the parties index on (actor, recipient, system) rather than a search by system alone.
        var systemCondition = q.SystemCondition(filter);
        if (filter.Supplier is not null || filter.Recipient is not null)
        {
            // Question roles: the supplier acts (and a REQUEST's recipient is the supplier asked).
            var direct = new StringBuilder("event_type <> 'REQUEST'");
            var request = new StringBuilder("event_type = 'REQUEST'");
            if (filter.Supplier is not null)
            {
                direct.Append(" AND actor = @supplier COLLATE NOCASE");
                request.Append(" AND recipient = @supplier COLLATE NOCASE");
                q._parameters.Add(("@supplier", filter.Supplier));
            }

            if (filter.Recipient is not null)
            {
                direct.Append(" AND recipient = @recipient COLLATE NOCASE");
                request.Append(" AND actor = @recipient COLLATE NOCASE");
                q._parameters.Add(("@recipient", filter.Recipient));
            }

            if (systemCondition is not null)
            {
                direct.Append(" AND ").Append(systemCondition);
                request.Append(" AND ").Append(systemCondition);
            }

            q._where.Append(" AND ((").Append(direct).Append(") OR (").Append(request).Append("))");
        }
        else if (systemCondition is not null)
        {
            q._where.Append(" AND ").Append(systemCondition);
        }

        if (filter.Actor is not null)
        {
            q.And("actor = @actor COLLATE NOCASE", ("@actor", filter.Actor));
        }

        if (filter.Type is { } type)
        {
            // A literal, not a parameter, so that the planner can use the partial index of USE
            // claims; the value is a vocabulary name from the enum, never user text.
            q._where.Append(" AND event_type = '").Append(GoldNames.Of(type)).Append('\'');
        }

        if (filter.Aspect is { } aspect)
        {
            q.And("aspect = @aspect", ("@aspect", GoldNames.Of(aspect)));
        }

        if (filter.ArticleId is not null)
        {
            q.And("article_id = @article_id", ("@article_id", filter.ArticleId));
        }

        return q;
    }

    private void And(string condition, (string Name, object? Value) parameter)
    {
        _where.Append(" AND ").Append(condition);
        _parameters.Add(parameter);
    }

    /// <summary>The condition of <see cref="ClaimFilter.System"/> and <see cref="ClaimFilter.Systems"/>
    /// (their parameters added), or null when neither is set.</summary>
    private string? SystemCondition(ClaimFilter filter)
    {
        var parts = new List<string>();
        if (filter.System is not null)
        {
            parts.Add("system = @system COLLATE NOCASE");
            _parameters.Add(("@system", filter.System));
        }

        if (filter.Systems is { } systems)
        {
            parts.Add(SystemIn(systems));
        }

        return parts.Count == 0 ? null : string.Join(" AND ", parts);
    }

    /// <summary>Any of the names (any case); a null entry matches no system; an empty list matches nothing.</summary>
    private string SystemIn(IReadOnlyList<string?> systems)
    {
        var names = systems.Where(s => s is not null).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var orNull = systems.Any(s => s is null);
        var parts = new List<string>();
        if (names.Count > 0)
        {
            var list = new StringBuilder("system COLLATE NOCASE IN (");
            for (var i = 0; i < names.Count; i++)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"@sys{i}");
                list.Append(i == 0 ? name : ", " + name);
                _parameters.Add((name, names[i]));
            }

            parts.Add(list.Append(')').ToString());
        }

        if (orNull)
        {
            parts.Add("system IS NULL");
        }

        return parts.Count == 0 ? "1 = 0" : "(" + string.Join(" OR ", parts) + ")";
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

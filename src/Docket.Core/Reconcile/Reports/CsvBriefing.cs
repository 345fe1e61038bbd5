using System.Text;
using Docket.Core.Reconcile.Views;

namespace Docket.Core.Reconcile.Reports;

/// <summary>
/// The briefing as CSV (RFC 4180): a header row, one row per question, CRLF after every record,
/// and every field that holds a comma, a double quote, CR or LF enclosed in double quotes with
/// inner quotes doubled. The first piece of evidence of the current state fills the evidence columns.
/// <para><b>Formula injection.</b> Spreadsheets run a cell that starts with <c>=</c>, <c>+</c>,
/// <c>-</c> or <c>@</c> (or a tab or carriage return before one) as a formula, and evidence is text
/// from the web. Such a field gets a leading apostrophe (<c>'=HYPERLINK(...)</c>), which spreadsheets
/// show as text; the apostrophe is part of the field for any other CSV reader.</para>
/// </summary>
public static class CsvBriefing
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "supplier", "system", "recipient", "aspect", "status", "tentative", "since", "since_basis", "scope",
        "corroboration", "changed", "previous_status", "open_contradictions",
        "evidence", "evidence_outlet", "evidence_published", "evidence_published_estimated", "evidence_sources", "evidence_article_id", "evidence_span",
    ];

    public static string Render(Briefing briefing)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        var sb = new StringBuilder();
        Row(sb, Columns);
        foreach (var e in briefing.Entries)
        {
            var s = e.Status;
            var c = e.Evidence.Count > 0 ? e.Evidence[0] : null;
            Row(sb,
            [
                s.Supplier, s.System ?? string.Empty, s.Recipient, s.Aspect, s.Status ?? string.Empty, s.Tentative ?? string.Empty,
                s.Since ?? string.Empty, s.SinceBasis, s.Scope ?? string.Empty,
                s.Corroboration.ToString(System.Globalization.CultureInfo.InvariantCulture),
                e.Changes.Count > 0 ? "yes" : "no", e.PreviousStatus ?? string.Empty,
                s.Contradictions.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                c?.Evidence ?? string.Empty, c?.Outlet ?? string.Empty, c?.Published ?? string.Empty,
                c is null ? string.Empty : c.PublishedEstimated ? "yes" : "no",
                c is null ? string.Empty : string.Join(" <- ", c.Sources),
                c?.ArticleId ?? string.Empty, c is null ? string.Empty : $"{c.Span.Start}-{c.Span.End}",
            ]);
        }

        return sb.ToString();
    }

    /// <summary>One field: a leading apostrophe when a spreadsheet would read it as a formula,
    /// then quoted when RFC 4180 requires it.</summary>
    public static string Field(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static void Row(StringBuilder sb, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            sb.Append(Field(fields[i]));
        }

        sb.Append("\r\n");
    }
}

using Docket.Domain.Articles;

namespace Docket.Core.Cleaning.PlainText;

/// <summary>
/// The lines before an article's first paragraph: headline, kicker labels ("Truth",
/// "Analysis"), byline and timestamps. They are dropped from the body and read for metadata.
/// The zone ends at the first line that reads like a paragraph; it never takes the last line.
/// </summary>
internal static class HeaderZone
{
    private const int MaxHeaderLines = 8;

    public static TextFindings Scan(LineVerdicts verdicts, BoilerplateLexicon lexicon, DocumentHints hints)
    {
        var findings = TextFindings.None;
        var lines = verdicts.NonBlank;
        for (var k = 0; k < Math.Min(MaxHeaderLines, lines.Count - 1); k++)
        {
            var index = lines[k];
            var content = verdicts.Content(index);
            if (findings.Title is null && hints.Title is not null && SameText(content, hints.Title))
            {
                verdicts.Drop(index, "header:title");
                findings = findings with { Title = content };
                continue;
            }

            if (lexicon.FirstMatch(BoilerplateKind.Header, content) is { } header)
            {
                verdicts.Drop(index, header.Rule);
                findings = Read(findings, content, lexicon);
                continue;
            }

            if (findings.Title is null && IsHeadline(content))
            {
                verdicts.Drop(index, "header:title");
                findings = findings with { Title = content };
                continue;
            }

            if (IsLabel(content))
            {
                verdicts.Drop(index, "header:label");
                continue;
            }

            if ((lexicon.FirstMatch(BoilerplateKind.Drop, content) ?? lexicon.FirstMatch(BoilerplateKind.Credit, content)) is { } drop
                && lexicon.FirstMatch(BoilerplateKind.Keep, content) is null)
            {
                verdicts.Drop(index, drop.Rule);
                continue;
            }

            break;
        }

        return findings;
    }

    /// <summary>A headline: 3 to 30 words on one line, starting with a capital, a digit or a
    /// quote, not ending like a sentence or a clause ('.', ',', ';', ':').</summary>
    internal static bool IsHeadline(string line)
    {
        if (line.Length > 200)
        {
            return false;
        }

        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words is < 3 or > 30)
        {
            return false;
        }

        var first = line[0];
        var last = line[^1];

        // A quoted sentence ("We will hold the line," he said.) ends inside its quotes.
        var beforeQuote = line.Length > 1 && last is '"' or '”' or '’' or '\'' ? line[^2] : ' ';
        return (char.IsUpper(first) || char.IsDigit(first) || first is '"' or '“' or '‘' or '\'')
            && last is not ('.' or ',' or ';' or ':')
            && beforeQuote is not ('.' or ',' or ';');
    }

    /// <summary>A kicker or section label: at most four words and 40 characters, no sentence
    /// punctuation at its end.</summary>
    internal static bool IsLabel(string line) =>
        line.Length <= 40
        && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4
        && line[^1] is not ('.' or '?' or '!' or ',' or ';' or '"' or '”');

    private static TextFindings Read(TextFindings findings, string line, BoilerplateLexicon lexicon)
    {
        var (byline, outlet) = BylineReader.Read(line, lexicon);
        var (published, updated) = HeaderDates.Read(line);
        return findings with
        {
            Byline = findings.Byline ?? byline,
            Outlet = findings.Outlet ?? outlet,
            Published = findings.Published ?? published,
            Updated = findings.Updated ?? updated,
        };
    }

    private static bool SameText(string a, string b) =>
        string.Equals(Squash(a), Squash(b), StringComparison.Ordinal);

    private static string Squash(string s) => new([.. s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
}

using System.Text.RegularExpressions;

namespace Docket.Core.Cleaning.PlainText;

/// <summary>
/// Reads a byline line ("By The Moscow Times | Created at ...", "By Jane Roe and John Doe,
/// Reuters"): the byline names, and the outlet when the byline names a known outlet or an
/// organisation rather than a person.
/// </summary>
internal static partial class BylineReader
{
    public static (string? Byline, string? Outlet) Read(string line, BoilerplateLexicon lexicon)
    {
        foreach (var part in Separators().Split(line))
        {
            var m = ByPrefix().Match(part.Trim());
            if (!m.Success)
            {
                continue;
            }

            var names = m.Groups["names"].Value.Trim().TrimEnd('.', ',', ';', ':');
            if (names.Length == 0)
            {
                continue;
            }

            // "By Jane Roe, Reuters": the outlet follows the last comma.
            var comma = names.LastIndexOf(',');
            if (comma > 0 && OutletName(names[(comma + 1)..].Trim(), lexicon) is { } trailing)
            {
                return (names, trailing);
            }

            return (names, OutletName(names, lexicon));
        }

        return (null, null);
    }

    /// <summary>The name as an outlet, when it is a known outlet or an organisation's name.</summary>
    internal static string? OutletName(string name, BoilerplateLexicon lexicon)
    {
        var key = BoilerplateLexicon.StripThe(name.Trim()).ToLowerInvariant();
        if (key.Length == 0)
        {
            return null;
        }

        if (lexicon.Outlets.Contains(key))
        {
            return name.Trim();
        }

        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 6 && words.Any(lexicon.OrganisationWords.Contains) && !key.Contains(" and ", StringComparison.Ordinal)
            ? name.Trim()
            : null;
    }

    [GeneratedRegex(@"\s*(?:\||•|·|—|\s-\s)\s*", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Separators();

    [GeneratedRegex(@"^(?i:by)\s+(?<names>[^\d|]{2,120}?)(?:\s+(?i:(?:created|published|posted|updated)\b).*)?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex ByPrefix();
}

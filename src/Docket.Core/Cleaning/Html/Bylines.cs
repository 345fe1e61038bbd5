using System.Text.RegularExpressions;

namespace Docket.Core.Cleaning.Html;

/// <summary>Short lines that name the author or the date of a story ("By Jane Doe",
/// "November 7, 2023", "Updated 10:43 AM ET"): page furniture, not article text.</summary>
internal static partial class Bylines
{
    /// <summary>"By X" (up to eight words), in English or with the author alone after "By".</summary>
    public static bool IsByline(string line) => ByLine().IsMatch(line);

    /// <summary>The author named by a "By X" line.</summary>
    public static bool TryReadName(string line, out string name)
    {
        var m = ByLine().Match(line.Trim());
        name = m.Success ? m.Groups["name"].Value.Trim() : string.Empty;
        return m.Success;
    }

    /// <summary>A line that is only a date and/or a time, possibly with "Updated" or "Published".</summary>
    public static bool IsDateline(string line) => DateLine().IsMatch(line);

    [GeneratedRegex(@"^(?:By|BY|by)\s+(?<name>\p{Lu}[\p{L}.'’\-]*(?:[\s,]+(?:and\s+|&\s+)?[\p{L}.'’\-]+){0,7})$")]
    private static partial Regex ByLine();

    [GeneratedRegex(@"^(?:(?:Updated|Published|Posted|Last updated|Modified)\s*:?\s*)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})(?:[\s,|•·@at-]+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DateLine();
}

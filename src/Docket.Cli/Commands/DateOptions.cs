using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Docket.Cli.Commands;

/// <summary>
/// Date options of the status commands (<c>--as-of</c>, <c>--on</c>, <c>--since</c>). A date is
/// YYYY-MM-DD; YYYY-MM and YYYY mean the last day of that month or year (so <c>--as-of 2023</c>
/// is what could be known at the end of 2023). Anything else is a usage error (exit 2) that names
/// the value.
/// </summary>
internal static partial class DateOptions
{
    public const string Format = "YYYY-MM-DD (YYYY-MM or YYYY: the last day of that month or year)";

    /// <summary><c>--as-of DATE</c>: the knowledge time.</summary>
    public static Option<string?> AsOf(bool required = false) => Create(
        "--as-of",
        required
            ? $"Use only what was published by this date (knowledge time). {Format}."
            : $"Use only what was published by this date (knowledge time; default: everything known). {Format}.",
        required);

    /// <summary><c>--on DATE</c>: the valid time.</summary>
    public static Option<string?> On() => Create(
        "--on",
        $"The status in effect on this date (valid time), as known on the --as-of date (default: the --as-of date, else the latest state). {Format}.",
        required: false);

    /// <summary>An option holding a date, checked when the command line is parsed.</summary>
    public static Option<string?> Create(string name, string description, bool required)
    {
        var option = new Option<string?>(name) { Description = description, HelpName = "DATE", Required = required };
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string?>();
            if (value is not null && !TryParse(value, out _))
            {
                result.AddError($"{name}: '{value}' is not a date; write {Format}.");
            }
        });
        return option;
    }

    /// <summary>The option's date (the last day of a month or year given alone), or null when absent.</summary>
    public static DateOnly? Value(ParseResult parse, Option<string?> option)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return parse.GetValue(option) is { } text && TryParse(text, out var date) ? date : null;
    }

    /// <summary>Reads YYYY-MM-DD, YYYY-MM or YYYY; a month or a year gives its last day.</summary>
    public static bool TryParse(string text, out DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(text);
        date = default;
        var m = Iso().Match(text.Trim());
        if (!m.Success)
        {
            return false;
        }

        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (year < 1)
        {
            return false;
        }

        if (!m.Groups["m"].Success)
        {
            date = new DateOnly(year, 12, 31);
            return true;
        }

        var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
        {
            return false;
        }

        var last = DateTime.DaysInMonth(year, month);
        if (!m.Groups["d"].Success)
        {
            date = new DateOnly(year, month, last);
            return true;
        }

        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (day < 1 || day > last)
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    [GeneratedRegex(@"^(?<y>\d{4})(-(?<m>\d{2})(-(?<d>\d{2}))?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();
}

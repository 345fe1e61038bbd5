using System.Text.RegularExpressions;

namespace Docket.Core.Analysis.Time;

/// <summary>
/// The compiled patterns of the time-expression rules, generated at build time. Each scanning
/// pattern starts with something distinctive (a digit, a capitalised month, a unit or weekday
/// word) so the engine can skip ahead cheaply; the words written before it ("the past two",
/// "last", "the end of") are read afterwards by right-to-left patterns anchored at its start
/// (<c>...\z</c> on the text before it), and the words after it by patterns anchored with
/// <c>\G</c>. Month names must be written with a capital ("May" the month, not "may").
/// </summary>
internal static partial class TimexPatterns
{
    public const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
    public const RegexOptions Before = Options | RegexOptions.RightToLeft;

    private const string MonthFull = @"(?<month>(?=(?-i:[A-Z]))(?:january|february|march|april|may|june|july|august|september|october|november|december)(?![a-z]))";
    private const string MonthAny = @"(?<month>(?=(?-i:[A-Z]))(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?![a-z])\.?)";
    private const string WeekdayWord = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
    private const string DayNum = @"(?<day>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![0-9a-z])";
    private const string Year = @"(?<year>(?:1[5-9]|20)[0-9]{2})(?![0-9])";
    private const string NumWord = "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";
    private const string Count = @"(?<num>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+(?:\.[0-9]+)?|" + NumWord + @"(?:\s+hundred)?|(?:a|one)\s+hundred|half\s+a\s+dozen|a\s+dozen|a\s+couple(?:\s+of)?|half\s+an?|an?|(?<vague>a\s+few|few|several|many|some|a\s+number\s+of|dozens\s+of|hundreds\s+of|a\s+couple\s+of|a\s+matter\s+of))";
    private const string PartOfDay = @"(?<pod>morning|afternoon|evening|night|overnight)(?![a-z])";
    private const string Zone = @"(?<tz>GMT|UTC|BST|CET|CEST|EET|EEST|MSK|EST|EDT|CST|CDT|MST|MDT|PST|PDT|Kyiv\s+time|Moscow\s+time|local\s+time)";

    // ---- Scanning patterns ----

    /// <summary>"2013-03-22", "2013-03-22T14:00".</summary>
    [GeneratedRegex(@"(?<![0-9-])(?<year>[0-9]{4})-(?<mo>0[1-9]|1[0-2])-(?<day>0[1-9]|[12][0-9]|3[01])(?:[T ](?<hour>[01][0-9]|2[0-3]):(?<minute>[0-5][0-9])(?::[0-5][0-9])?)?(?![0-9])", Options)]
    public static partial Regex IsoDate();

    /// <summary>"03/22/2013" (US order unless the first number cannot be a month), "22.03.2013" (day first).</summary>
    [GeneratedRegex(@"(?<![0-9./])(?<a>[0-9]{1,2})(?<sep>[/.])(?<b>[0-9]{1,2})\k<sep>(?<year>[0-9]{4}|[0-9]{2})(?![0-9/]|\.[0-9])", Options)]
    public static partial Regex NumericDate();

    /// <summary>"March 22, 2013", "Sept. 30", "March the 22nd".</summary>
    [GeneratedRegex(MonthAny + @"\s+(?:the\s+)?" + DayNum + @"(?:,?\s+" + Year + ")?", Options)]
    public static partial Regex MonthThenDay();

    /// <summary>"22 March 2013", "22nd of March".</summary>
    [GeneratedRegex(@"(?<![0-9.,])" + DayNum + @"\s+(?:of\s+)?" + MonthAny + @"(?:,?\s+" + Year + ")?", Options)]
    public static partial Regex DayThenMonth();

    /// <summary>"May 2010", "March of 2013", "Sept. 2001".</summary>
    [GeneratedRegex(MonthAny + @",?\s+(?:of\s+)?" + Year, Options)]
    public static partial Regex MonthYear();

    /// <summary>"August" (not followed by a day number).</summary>
    [GeneratedRegex(MonthFull + @"(?!\s*[0-9])", Options)]
    public static partial Regex MonthAlone();

    /// <summary>"2010", "fiscal 1989", "FY2024", "2009-2010", "1957-58".</summary>
    [GeneratedRegex(@"(?<![0-9$£€.,:/]|[0-9]-)(?:(?<fiscal>fiscal(?:\s+year)?|FY)\s*)?" + Year + @"(?:\s*[-–/]\s*(?<year2>(?:1[5-9]|20)[0-9]{2}|[0-9]{2})(?![0-9]))?(?!\s*(?:%|percent|per\s+cent)|[.,][0-9]|'?s\b|:[0-9])", Options)]
    public static partial Regex YearNumber();

    /// <summary>"1990s", "'80s", "nineties".</summary>
    [GeneratedRegex(@"(?:(?<![0-9])(?<cent>1[5-9]|20)(?<dec>[0-9])0'?s|'(?<dec>[0-9])0s|\b(?<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))(?![a-z0-9])", Options)]
    public static partial Regex Decade();

    /// <summary>"summer", "autumn of 2023", "fall 2023".</summary>
    [GeneratedRegex(@"\b(?<season>spring|summer|autumn|fall|winter)(?![a-z])(?:\s+(?:of\s+)?" + Year + ")?", Options)]
    public static partial Regex Season();

    /// <summary>"first half of 2023", "Q3 2023", "2023 Q3", "H1 2024".</summary>
    [GeneratedRegex(@"\b(?:(?<ord>first|second|1st|2nd)[- ]half(?:\s+of\s+(?:(?<rel>this|last|next)\s+year|the\s+year|" + Year + @")|\s+" + Year + @")?|(?-i:Q)(?<q>[1-4])(?:\s+(?:of\s+)?" + Year + @")?(?![a-z0-9])|" + Year + @"\s+(?-i:Q)(?<q>[1-4])(?![a-z0-9])|(?-i:H)(?<h>[12])\s+" + Year + ")", Options)]
    public static partial Regex HalfOrQuarterCode();

    /// <summary>Unit words that durations, "ago" phrases and relative expressions are built on.</summary>
    [GeneratedRegex(@"\b(?<unit>seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|years?|decades?|centur(?:y|ies))(?![a-z])", Options)]
    public static partial Regex UnitWord();

    /// <summary>"today", "yesterday morning", "tonight", "last night", "this afternoon", "the day before yesterday".</summary>
    [GeneratedRegex(@"\b(?:(?<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight|yesterday|tomorrow)(?:\s+" + PartOfDay + @")?|(?<pre>this|last|tomorrow|yesterday)\s+" + PartOfDay + ")", Options)]
    public static partial Regex DayRelative();

    /// <summary>"Sunday", "Tuesday night" ("Friday's" keeps its "'s" outside, as TimeML extents do).</summary>
    [GeneratedRegex(@"\b(?<wd>" + WeekdayWord + @")(?![a-z])(?:\s+" + PartOfDay + ")?", Options)]
    public static partial Regex WeekdayName();

    /// <summary>"10 a.m.", "8 PM", "15:00 GMT Saturday", "10:30 a.m. EDT Tuesday", "4 o'clock".</summary>
    [GeneratedRegex(@"(?<![0-9:.,])(?:(?<hour>[01]?[0-9]|2[0-3])(?:[:.](?<minute>[0-5][0-9]))?\s*(?<ampm>[ap]\.?\s?m\b\.?)(?:\s+" + Zone + @")?|(?<hour>[01]?[0-9]|2[0-3]):(?<minute>[0-5][0-9])(?:\s*(?:h|hrs|hours))?\s*" + Zone + @"|(?<hour>[01]?[0-9]|2[0-3])(?<minute>[0-5][0-9])\s+(?:GMT|UTC|hours|hrs)\b|(?<hour>[01]?[0-9]|2[0-3])\s+o'clock)(?:\s+(?:on\s+)?(?:(?<wd>" + WeekdayWord + @")|(?<rday>today|yesterday|tomorrow))(?![a-z]))?", Options)]
    public static partial Regex ClockTime();

    /// <summary>"noon", "midnight", "midday GMT Saturday".</summary>
    [GeneratedRegex(@"\b(?<word>noon|midnight|midday)(?![a-z])(?:\s+" + Zone + @")?(?:\s+(?:on\s+)?(?:(?<wd>" + WeekdayWord + @")|(?<rday>today|yesterday|tomorrow))(?![a-z]))?", Options)]
    public static partial Regex ClockWord();

    /// <summary>"at 8:30", "by 14:45".</summary>
    [GeneratedRegex(@"(?<=\b(?:at|by|until|from|before|after)\s)(?<hour>[01]?[0-9]|2[0-3]):(?<minute>[0-5][0-9])(?![0-9:])", Options)]
    public static partial Regex BareClock();

    /// <summary>"3:07:35" (a race time: hours, minutes and seconds).</summary>
    [GeneratedRegex(@"(?<![0-9:])(?<hour>[0-9]{1,2}):(?<minute>[0-5][0-9]):(?<second>[0-5][0-9])(?![0-9:]|\s*[ap]\.?m)", Options)]
    public static partial Regex ElapsedTime();

    /// <summary>"now", "currently", "recently", "past", "future", "present".</summary>
    [GeneratedRegex(@"\b(?<w>now|currently|nowadays|presently|present|current|recently|lately|recent|past|future|formerly)(?![a-z'])", Options)]
    public static partial Regex ReferenceWord();

    /// <summary>"daily", "weekly", "every Sunday", "every morning", "each summer", "on Fridays".</summary>
    [GeneratedRegex(@"\b(?:(?<adverb>daily|weekly|monthly|annually|yearly|hourly|nightly|quarterly|biweekly|biannually|semiannually|fortnightly)(?![a-z])|(?<every>every|each)\s+(?:other\s+)?(?:(?<wd>" + WeekdayWord + @")(?![a-z])|" + PartOfDay + @"|(?<season>spring|summer|autumn|fall|winter|season)(?![a-z])|" + MonthFull + @")|(?<plural>mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)(?![a-z]))", Options)]
    public static partial Regex Recurrence();

    // ---- Context before an expression (right to left, anchored at its start) ----

    /// <summary>"Friday, " or "the " before a month-and-day date.</summary>
    [GeneratedRegex(@"\b(?:(?<wd>" + WeekdayWord + @"),?\s+)?(?:the\s+)?\z", Before)]
    public static partial Regex BeforeDate();

    /// <summary>"last ", "this coming ", "next " before a month, weekday or season name.</summary>
    [GeneratedRegex(@"\b(?:(?<the>the)\s+)?(?<rel>this\s+past|this\s+coming|this|last|next|past|coming|previous)\s+\z|\b(?<the>the)\s+\z", Before)]
    public static partial Regex BeforeName();

    /// <summary>"the past two ", "the first nine ", "a few ", "twenty-four " before a unit word.</summary>
    [GeneratedRegex(@"\b(?:(?<the>the)\s+)?(?:(?<rel>past|last|next|coming|previous|following|first|final|remaining|initial|ensuing|preceding|same|recent|latest|mere|additional|further|another|extra|full|entire|whole)\s+)?" + Count + @"(?<and>\s+and\s+a\s+half)?(?<hy>[\s-]+)\z", Before)]
    public static partial Regex BeforeCount();

    /// <summary>"this ", "last ", "the past ", "the ", "that " before a unit word.</summary>
    [GeneratedRegex(@"\b(?<rel>this\s+past|this\s+coming|the\s+past|the\s+last|the\s+next|the\s+coming|the\s+previous|the\s+current|the\s+following|the\s+preceding|the\s+same|the\s+latest|the\s+most\s+recent|the\s+full|the\s+whole|the\s+entire|this|last|next|past|previous|coming|current|that|the)\s+(?<fiscal>(?:fiscal|financial|calendar)\s+)?\z", Before)]
    public static partial Regex BeforeRelative();

    /// <summary>"the end of the ", "the beginning of ", "the turn of the " before a unit word.</summary>
    [GeneratedRegex(@"\b(?:the\s+)?(?<pos>end|beginning|start|middle|close|turn)\s+of\s+(?:(?<rel>the|this|next|last)\s+)?\z", Before)]
    public static partial Regex BeforeBoundary();

    /// <summary>"every ", "each other ", "twice a ", "three times per " before a unit word.</summary>
    [GeneratedRegex(@"\b(?:(?<every>every|each)\s+(?:other\s+)?(?:(?<num>[0-9]+|" + NumWord + @"|few|couple\s+of)\s+)?|(?<freq>once|twice|thrice|[0-9]+\s+times|" + NumWord + @"\s+times|several\s+times|many\s+times)\s+(?:a|an|per|every|each)\s+)\z", Before)]
    public static partial Regex BeforeEvery();

    /// <summary>"the past ", "recent ", "the coming ", "these " before a plural unit word.</summary>
    [GeneratedRegex(@"\b(?:(?<the>the)\s+)?(?<rel>past|last|next|coming|recent|previous|following|early|final|ensuing|preceding|these|those|intervening|subsequent)\s+\z|\b(?<the>the)\s+\z", Before)]
    public static partial Regex BeforeVague();

    /// <summary>"the 20th ", "the nineteenth " before "century".</summary>
    [GeneratedRegex(@"\b(?:the\s+)?(?<ord>[0-9]{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)[- ]\z", Before)]
    public static partial Regex BeforeCentury();

    /// <summary>"the third ", "fourth-" before "quarter".</summary>
    [GeneratedRegex(@"\b(?:the\s+)?(?<ord>first|second|third|fourth|final|1st|2nd|3rd|4th)[- ]\z", Before)]
    public static partial Regex BeforeQuarter();

    /// <summary>"two to ", "between 12 and ", "10 or " before a count: the first number of a range.</summary>
    [GeneratedRegex(@"\b(?:between\s+)?(?<num>[0-9]+|" + NumWord + @")\s*(?:to|-|–|or|and)\s*\z", Before)]
    public static partial Regex BeforeRange();

    /// <summary>"the ", "in ", "at ", "right ", "the near ", "these " before a reference word.</summary>
    [GeneratedRegex(@"\b(?<lead>the\s+near|the\s+distant|the\s+recent|the\s+present|the|in|at|right|until|for|by|from|most|more|very|than|then|so)\s+\z", Before)]
    public static partial Regex BeforeReference();

    /// <summary>Modifiers written just before an expression.</summary>
    [GeneratedRegex(@"(?:\b(?<point>(?:the\s+)?(?:very\s+)?(?:early|earlier|late|later|mid|middle\s+of|end\s+of|beginning\s+of|start\s+of|close\s+of|turn\s+of|dawn\s+of|(?:the\s+)?(?:early|late)\s+part\s+of))|\b(?<approx>about|around|approximately|roughly|some|nearly|almost|just\s+over|just\s+under|more\s+than|less\s+than|fewer\s+than|over|under|at\s+least|up\s+to|no\s+more\s+than|at\s+most|a\s+mere|barely))(?:\s+|-)\z", Before)]
    public static partial Regex Modifier();

    // ---- Context after an expression (anchored at its end with \G) ----

    /// <summary>" ago".</summary>
    [GeneratedRegex(@"\G\s+ago(?![a-z])", Options)]
    public static partial Regex AfterAgo();

    /// <summary>"-old", " old", " of age", " and older": an age, not a time.</summary>
    [GeneratedRegex(@"\G(?:-old|\s+old(?![a-z])|\s+of\s+age|\s+and\s+(?:older|younger|up|over|above)(?![a-z])|-olds)", Options)]
    public static partial Regex AfterAge();

    /// <summary>" before ", " after ", " ahead of ": an offset from an event named next.</summary>
    [GeneratedRegex(@"\G\s+(?<dir>before|after|ahead\s+of|prior\s+to|following|leading\s+up\s+to)\s+", Options)]
    public static partial Regex AfterEventOffset();

    /// <summary>" and a half".</summary>
    [GeneratedRegex(@"\G\s+and\s+a\s+half(?![a-z])", Options)]
    public static partial Regex AfterHalf();

    /// <summary>"-long", "'" (possessive "five years' probation").</summary>
    [GeneratedRegex(@"\G(?:(?<long>-long)(?![a-z])|(?<poss>')(?![a-z]))", Options)]
    public static partial Regex AfterUnit();

    /// <summary>"-end", " end", "'s end" after "year" or "month".</summary>
    [GeneratedRegex(@"\G(?:-|\s+|'s\s+)end(?![a-z])", Options)]
    public static partial Regex AfterEnd();

    /// <summary>" of 2023", " 2023", " of this year" after a quarter.</summary>
    [GeneratedRegex(@"\G(?:\s+of\s+(?:(?<rel>this|last|next)\s+year|the\s+year|" + Year + @")|\s+" + Year + ")", Options)]
    public static partial Regex AfterQuarter();

    /// <summary>" and 25", "-25", " to 25" after a month-and-day date: a second day of the same month.</summary>
    [GeneratedRegex(@"\G\s*(?:and|-|–|to|through)\s*" + DayNum, Options)]
    public static partial Regex AfterSecondDay();

    /// <summary>" of", " for" after a month name ("March of the Mothers", "March for Life").</summary>
    [GeneratedRegex(@"\G\s+(?:of\s+the|for)\s", Options)]
    public static partial Regex AfterMonthAsNoun();
}

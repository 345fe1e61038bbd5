using System.Text.RegularExpressions;
using Docket.Domain.Analysis;
using Docket.Domain.Text;

namespace Docket.Core.Analysis.Time;

/// <summary>
/// Finds time expressions in a text and normalizes them like TIMEX3 (TimeML): dates in many
/// formats, weekdays and months resolved against the anchor by the tense around them, relative
/// expressions ("last week", "two years ago"), durations, recurrences, times of day and offsets
/// from dated public events. Pure, deterministic and thread-safe: the same text and anchor always
/// give the same expressions, each with the <see cref="TimeExpression.Rule"/> that produced it and
/// a span into the given text. Never throws on any input.
/// </summary>
public sealed class TimeExpressionRecognizer
{
    private readonly TimeEventGazetteer _events;

    public TimeExpressionRecognizer()
        : this(TimeEventGazetteer.Default)
    {
    }

    public TimeExpressionRecognizer(TimeEventGazetteer events)
    {
        ArgumentNullException.ThrowIfNull(events);
        _events = events;
    }

    /// <summary>The time expressions of <paramref name="text"/>, in text order, never overlapping.</summary>
    public IReadOnlyList<TimeExpression> Recognize(string text, TimeAnchor anchor)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(anchor);
        return [.. Find(text, anchor).Select(c => ToExpression(text, c))];
    }

    /// <summary>The settled readings, with the tense flag the estimator needs.</summary>
    internal IReadOnlyList<TimexCandidate> Find(string text, TimeAnchor anchor)
    {
        if (text.Length == 0)
        {
            return [];
        }

        var scan = new TimexScan(text, anchor, _events);
        TimexRules.Apply(scan);
        var chosen = Settle(scan.Found, text.Length);
        return ApplyModifiers(text, chosen);
    }

    /// <summary>Keeps the longest reading wherever readings overlap; at equal length the earlier rule wins.</summary>
    private static List<TimexCandidate> Settle(List<TimexCandidate> found, int textLength)
    {
        var order = Enumerable.Range(0, found.Count)
            .OrderByDescending(i => found[i].Length)
            .ThenBy(i => i)
            .ToList();
        var taken = new bool[textLength];
        var chosen = new List<TimexCandidate>();
        foreach (var i in order)
        {
            var c = found[i];
            if (c.Start < 0 || c.End > textLength || c.Length == 0)
            {
                continue;
            }

            var free = true;
            for (var k = c.Start; k < c.End; k++)
            {
                if (taken[k])
                {
                    free = false;
                    break;
                }
            }

            if (!free)
            {
                continue;
            }

            for (var k = c.Start; k < c.End; k++)
            {
                taken[k] = true;
            }

            chosen.Add(c);
        }

        chosen.Sort((a, b) => a.Start.CompareTo(b.Start));
        return chosen;
    }

    /// <summary>Takes in the modifiers written just before a reading: "early", "the end of", "mid-"
    /// (START/END/MID) on dates, "about", "almost", "more than" on durations and counted dates.</summary>
    private static List<TimexCandidate> ApplyModifiers(string text, List<TimexCandidate> chosen)
    {
        var previousEnd = 0;
        for (var i = 0; i < chosen.Count; i++)
        {
            var c = chosen[i];
            var from = Math.Max(previousEnd, c.Start - 40);
            if (c.Start > from && c.Mod is null && !(c.Value?.EndsWith("_REF", StringComparison.Ordinal) ?? false))
            {
                var m = TimexPatterns.Modifier().Match(text, from, c.Start - from);
                if (m.Success)
                {
                    c = WithModifier(text, c, m);
                }
            }

            chosen[i] = c;
            previousEnd = c.End;
        }

        return chosen;
    }

    private static TimexCandidate WithModifier(string text, TimexCandidate c, Match m)
    {
        if (m.Groups["point"].Success)
        {
            if (c.Type is TimexType.Duration or TimexType.Set)
            {
                return c;
            }

            var word = m.Groups["point"].Value.ToLowerInvariant();

            // "as early as next week" names a bound, not the start of the week.
            if (word is "early" or "late" && m.Index >= 3 && text.AsSpan(0, m.Index).TrimEnd().EndsWith(" as", StringComparison.OrdinalIgnoreCase))
            {
                return c;
            }

            var mod = word.Contains("mid", StringComparison.Ordinal) ? "MID"
                : word.Contains("earl", StringComparison.Ordinal) || word.Contains("beginning", StringComparison.Ordinal)
                  || word.Contains("start", StringComparison.Ordinal) || word.Contains("dawn", StringComparison.Ordinal) || word.Contains("turn", StringComparison.Ordinal) ? "START"
                : "END";
            return c with { Start = m.Index, Mod = mod };
        }

        if (c.Type is not TimexType.Duration && !c.TakesApproximation)
        {
            return c;
        }

        // "over the past two years": "over" is a preposition before a determiner, not "more than".
        if (text.AsSpan(c.Start).StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            return c;
        }

        var approx = m.Groups["approx"].Value.ToLowerInvariant();
        approx = string.Join(' ', approx.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var amod = approx switch
        {
            "about" or "around" or "approximately" or "roughly" or "some" or "nearly" => "APPROX",
            "almost" or "just under" or "less than" or "fewer than" or "under" or "barely" => "LESS_THAN",
            "just over" or "more than" or "over" => "MORE_THAN",
            "at least" => "EQUAL_OR_MORE",
            "up to" or "no more than" or "at most" => "EQUAL_OR_LESS",
            _ => null,
        };
        return c with { Start = m.Index, Mod = amod ?? c.Mod };
    }

    private static TimeExpression ToExpression(string text, TimexCandidate c) =>
        new(new TextSpan(c.Start, c.End), text[c.Start..c.End], c.Type, c.Value, c.Rule)
        {
            Mod = c.Mod,
            Granularity = c.Granularity,
            Anchoring = c.Anchoring,
            AnchorValue = c.AnchorValue,
            UnresolvedReason = c.Value is null ? c.UnresolvedReason ?? "no value" : null,
        };
}

using System.Collections.Frozen;
using Docket.Domain.Analysis;

namespace Docket.Core.Analysis.Entities;

/// <summary>
/// One entity the gazetteer knows: a country, a place, a government organ, an outlet, a person or a weapon
/// system, with its canonical name, the other names it goes by and the party it acts for. Read from one row
/// of a <c>Resources/gazetteer/*.tsv</c> file; immutable.
/// </summary>
public sealed record GazetteerEntry
{
    /// <summary>Stable id, unique across all files ("us", "kyiv", "pentagon", "joe-biden", "atacms").</summary>
    public required string Id { get; init; }

    public required EntityType Type { get; init; }

    /// <summary>What sort of entity it is, in the data's words: country, capital, city, region, state, seat,
    /// agency, military, legislature, alliance, organization, armed-group, thinktank, party, company, outlet,
    /// person, system.</summary>
    public required string Kind { get; init; }

    /// <summary>Canonical name ("United States", "Volodymyr Zelensky", "ATACMS").</summary>
    public required string Name { get; init; }

    /// <summary>Every name that matches this entry, the canonical name first.</summary>
    public required IReadOnlyList<GazetteerAlias> Aliases { get; init; }

    /// <summary>Id of the entry this one acts for ("pentagon" -> "us", "brussels" -> "eu"); for people it
    /// comes from <see cref="Offices"/> by date instead.</summary>
    public string? ActsForId { get; init; }

    /// <summary>Free attributes: for systems class, range_km, launchers, munitions, origin, maker, ambiguous;
    /// for people gender.</summary>
    public FrozenDictionary<string, string> Attributes { get; init; } = FrozenDictionary<string, string>.Empty;

    /// <summary>Offices held by a person, oldest first.</summary>
    public IReadOnlyList<OfficeTerm> Offices { get; init; } = [];

    /// <summary>Where the row is ("people.tsv:12"), for explanations and error messages.</summary>
    public required string Source { get; init; }

    /// <summary>The value of an attribute, or null.</summary>
    public string? Attribute(string key) => Attributes.TryGetValue(key, out var v) ? v : null;

    /// <summary>
    /// The office held on <paramref name="date"/>: the term with <c>From &lt;= date &lt; To</c> (the latest
    /// starting one when several overlap). With no date, the most recently started office, so an undated
    /// article gets the latest office the gazetteer knows. Null when none is held on the date.
    /// </summary>
    public OfficeTerm? OfficeOn(DateOnly? date)
    {
        OfficeTerm? best = null;
        foreach (var term in Offices)
        {
            if (date is { } d && !term.IsHeldOn(d))
            {
                continue;
            }

            if (best is null || term.From >= best.From)
            {
                best = term;
            }
        }

        return best;
    }
}

/// <summary>
/// One name of a <see cref="GazetteerEntry"/>. A <see cref="Dependent"/> alias (written "~Austin") is a bare
/// surname shared by many people: it counts only when the article names the entry in full elsewhere, or right
/// after a title ("Secretary Austin"). An alias written "the House" needs the article before it; the span
/// leaves "the" out.
/// </summary>
public sealed record GazetteerAlias(string Text, bool Dependent, bool RequiresArticle);

/// <summary>An office a person held from <see cref="From"/> (first day) to <see cref="To"/> (first day no
/// longer held; null while held), acting for the entry <see cref="ActsForId"/> (null: the office acts for no
/// government, e.g. a president-elect or a legislator).</summary>
public sealed record OfficeTerm(string Title, string? ActsForId, DateOnly From, DateOnly? To)
{
    public bool IsHeldOn(DateOnly date) => From <= date && (To is null || date < To.Value);
}

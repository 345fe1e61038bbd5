using System.Collections.Frozen;

namespace Docket.Core.Analysis.Text;

/// <summary>
/// Abbreviations that end in a period inside a sentence. Titles and month names never end a
/// sentence ("Sen. Wicker", "Sept. 19"); others ("U.S.", "a.m.", "Inc.") end one only when the next
/// word plainly starts a new sentence.
/// </summary>
internal static class Abbreviations
{
    /// <summary>Words whose period never ends a sentence (compared without the period, ignoring case).</summary>
    public static readonly FrozenSet<string> NeverFinal = new[]
    {
        "mr", "mrs", "ms", "dr", "prof", "sen", "sens", "rep", "reps", "gov", "gen", "lt", "col", "maj", "capt", "cmdr",
        "adm", "sgt", "cpl", "pvt", "amb", "pres", "supt", "det", "insp", "hon", "rev", "fr", "st", "mt", "ft", "messrs",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "no", "nos", "vs", "v", "etc", "approx", "dept", "est", "fig", "vol", "ch", "art", "para", "pp", "cf", "al",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words with a final period that may or may not end a sentence.</summary>
    public static readonly FrozenSet<string> Ambiguous = new[]
    {
        "inc", "corp", "co", "ltd", "llc", "plc", "jr", "sr", "bros", "mass", "calif", "fla", "ill", "tex", "wash", "conn",
        "ariz", "colo", "del", "ga", "ind", "kan", "ky", "la", "md", "mich", "minn", "miss", "mo", "mont", "neb", "nev",
        "okla", "ore", "pa", "tenn", "va", "vt", "wis", "wyo", "ala", "ark",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that usually open a sentence; after an ambiguous abbreviation they signal a boundary.</summary>
    public static readonly FrozenSet<string> SentenceStarters = new[]
    {
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "there", "but",
        "and", "or", "so", "yet", "in", "on", "at", "for", "after", "before", "when", "while", "as", "if", "his", "her",
        "its", "their", "our", "my", "meanwhile", "however", "earlier", "later", "last", "on", "officials", "some", "many",
        "according", "since", "during", "despite", "although", "though", "asked", "what", "why", "how", "who", "where",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}

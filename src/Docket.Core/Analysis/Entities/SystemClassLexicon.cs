using Docket.Core.Analysis.Text;
using Docket.Domain.Analysis;
using Docket.Domain.Text;

namespace Docket.Core.Analysis.Entities;

/// <summary>A phrase that names a class of systems rather than a named system ("long-range missiles",
/// "fighter jets"): the article's own label and the class it belongs to ("missile", "fighter-aircraft").</summary>
public sealed record SystemClassLabel(TextSpan Span, string Label, string Class);

/// <summary>
/// Finds system-class phrases (system-classes.tsv) with up to two modifiers in front ("long-range", "Western",
/// "U.S.-made"), so the decision stages can keep the article's label for an unnamed system ("Unnamed systems keep
/// the article's own label", GOLD-FORMAT.md). These are never SYSTEM mentions.
/// </summary>
public static class SystemClassLexicon
{
    public static IReadOnlyList<SystemClassLabel> Find(string text, IReadOnlyList<Token> tokens, Gazetteer? gazetteer = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var g = gazetteer ?? Gazetteer.Default;
        var texts = tokens.Select(t => t.Text).ToArray();
        var labels = new List<SystemClassLabel>();
        for (var i = 0; i < texts.Length; i++)
        {
            var length = g.SystemClasses.LongestMatch(texts, i, texts.Length, out var classes);
            if (length == 0 || char.IsUpper(texts[i][0]))
            {
                continue;
            }

            // Take modifiers in front: "long-range", "Western", "U.S.-made", "advanced".
            var first = i;
            var modifiers = 0;
            while (first > 0 && modifiers < 2)
            {
                if (IsModifier(texts[first - 1]))
                {
                    first--;
                }
                else if (first >= 3 && texts[first - 2] == "-" && texts[first - 1] is "made" or "supplied" or "built" or "provided")
                {
                    // "U.S.-made" is three tokens: "U.S.", "-", "made".
                    first -= 3;
                }
                else
                {
                    break;
                }

                modifiers++;
            }

            var span = new TextSpan(tokens[first].Span.Start, tokens[i + length - 1].Span.End);
            labels.Add(new SystemClassLabel(span, span.Of(text), classes[0]));
            i += length - 1;
        }

        return labels;
    }

    /// <summary>Labels in a text that has not been tokenized yet.</summary>
    public static IReadOnlyList<SystemClassLabel> Find(string text) => Find(text, Tokenizer.Tokenize(text));

    private static bool IsModifier(string word) =>
        word.EndsWith("-range", StringComparison.OrdinalIgnoreCase) || word.EndsWith("-made", StringComparison.OrdinalIgnoreCase)
        || word.EndsWith("-supplied", StringComparison.OrdinalIgnoreCase)
        || word is "Western" or "western" or "advanced" or "modern" or "heavy" or "new" or "additional" or "cruise" or "ballistic"
            or "precision" or "guided" or "tactical" or "strategic" or "attack" or "combat" or "American" or "German" or "British"
            or "French" or "Soviet" or "Russian" or "Ukrainian" or "Polish" or "anti-ship" or "anti-tank" or "anti-aircraft";
}

using System.Globalization;
using System.Text;

namespace Docket.Core.Evaluation;

/// <summary>
/// The text-overlap measure of the article extraction benchmark (Zyte's
/// article-extraction-benchmark): both texts are cut into <c>\w+</c> tokens, each becomes a
/// counted bag of 4-token shingles, and the shingle counts give true positives, false
/// positives and false negatives, normalised so the three sum to 1 (long documents do not
/// weigh more than short ones).
/// </summary>
public static class ShingleMatching
{
    /// <summary>Shingle length, in tokens.</summary>
    public const int ShingleSize = 4;

    /// <summary>
    /// The <c>\w+</c> tokens of <paramref name="text"/> as Python's Unicode regex finds them:
    /// runs of letters (any L category), numbers (Nd, Nl, No) and underscores. Unlike .NET's
    /// <c>\w</c>, combining marks are not word characters there, and that is what is copied.
    /// </summary>
    public static List<string> Tokenize(string? text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return tokens;
        }

        var start = -1;
        var i = 0;
        while (i < text.Length)
        {
            var width = 1;
            bool word;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                width = 2;
                word = IsWordCategory(CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(text[i], text[i + 1])));
            }
            else
            {
                var c = text[i];
                word = c == '_' || (c < 128 ? char.IsAsciiLetterOrDigit(c) : IsWordCategory(CharUnicodeInfo.GetUnicodeCategory(c)));
            }

            if (word)
            {
                if (start < 0)
                {
                    start = i;
                }
            }
            else if (start >= 0)
            {
                tokens.Add(text[start..i]);
                start = -1;
            }

            i += width;
        }

        if (start >= 0)
        {
            tokens.Add(text[start..]);
        }

        return tokens;
    }

    /// <summary>Counted shingles of a token list. A text shorter than a shingle gives one
    /// shingle of all its tokens; an empty text gives none.</summary>
    public static Dictionary<string, int> Shingles(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var bag = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = Math.Max(1, tokens.Count - ShingleSize + 1);
        var sb = new StringBuilder();
        for (var i = 0; i < count && tokens.Count > 0; i++)
        {
            sb.Clear();
            var end = Math.Min(tokens.Count, i + ShingleSize);
            for (var j = i; j < end; j++)
            {
                if (j > i)
                {
                    sb.Append(' ');
                }

                sb.Append(tokens[j]);
            }

            var key = sb.ToString();
            bag[key] = bag.TryGetValue(key, out var n) ? n + 1 : 1;
        }

        return bag;
    }

    /// <summary>Scores one predicted text against its gold text.</summary>
    public static DocumentScore Score(string? gold, string? predicted)
    {
        var goldTokens = Tokenize(gold);
        var predictedTokens = Tokenize(predicted);
        var goldBag = Shingles(goldTokens);
        var predictedBag = Shingles(predictedTokens);
        long tp = 0, fp = 0, fn = 0;
        foreach (var (shingle, g) in goldBag)
        {
            var p = predictedBag.GetValueOrDefault(shingle);
            tp += Math.Min(g, p);
            fn += Math.Max(0, g - p);
        }

        foreach (var (shingle, p) in predictedBag)
        {
            fp += Math.Max(0, p - goldBag.GetValueOrDefault(shingle));
        }

        double sum = tp + fp + fn;
        var exact = goldTokens.Count == predictedTokens.Count && goldTokens.SequenceEqual(predictedTokens, StringComparer.Ordinal);
        return sum == 0
            ? new DocumentScore(0, 0, 0, exact)
            : new DocumentScore(tp / sum, fp / sum, fn / sum, exact);
    }

    private static bool IsWordCategory(UnicodeCategory category) => category is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
        or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
        or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
}

/// <summary>
/// One document's normalised shingle counts (they sum to 1, or are all 0 when both texts are
/// empty) and whether the token sequences are identical.
/// </summary>
public readonly record struct DocumentScore(double TruePositive, double FalsePositive, double FalseNegative, bool ExactMatch)
{
    /// <summary>TP / (TP + FP); 1 when nothing was missed or added; null when nothing was
    /// predicted, and such documents are left out of the benchmark's mean precision (that is
    /// how the published precision figures are computed: justext's 0.858 over its 152
    /// non-empty outputs, for instance).</summary>
    public double? Precision =>
        FalsePositive == 0 && FalseNegative == 0 ? 1 : TruePositive + FalsePositive > 0 ? TruePositive / (TruePositive + FalsePositive) : null;

    /// <summary>TP / (TP + FN); 1 when nothing was missed or added.</summary>
    public double Recall =>
        FalsePositive == 0 && FalseNegative == 0 ? 1 : TruePositive + FalseNegative > 0 ? TruePositive / (TruePositive + FalseNegative) : 0;

    /// <summary>This document's own F1 (for finding the worst pages; the benchmark's F1 is
    /// computed from the mean precision and recall).</summary>
    public double F1 => (Precision ?? 0) + Recall > 0 ? 2 * (Precision ?? 0) * Recall / ((Precision ?? 0) + Recall) : 0;
}

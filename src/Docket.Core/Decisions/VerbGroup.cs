using Docket.Core.Decisions.Lexicon;

namespace Docket.Core.Decisions;

/// <summary>The tense and voice of a trigger as its verb group shows them.</summary>
internal enum VerbTense
{
    /// <summary>No verb group: a nominal or idiomatic trigger with no auxiliary before it.</summary>
    None,
    Present,
    Past,
    Perfect,
    Future,

    /// <summary>could, might, may, can.</summary>
    Modal,
    PresentProgressive,
    PastProgressive,

    /// <summary>"to send" after a commitment word ("decided to send").</summary>
    GovernedInfinitive,

    /// <summary>"to send" after anything else ("too escalatory to provide").</summary>
    Infinitive,

    /// <summary>An -ing form after a commitment word ("continue providing").</summary>
    GovernedGerund,

    /// <summary>An -ing form with no auxiliary ("never sending", ", providing").</summary>
    Gerund,
    Imperative,
}

/// <summary>
/// What the words before a trigger, inside its clause, say about it: negation, future, hedging,
/// perfect, passive and progressive, and the word that governs an infinitive. Read right to left
/// over auxiliaries and adverbs, so it is linear in the verb group's length.
/// </summary>
internal readonly record struct VerbGroup(
    VerbTense Tense,
    bool Negated,
    bool Hedged,
    bool Expected,
    bool Passive,
    string? Governor,
    int GovernorIndex,
    bool Never)
{
    public bool IsFutureLike => Tense is VerbTense.Future or VerbTense.GovernedInfinitive or VerbTense.GovernedGerund;

    public bool IsPastLike => Tense is VerbTense.Past or VerbTense.Perfect or VerbTense.PastProgressive;

    /// <summary>Short description for rule strings ("future", "perfect passive").</summary>
    public string Describe() =>
        (Negated ? "negated " : string.Empty) + Tense.ToString().ToLowerInvariant() + (Passive ? " passive" : string.Empty);

    /// <summary>Reads the verb group of a trigger that starts at token <paramref name="start"/>.</summary>
    public static VerbGroup Read(ArticleView view, int start, int clauseFirst, VerbForm form, EventLexicon lexicon)
    {
        bool negated = false, hedged = false, future = false, expected = false, perfect = false, never = false;
        bool doSupport = false, infinitive = false;
        string? be = null;
        string? governor = null;
        var governorIndex = -1;
        var j = start - 1;
        for (; j >= clauseFirst; j--)
        {
            var w = view.Words[j];
            if (w == "to")
            {
                infinitive = true;
                var g = j - 1;
                while (g >= clauseFirst && (lexicon.Adverb.Contains(view.Words[g]) || view.Words[g] is "not" or "never"))
                {
                    if (view.Words[g] is "not" or "never")
                    {
                        negated = true;
                    }

                    if (lexicon.Hedge.Contains(view.Words[g]))
                    {
                        hedged = true; // "is likely to use"
                    }

                    if (view.Words[g] == "unlikely")
                    {
                        negated = true; // "is unlikely to send": a refusal signal
                    }

                    g--;
                }

                if (g >= clauseFirst)
                {
                    governor = view.Words[g];
                    governorIndex = g;
                    if (lexicon.Hedge.Contains(governor))
                    {
                        hedged = true; // "is likely to use"
                    }

                    if (governor == "expected")
                    {
                        expected = true;
                    }

                    if (governor == "unlikely")
                    {
                        negated = true; // "unlikely to send" is a refusal signal (GOLD-FORMAT: DENY, hedged)
                    }

                    // "has not committed to", "would not agree to": the governor's own verb group.
                    var k = g - 1;
                    while (k >= clauseFirst && (lexicon.Adverb.Contains(view.Words[k]) || lexicon.Negation.Contains(view.Words[k])
                        || lexicon.Perfect.Contains(view.Words[k]) || lexicon.Be.Contains(view.Words[k]) || lexicon.Future.Contains(view.Words[k])
                        || lexicon.Hedge.Contains(view.Words[k])))
                    {
                        if (lexicon.Negation.Contains(view.Words[k]))
                        {
                            negated = true;
                        }

                        if (lexicon.Hedge.Contains(view.Words[k]))
                        {
                            hedged = true;
                        }

                        if (view.Words[k] == "expected")
                        {
                            expected = true;
                        }

                        k--;
                    }
                }

                break;
            }

            switch (w)
            {
                case "\"" or "\u201c" or "\u201d" or "'":
                    continue;
                case "won't" or "wouldn't" or "shan't":
                    negated = true;
                    future = true;
                    continue;
                case "can't" or "cannot" or "couldn't" or "mightn't" or "mustn't" or "shouldn't":
                    negated = true;
                    hedged = true;
                    continue;
                case "don't" or "doesn't" or "didn't":
                    negated = true;
                    doSupport = true;
                    continue;
                case "hasn't" or "haven't" or "hadn't":
                    negated = true;
                    perfect = true;
                    continue;
                case "isn't" or "aren't" or "wasn't" or "weren't":
                    negated = true;
                    be ??= w[..^3];
                    continue;
                case "do" or "does" or "did":
                    doSupport = true;
                    continue;
                case "never":
                    negated = true;
                    never = true;
                    continue;
                case "'s" when form is VerbForm.Participle or VerbForm.PastOrParticiple:
                    perfect = true;
                    continue;
            }

            if (lexicon.Negation.Contains(w))
            {
                negated = true;
            }
            else if (w is "expected")
            {
                expected = true;
                future = true;
            }
            else if (lexicon.Future.Contains(w))
            {
                future = true;
            }
            else if (lexicon.Hedge.Contains(w))
            {
                hedged = true;
            }
            else if (lexicon.Perfect.Contains(w) && w != "'s")
            {
                perfect = true;
            }
            else if (lexicon.Be.Contains(w))
            {
                be ??= w;
            }
            else if (!lexicon.Adverb.Contains(w))
            {
                break;
            }
        }

        // "to take control of the jets ... and then provide them": a verb joined by "and" to an
        // infinitive is one too.
        if (!infinitive && !future && be is null && !perfect && form == VerbForm.Base && j >= clauseFirst && view.Words[j] is "and" or "or")
        {
            for (var k = j - 1; k >= clauseFirst && k >= j - 16; k--)
            {
                if (view.Words[k] == "to")
                {
                    infinitive = true;
                    break;
                }

                if (lexicon.Future.Contains(view.Words[k]))
                {
                    future = true;
                    break;
                }
            }
        }

        var modal = hedged && !future && HasModal(view, start, clauseFirst);
        var tense = Classify(form, be, perfect, future, modal, doSupport, infinitive, governor, lexicon, out var passive);
        if (tense == VerbTense.Gerund && start > clauseFirst && lexicon.Governor.Contains(view.Words[start - 1]))
        {
            tense = VerbTense.GovernedGerund;
            governor = view.Words[start - 1];
            governorIndex = start - 1;
        }

        if (tense == VerbTense.Present && form == VerbForm.Base && start == clauseFirst)
        {
            tense = VerbTense.Imperative;
        }

        return new VerbGroup(tense, negated, hedged, expected, passive, governor, governorIndex, never);
    }

    private static bool HasModal(ArticleView view, int start, int clauseFirst)
    {
        for (var j = start - 1; j >= clauseFirst && j >= start - 4; j--)
        {
            if (view.Words[j] is "could" or "might" or "may" or "can")
            {
                return true;
            }
        }

        return false;
    }

    private static VerbTense Classify(VerbForm form, string? be, bool perfect, bool future, bool modal, bool doSupport, bool infinitive, string? governor, EventLexicon lexicon, out bool passive)
    {
        passive = false;
        var governed = governor is not null && lexicon.Governor.Contains(governor);
        switch (form)
        {
            case VerbForm.Gerund:
                if (be is "is" or "are" or "am" or "'re" or "'m")
                {
                    return future ? VerbTense.Future : VerbTense.PresentProgressive;
                }

                if (be is "was" or "were")
                {
                    return VerbTense.PastProgressive;
                }

                if (be is "been")
                {
                    return VerbTense.PastProgressive;
                }

                if (be is "be")
                {
                    return future ? VerbTense.Future : modal ? VerbTense.Modal
                        : infinitive && governed ? VerbTense.GovernedGerund : VerbTense.Infinitive;
                }

                if (infinitive)
                {
                    return governed ? VerbTense.GovernedGerund : VerbTense.Infinitive;
                }

                // "will start arriving", "have begun sending": the auxiliary's tense.
                return future ? VerbTense.Future : perfect ? VerbTense.Perfect : VerbTense.Gerund;
            case VerbForm.Participle or VerbForm.PastOrParticiple or VerbForm.Past:
                if (be is not null && form != VerbForm.Past)
                {
                    passive = true;
                    return future ? VerbTense.Future
                        : modal ? VerbTense.Modal
                        : perfect || be == "been" ? VerbTense.Perfect
                        : be is "was" or "were" ? VerbTense.Past
                        : infinitive ? (governed ? VerbTense.GovernedInfinitive : VerbTense.Infinitive)
                        : VerbTense.Present;
                }

                if (perfect && form != VerbForm.Past)
                {
                    return future ? VerbTense.Future : VerbTense.Perfect;
                }

                return future ? VerbTense.Future : modal ? VerbTense.Modal : VerbTense.Past;
            case VerbForm.Base or VerbForm.ThirdPerson:
                if (infinitive)
                {
                    return governed ? VerbTense.GovernedInfinitive : VerbTense.Infinitive;
                }

                if (future)
                {
                    return VerbTense.Future;
                }

                if (modal)
                {
                    return VerbTense.Modal;
                }

                return doSupport ? VerbTense.Present : VerbTense.Present;
            default:
                if (future)
                {
                    return VerbTense.Future;
                }

                if (modal)
                {
                    return VerbTense.Modal;
                }

                if (perfect)
                {
                    return VerbTense.Perfect;
                }

                if (infinitive)
                {
                    return governed ? VerbTense.GovernedInfinitive : VerbTense.Infinitive;
                }

                return be is "was" or "were" ? VerbTense.Past : be is not null ? VerbTense.Present : VerbTense.None;
        }
    }
}

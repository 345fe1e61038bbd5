using System.Diagnostics;
using Docket.Core.Analysis.Modality;
using Docket.Core.Analysis.Text;

namespace Docket.Core.Evaluation.Modality;

/// <summary>
/// Agreement of one binary factuality attribute with the gold: mentions scored (gold value
/// specified), accuracy, the majority baseline's accuracy (always the common value), and
/// precision, recall and F1 of the marked value (NEG, non-CERTAIN, FUTURE).
/// </summary>
public sealed record AttributeAgreement(string Marked, int Mentions, int GoldMarked, int PredictedMarked, int BothMarked, int Agreeing)
{
    public double Accuracy => Mentions == 0 ? 0 : (double)Agreeing / Mentions;

    public double MajorityBaseline => Mentions == 0 ? 0 : (double)Math.Max(GoldMarked, Mentions - GoldMarked) / Mentions;

    public double Precision => PredictedMarked == 0 ? 0 : (double)BothMarked / PredictedMarked;

    public double Recall => GoldMarked == 0 ? 0 : (double)BothMarked / GoldMarked;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>Agreement of the modality cues with MEANTIME's event factuality.</summary>
public sealed record ModalityScores(int Documents, int Events, AttributeAgreement Polarity, AttributeAgreement Certainty, AttributeAgreement Time, double SentencesPerSecond);

/// <summary>
/// For each gold event mention, predicts from the cues that govern its trigger
/// (<see cref="ModalityIndex"/>): polarity NEG when it is negated, certainty non-CERTAIN when a
/// hedge governs it, time FUTURE when a future cue governs it. Mentions whose gold value is
/// UNDERSPECIFIED are left out of that attribute; POSSIBLE and PROBABLE both count as non-CERTAIN.
/// </summary>
public static class ModalityAgreement
{
    public static ModalityScores Score(IReadOnlyList<MeantimeDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var polarity = new Counter("NEG");
        var certainty = new Counter("NON_CERTAIN");
        var time = new Counter("FUTURE");
        var events = 0;
        var sentences = 0;
        var clock = new Stopwatch();
        foreach (var doc in documents)
        {
            clock.Start();
            var tokens = Tokenizer.Tokenize(doc.Text);
            var index = new ModalityIndex(ModalityExtractor.Extract(doc.Text, tokens, doc.Sentences));
            clock.Stop();
            sentences += doc.Sentences.Count;
            foreach (var e in doc.Events)
            {
                events++;
                var a = index.Assess(e.Trigger);
                if (e.Polarity is "POS" or "NEG")
                {
                    polarity.Add(e.Polarity == "NEG", a.Negated);
                }

                if (e.Certainty is "CERTAIN" or "POSSIBLE" or "PROBABLE")
                {
                    certainty.Add(e.Certainty != "CERTAIN", a.Hedged);
                }

                if (e.Time is "FUTURE" or "NON_FUTURE")
                {
                    time.Add(e.Time == "FUTURE", a.Future);
                }
            }
        }

        var seconds = clock.Elapsed.TotalSeconds;
        return new ModalityScores(documents.Count, events, polarity.Result(), certainty.Result(), time.Result(), seconds > 0 ? sentences / seconds : 0);
    }

    private sealed class Counter(string marked)
    {
        private int _mentions;
        private int _gold;
        private int _predicted;
        private int _both;
        private int _agreeing;

        public void Add(bool gold, bool predicted)
        {
            _mentions++;
            _gold += gold ? 1 : 0;
            _predicted += predicted ? 1 : 0;
            _both += gold && predicted ? 1 : 0;
            _agreeing += gold == predicted ? 1 : 0;
        }

        public AttributeAgreement Result() => new(marked, _mentions, _gold, _predicted, _both, _agreeing);
    }
}

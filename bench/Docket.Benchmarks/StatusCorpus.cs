using System.Globalization;
using System.Text;
using Docket.Core.Pipeline;
using Docket.Domain.Analysis;
using Docket.Domain.Articles;
using Docket.Domain.Decisions;
using Docket.Domain.Text;
using Docket.Domain.Time;

namespace Docket.Benchmarks;

/// <summary>
/// A synthetic store for the status benchmark: <c>n</c> small articles over fifteen years
/// (2010-2024), each with 1-3 claims, about ~500 decision questions whose popularity falls off
/// (Zipf, exponent 0.5; the United States / ATACMS / Ukraine pair are the two most reported, the
/// worst case of a status query). Each question has its own true history of 4-10 states; most
/// claims report the state in effect when published (dated or not), some are hedged, some are
/// background, requests, context (WARN, DEPLOY, USE, SUPPORT) or an article-tied use restriction
/// with no system, and 3% disagree with the history (contradictions). About 1% of articles have no
/// publication date, 3% only a month, 2% an estimated one. A fifth are syndicated copies of a
/// recent article (same text under another outlet's dateline), which the store's near-duplicate
/// detection puts in one story group. Bodies are short and mostly made-up words, so that unrelated
/// articles share no word triples and story grouping stays a fair, fast part of generation.
/// </summary>
internal sealed class StatusCorpus
{
    /// <summary>Part of the store's file name: a changed generator never reuses an old store.</summary>
    public const int Version = 3;

    public const int QuestionCount = 500;

    private static readonly DateOnly Start = new(2010, 1, 1);
    private static readonly int Days = new DateOnly(2024, 12, 31).DayNumber - Start.DayNumber;

    private static readonly string[] Suppliers =
    [
        "United States", "United Kingdom", "Germany", "France", "Poland", "Netherlands", "Canada", "Norway", "Sweden", "Italy",
        "Spain", "Denmark", "Finland", "Czech Republic", "Slovakia", "Australia", "Japan", "Turkey", "NATO", "Western partners",
    ];

    private static readonly string[] Recipients = ["Ukraine", "Ukraine", "Ukraine", "Ukraine", "Israel", "Taiwan", "Poland", "Moldova"];

    private static readonly string?[] Systems =
    [
        "ATACMS", "Storm Shadow", "SCALP", "Taurus", "JASSM", "GLSDB", "GMLRS", "HARM", "Javelin", "Stinger", "HIMARS", "MLRS",
        "F-16", "MiG-29", "Mirage 2000", "Gripen", "Abrams", "Leopard", "Challenger 2", "Marder", "Bradley", "Patriot", "NASAMS",
        "IRIS-T", "Gepard", "Gray Eagle", "M777", "long-range missiles", "U.S.-made long-range weapons", "Western long-range missiles",
        "fighter jets", null,
    ];

    private static readonly (EventType Type, Polarity Polarity)[] TransferStates =
        [(EventType.Review, Polarity.Positive), (EventType.Deny, Polarity.Positive), (EventType.Pledge, Polarity.Positive), (EventType.Deliver, Polarity.Positive), (EventType.Restrict, Polarity.Positive)];

    private static readonly (EventType Type, Polarity Polarity)[] UseStates =
        [(EventType.Review, Polarity.Positive), (EventType.Restrict, Polarity.Positive), (EventType.Authorize, Polarity.Positive), (EventType.Deny, Polarity.Positive)];

    private static readonly string[] SourceChains = ["[]", "anonymous officials", "Pentagon", "The Wire|defence ministry", "Lloyd Austin", "John Kirby", "Reuters|anonymous officials"];

    private readonly Random _random;
    private readonly List<Question> _questions = [];
    private readonly double[] _cumulative;
    private readonly string[] _words;
    private readonly string[] _outlets;

    public StatusCorpus(int seed)
    {
        _random = new Random(seed);
        _words = MadeUpWords();
        _outlets = [.. Enumerable.Range(0, 60).Select(i => $"{Capital(_words[i * 7])} {(i % 3 == 0 ? "Times" : i % 3 == 1 ? "Post" : "Herald")}")];

        // The worst case first: the most reported questions are the ones the benchmark asks about.
        var keys = new HashSet<string>(StringComparer.Ordinal);
        Add("United States", "ATACMS", "Ukraine", Aspect.Use);
        Add("United States", "ATACMS", "Ukraine", Aspect.Transfer);
        Add("United States", "long-range missiles", "Ukraine", Aspect.Use);
        Add("United States", "U.S.-made long-range weapons", "Ukraine", Aspect.Use);
        Add("United States", null, "Ukraine", Aspect.Use);
        while (_questions.Count < QuestionCount)
        {
            Add(Suppliers[_random.Next(Suppliers.Length)], Systems[_random.Next(Systems.Length)], Recipients[_random.Next(Recipients.Length)], _random.Next(2) == 0 ? Aspect.Transfer : Aspect.Use);
        }

        _cumulative = new double[_questions.Count];
        var sum = 0.0;
        for (var i = 0; i < _questions.Count; i++)
        {
            sum += 1.0 / Math.Sqrt(i + 1);
            _cumulative[i] = sum;
        }

        void Add(string supplier, string? system, string recipient, Aspect aspect)
        {
            if (supplier == recipient || !keys.Add($"{supplier}|{system}|{recipient}|{aspect}"))
            {
                return;
            }

            var states = aspect == Aspect.Transfer ? TransferStates : UseStates;
            var changes = Enumerable.Range(0, _random.Next(4, 11)).Select(_ => _random.Next(Days)).Order().ToArray();
            _questions.Add(new Question(supplier, system, recipient, aspect, changes, [.. changes.Select(_ => states[_random.Next(states.Length)])]));
        }
    }

    public IReadOnlyList<Question> Questions => _questions;

    /// <summary>The articles, in publication order of their originals (copies follow within days).</summary>
    public IEnumerable<ProcessedArticle> Articles(int count)
    {
        var recent = new List<(Draft Draft, int Day)>();
        for (var n = 0; n < count; n++)
        {
            if (recent.Count > 0 && _random.Next(5) == 0)
            {
                var (original, day) = recent[_random.Next(recent.Count)];
                yield return original.Copy(n, _outlets[_random.Next(_outlets.Length)], Math.Min(Days, day + _random.Next(3)));
                continue;
            }

            var published = _random.Next(Days);
            var draft = NewDraft(n, published);
            recent.Add((draft, published));
            if (recent.Count > 200)
            {
                recent.RemoveAt(0);
            }

            yield return draft.Build();
        }
    }

    private Draft NewDraft(int n, int day)
    {
        var q = _questions[PickQuestion()];
        var precision = _random.Next(100);
        var draft = new Draft(this, n, _outlets[_random.Next(_outlets.Length)], day, Undated: precision == 0, MonthOnly: precision is >= 1 and < 4, Estimated: precision is >= 4 and < 6);
        var (stateIndex, state) = q.StateOn(day);
        var sources = SourceChains[_random.Next(SourceChains.Length)];
        var roll = _random.Next(100);
        if (roll < 3)
        {
            // An independent source that gets it wrong.
            var states = q.Aspect == Aspect.Transfer ? TransferStates : UseStates;
            var wrong = states[_random.Next(states.Length)];
            draft.Claim(q.Supplier, q.System, q.Recipient, q.Aspect, wrong.Type, wrong.Polarity, Certainty.Reported, Date(day), sources);
        }
        else if (roll < 11)
        {
            draft.Claim(q.Supplier, q.System, q.Recipient, q.Aspect, state.Type, Polarity.Positive, Certainty.Hedged, null, sources);
        }
        else
        {
            var dated = stateIndex >= 0 && _random.Next(3) != 0 ? Date(q.Changes[stateIndex]) : null;
            draft.Claim(q.Supplier, q.System, q.Recipient, q.Aspect, state.Type, state.Polarity, _random.Next(2) == 0 ? Certainty.Reported : Certainty.Asserted, dated, sources);
        }

        for (var extra = _random.Next(3); extra > 0; extra--)
        {
            switch (_random.Next(100))
            {
                case < 30 when stateIndex > 0:
                    // Background: the state before, with its date.
                    var before = q.States[stateIndex - 1];
                    draft.Claim(q.Supplier, q.System, q.Recipient, q.Aspect, before.Type, before.Polarity, Certainty.Asserted, Date(q.Changes[stateIndex - 1]), "[]");
                    break;
                case < 50:
                    draft.Claim(q.Recipient, q.System, q.Supplier, q.Aspect, EventType.Request, Polarity.Positive, Certainty.Asserted, null, "[]");
                    break;
                case < 65:
                    draft.Claim("Russia", null, q.Supplier, null, EventType.Warn, Polarity.Positive, Certainty.Asserted, null, "Kremlin");
                    break;
                case < 72:
                    draft.Claim("North Korea", null, "Russia", null, EventType.Deploy, Polarity.Positive, Certainty.Reported, null, "anonymous officials");
                    break;
                case < 85 when q.Aspect == Aspect.Use:
                    draft.Claim(q.Recipient, q.System, "Russia", Aspect.Use, EventType.Use, Polarity.Positive, Certainty.Reported, Date(day), sources);
                    break;
                case < 93 when q.Aspect == Aspect.Use:
                    draft.Claim(q.Supplier, null, q.Recipient, Aspect.Use, EventType.Restrict, Polarity.Positive, Certainty.Asserted, null, "[]");
                    break;
                default:
                    draft.Claim(q.Supplier, q.System, q.Recipient, Aspect.Use, EventType.Support, Polarity.Positive, Certainty.Reported, null, sources);
                    break;
            }
        }

        return draft;
    }

    private int PickQuestion()
    {
        var x = _random.NextDouble() * _cumulative[^1];
        var i = Array.BinarySearch(_cumulative, x);
        return Math.Min(_questions.Count - 1, i < 0 ? ~i : i);
    }

    private static string Date(int day) => Start.AddDays(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private string Word() => _words[_random.Next(_words.Length)];

    private static string Capital(string w) => char.ToUpperInvariant(w[0]) + w[1..];

    /// <summary>Ten thousand pronounceable made-up words: two syllables of a consonant cluster and a vowel.</summary>
    private static string[] MadeUpWords()
    {
        string[] onsets = ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "gr", "kl", "st", "tr"];
        string[] vowels = ["a", "e", "i", "o", "u"];
        var syllables = onsets.SelectMany(o => vowels.Select(v => o + v)).ToArray();
        return [.. syllables.SelectMany(a => syllables.Select(b => a + b))];
    }

    /// <summary>One decision question of the corpus and its true history.</summary>
    internal sealed record Question(string Supplier, string? System, string Recipient, Aspect Aspect, int[] Changes, (EventType Type, Polarity Polarity)[] States)
    {
        public (int Index, (EventType Type, Polarity Polarity) State) StateOn(int day)
        {
            var i = Array.FindLastIndex(Changes, c => c <= day);
            return i < 0 ? (-1, (EventType.Review, Polarity.Positive)) : (i, States[i]);
        }

        public DecisionQuestion ToQuestion() => new(Supplier, System, Recipient, Aspect);
    }

    /// <summary>An article being written: its claim sentences, then a short filler.</summary>
    private sealed record Draft(StatusCorpus Corpus, int Number, string Outlet, int Day, bool Undated, bool MonthOnly, bool Estimated)
    {
        private readonly List<(string Sentence, DecisionEvent Event)> _claims = [];
        private string? _filler;

        public void Claim(string actor, string? system, string recipient, Aspect? aspect, EventType type, Polarity polarity, Certainty certainty, string? date, string sources)
        {
            var c = Corpus;
            var sentence = $"{Capital(c.Word())} {actor} {c.Word()} {GoldNames.Of(type).ToLowerInvariant()} {c.Word()} {system ?? "aid"} {c.Word()} {recipient} {c.Word()} {c.Word()}.";
            _claims.Add((sentence, new DecisionEvent
            {
                Type = type,
                Actor = actor,
                Recipient = recipient,
                System = system,
                Aspect = aspect,
                Polarity = polarity,
                Certainty = certainty,
                Date = PartialDate.TryParse(date, out var d) ? d : null,
                Sources = sources == "[]" ? [] : sources.Split('|'),
                Evidence = default,
                Trigger = default,
                Rule = "bench:synthetic",
            }));
        }

        public ProcessedArticle Build() => Make(string.Empty, string.Empty, Outlet, Day);

        public ProcessedArticle Copy(int number, string outlet, int day) =>
            Make($"{outlet.ToUpperInvariant()} ({number}) - ", $" Republished by {outlet}.", outlet, day);

        private ProcessedArticle Make(string prefix, string suffix, string outlet, int day)
        {
            _filler ??= string.Join(' ', Enumerable.Range(0, 30).Select(_ => Corpus.Word())) + ".";
            var body = new StringBuilder(prefix);
            var events = new List<DecisionEvent>(_claims.Count);
            foreach (var (sentence, e) in _claims)
            {
                var span = TextSpan.FromLength(body.Length, sentence.Length);
                events.Add(e with { Evidence = span, Trigger = TextSpan.FromLength(span.Start, 1) });
                body.Append(sentence).Append(' ');
            }

            body.Append(_filler).Append(" Story ").Append(Number.ToString(CultureInfo.InvariantCulture)).Append('.').Append(suffix);
            var text = body.ToString();
            var date = Start.AddDays(day);
            PartialDate? published = Undated ? null : MonthOnly ? new PartialDate(date.Year, date.Month) : PartialDate.FromDate(date);
            var article = new Article
            {
                Id = ArticleIdentity.Compute(text),
                Input = $"synthetic:{Number}",
                Format = DocumentFormat.PlainText,
                Text = text,
                Body = text,
                BodyMap = SourceMap.Identity(text.Length),
                Metadata = new ArticleMetadata { Title = $"Story {Number}", Outlet = outlet, PublishedDate = published, PublishedEstimated = Estimated && !Undated },
                Paragraphs = [new TextSpan(0, text.Length)],
            };
            return new ProcessedArticle(article, ArticleAnalysis.Empty with { Events = events }, []);
        }
    }
}

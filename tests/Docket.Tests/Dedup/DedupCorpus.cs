using System.Text;

namespace Docket.Tests.Dedup;

/// <summary>One document of the near-duplicate corpus and the true story group it belongs to.</summary>
public sealed record DedupDocument(string Id, string StoryGroup, string Variant, string Text);

/// <summary>
/// The near-duplicate test corpus: the hand-written stories of TestData/Dedup/stories and the
/// variants derived from them (see TestData/Dedup/README.md). Deterministic: the same files give
/// the same documents in the same order. Also compiled into the benchmark project, which runs
/// the minhash peer on the same documents.
/// </summary>
public static class DedupCorpus
{
    public static readonly IReadOnlyList<string> AllVariants =
        ["syndicated", "trimmed", "reordered", "headline", "typos", "new-intro", "extended", "combo", "lead"];

    /// <summary>Reads every story under <paramref name="storiesDirectory"/> and derives its variants.</summary>
    public static IReadOnlyList<DedupDocument> Load(string storiesDirectory)
    {
        var docs = new List<DedupDocument>();
        foreach (var file in Directory.EnumerateFiles(storiesDirectory, "*.txt").Order(StringComparer.Ordinal))
        {
            var story = Story.Parse(File.ReadAllText(file));
            var group = Path.GetFileNameWithoutExtension(file);
            docs.Add(new DedupDocument(group, group, "original", story.Render()));
            foreach (var variant in story.Variants)
            {
                if (Derive(story, variant) is { } text)
                {
                    docs.Add(new DedupDocument($"{group}~{variant}", group, variant, text));
                }
            }
        }

        return docs;
    }

    /// <summary>TestData/Dedup/stories under a repository root or a test output folder.</summary>
    public static string StoriesDirectory(string root) => Path.Combine(root, "TestData", "Dedup", "stories");

    private static string? Derive(Story s, string variant) => variant switch
    {
        "syndicated" => s.With(paragraphs: Credit(s.Paragraphs), footer: "Distributed by the Northline Wire Service. Reuse requires a licence.").Render(),
        "trimmed" => s.With(paragraphs: Trim(s.Paragraphs)).Render(),
        "reordered" => s.With(paragraphs: Reorder(s.Paragraphs)).Render(),
        "headline" => s.AltHeadline is null ? null : s.With(headline: s.AltHeadline).Render(),
        "typos" => s.With(headline: Typos(s.Headline), paragraphs: [.. s.Paragraphs.Select(Typos)]).Render(),
        "new-intro" => s.AltIntro is null ? null : s.With(paragraphs: [s.AltIntro, .. s.Paragraphs.Skip(1)]).Render(),
        "extended" => s.Extra is null ? null : s.With(headline: s.AltHeadline ?? s.Headline, paragraphs: [.. s.Paragraphs, s.Extra]).Render(),
        "combo" => s.With(headline: s.AltHeadline ?? s.Headline, paragraphs: Credit(Trim(s.Paragraphs)), footer: "Northline Wire Service").Render(),
        "lead" => s.With(headline: s.AltHeadline ?? s.Headline, paragraphs: [.. s.Paragraphs.Take(2)]).Render(),
        _ => throw new ArgumentException($"unknown variant '{variant}'", nameof(variant)),
    };

    /// <summary>A wire service's dateline credit on the first paragraph.</summary>
    private static IReadOnlyList<string> Credit(IReadOnlyList<string> paragraphs) =>
        [$"KYIV (Northline) — {paragraphs[0]}", .. paragraphs.Skip(1)];

    /// <summary>A reprint that drops the last paragraphs (two of five or more, else one).</summary>
    private static IReadOnlyList<string> Trim(IReadOnlyList<string> paragraphs) =>
        [.. paragraphs.Take(paragraphs.Count - (paragraphs.Count >= 5 ? 2 : 1))];

    /// <summary>Keeps the lead paragraph and swaps the following ones in pairs.</summary>
    private static IReadOnlyList<string> Reorder(IReadOnlyList<string> paragraphs)
    {
        var result = paragraphs.ToList();
        for (var i = 1; i + 1 < result.Count; i += 2)
        {
            (result[i], result[i + 1]) = (result[i + 1], result[i]);
        }

        return result;
    }

    /// <summary>Swaps two inner letters of every seventh word of five or more letters.</summary>
    private static string Typos(string paragraph)
    {
        var words = paragraph.Split(' ');
        var eligible = 0;
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (w.Length >= 5 && w.All(char.IsLetter) && ++eligible % 7 == 0)
            {
                var chars = w.ToCharArray();
                (chars[1], chars[2]) = (chars[2], chars[1]);
                words[i] = new string(chars);
            }
        }

        return string.Join(' ', words);
    }

    private sealed record Story(string Headline, IReadOnlyList<string> Paragraphs, string? Footer)
    {
        public string? AltHeadline { get; init; }

        public string? AltIntro { get; init; }

        public string? Extra { get; init; }

        public IReadOnlyList<string> Variants { get; init; } = AllVariants;

        public Story With(string? headline = null, IReadOnlyList<string>? paragraphs = null, string? footer = null) =>
            this with { Headline = headline ?? Headline, Paragraphs = paragraphs ?? Paragraphs, Footer = footer ?? Footer };

        public string Render()
        {
            var sb = new StringBuilder();
            sb.Append(Headline).Append("\n\n");
            sb.AppendJoin("\n\n", Paragraphs);
            if (Footer is not null)
            {
                sb.Append("\n\n").Append(Footer);
            }

            return sb.Append('\n').ToString();
        }

        public static Story Parse(string text)
        {
            var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
            string? altHeadline = null, altIntro = null, extra = null;
            IReadOnlyList<string> variants = AllVariants;
            var paragraphs = new List<string>();
            var current = new List<string>();
            foreach (var line in lines.Skip(1))
            {
                if (line.StartsWith('@'))
                {
                    var colon = line.IndexOf(':', StringComparison.Ordinal);
                    var key = line[1..colon];
                    var value = line[(colon + 1)..].Trim();
                    switch (key)
                    {
                        case "alt-headline": altHeadline = value; break;
                        case "alt-intro": altIntro = value; break;
                        case "extra": extra = value; break;
                        case "variants": variants = [.. value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)]; break;
                        default: throw new FormatException($"unknown instruction '@{key}'");
                    }

                    continue;
                }

                if (line.Trim().Length == 0)
                {
                    if (current.Count > 0)
                    {
                        paragraphs.Add(string.Join(' ', current));
                        current.Clear();
                    }

                    continue;
                }

                current.Add(line.Trim());
            }

            if (current.Count > 0)
            {
                paragraphs.Add(string.Join(' ', current));
            }

            return new Story(lines[0].Trim(), paragraphs, null) { AltHeadline = altHeadline, AltIntro = altIntro, Extra = extra, Variants = variants };
        }
    }
}

/// <summary>Pairwise precision and recall of a grouping against the true story groups.</summary>
public sealed record PairwiseScore(int TruePairs, int PredictedPairs, int CorrectPairs)
{
    public double Precision => PredictedPairs == 0 ? 1 : (double)CorrectPairs / PredictedPairs;

    public double Recall => TruePairs == 0 ? 1 : (double)CorrectPairs / TruePairs;

    /// <summary>Scores <paramref name="predicted"/> (document id -> predicted group) over every
    /// unordered pair of documents.</summary>
    public static PairwiseScore Of(IReadOnlyList<DedupDocument> docs, IReadOnlyDictionary<string, string> predicted)
    {
        int truePairs = 0, predictedPairs = 0, correct = 0;
        for (var i = 0; i < docs.Count; i++)
        {
            for (var j = i + 1; j < docs.Count; j++)
            {
                var same = docs[i].StoryGroup == docs[j].StoryGroup;
                var predictedSame = predicted[docs[i].Id] == predicted[docs[j].Id];
                truePairs += same ? 1 : 0;
                predictedPairs += predictedSame ? 1 : 0;
                correct += same && predictedSame ? 1 : 0;
            }
        }

        return new PairwiseScore(truePairs, predictedPairs, correct);
    }

    public override string ToString() =>
        $"precision {Precision:F3} ({CorrectPairs}/{PredictedPairs}), recall {Recall:F3} ({CorrectPairs}/{TruePairs})";
}

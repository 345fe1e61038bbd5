using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Docket.Domain;
using Docket.Domain.Analysis;
using Docket.Domain.Text;

namespace Docket.Core.Evaluation.Modality;

/// <summary>One gold event mention of MEANTIME with its factuality values (as written: POS, NEG, CERTAIN, FUTURE, UNDERSPECIFIED...).</summary>
public sealed record MeantimeEvent(TextSpan Trigger, string Polarity, string Certainty, string Time);

/// <summary>One MEANTIME document rebuilt as text: the text, its sentences and its gold event mentions.</summary>
public sealed record MeantimeDocument(string Name, string Text, IReadOnlyList<Sentence> Sentences, IReadOnlyList<MeantimeEvent> Events);

/// <summary>
/// Reads MEANTIME's CAT XML files (a folder searched recursively for <c>*.xml</c>; point it at
/// <c>intra-doc_annotation</c> so each article counts once). The corpus gives tokens, not text:
/// the text is rebuilt by joining tokens with single spaces, except before closing punctuation and
/// clitics (",", ".", "n't", "'s") and after opening brackets and quotes; sentences come from the
/// tokens' <c>sentence</c> attribute, one per line. An event mention's trigger spans its anchored tokens.
/// </summary>
public static class MeantimeCorpus
{
    private static readonly HashSet<string> NoSpaceBefore = new(StringComparer.Ordinal)
    {
        ",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "n't", "'s", "'re", "'ve", "'ll", "'d", "'m", "'", "''", "\u2019s", "\u2019",
    };

    private static readonly HashSet<string> NoSpaceAfter = new(StringComparer.Ordinal) { "(", "[", "{", "$", "``", "\u201c" };

    public static Outcome<IReadOnlyList<MeantimeDocument>> Read(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            return Outcome<IReadOnlyList<MeantimeDocument>>.Fail(directory, "expected a folder of MEANTIME CAT XML files (e.g. ../shared/benchmarks/meantime-english/intra-doc_annotation).");
        }

        var docs = new List<MeantimeDocument>();
        foreach (var file in Directory.GetFiles(directory, "*.xml", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            XDocument xml;
            try
            {
                xml = XDocument.Load(file);
            }
            catch (System.Xml.XmlException ex)
            {
                return Outcome<IReadOnlyList<MeantimeDocument>>.Fail(file, $"not well-formed XML ({ex.Message}).");
            }

            docs.Add(Build(Path.GetFileNameWithoutExtension(file), xml));
        }

        return docs.Count == 0
            ? Outcome<IReadOnlyList<MeantimeDocument>>.Fail(directory, "no *.xml file was found.")
            : Outcome<IReadOnlyList<MeantimeDocument>>.Success(docs);
    }

    private static MeantimeDocument Build(string name, XDocument xml)
    {
        var text = new StringBuilder();
        var spans = new Dictionary<string, TextSpan>(StringComparer.Ordinal);
        var sentences = new List<Sentence>();
        var sentence = -1;
        var sentenceStart = 0;
        var previous = "";
        foreach (var token in xml.Descendants("token"))
        {
            var id = (string?)token.Attribute("t_id") ?? "";
            var s = int.TryParse((string?)token.Attribute("sentence"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : sentence;
            var word = token.Value;
            if (s != sentence)
            {
                if (sentence >= 0 && text.Length > sentenceStart)
                {
                    sentences.Add(new Sentence(new TextSpan(sentenceStart, text.Length)));
                    text.Append('\n');
                }

                sentence = s;
                sentenceStart = text.Length;
            }
            else if (text.Length > sentenceStart && !NoSpaceBefore.Contains(word) && !NoSpaceAfter.Contains(previous))
            {
                text.Append(' ');
            }

            spans[id] = new TextSpan(text.Length, text.Length + word.Length);
            text.Append(word);
            previous = word;
        }

        if (text.Length > sentenceStart)
        {
            sentences.Add(new Sentence(new TextSpan(sentenceStart, text.Length)));
        }

        var events = new List<MeantimeEvent>();
        foreach (var mention in xml.Descendants("EVENT_MENTION"))
        {
            var anchors = mention.Elements("token_anchor").Select(a => (string?)a.Attribute("t_id")).Where(t => t is not null && spans.ContainsKey(t)).Select(t => spans[t!]).ToList();
            if (anchors.Count == 0)
            {
                continue;
            }

            var trigger = new TextSpan(anchors.Min(a => a.Start), anchors.Max(a => a.End));
            events.Add(new MeantimeEvent(trigger, Attr(mention, "polarity"), Attr(mention, "certainty"), Attr(mention, "time")));
        }

        return new MeantimeDocument(name, text.ToString(), sentences, events);
    }

    private static string Attr(XElement e, string name) => ((string?)e.Attribute(name) ?? "UNDERSPECIFIED").ToUpperInvariant();
}

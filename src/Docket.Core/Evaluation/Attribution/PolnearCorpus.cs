using System.Globalization;
using Docket.Domain;
using Docket.Domain.Text;

namespace Docket.Core.Evaluation.Attribution;

/// <summary>One gold attribution relation of PolNeAR: source (absent for <c>Attribution-no-source</c>), cue and content, each possibly discontinuous.</summary>
public sealed record GoldAttribution(IReadOnlyList<TextSpan>? Source, IReadOnlyList<TextSpan> Cue, IReadOnlyList<TextSpan>? Content);

/// <summary>One PolNeAR article: its text and the relations of one annotator.</summary>
public sealed record PolnearDocument(string Name, string Text, string Annotator, IReadOnlyList<GoldAttribution> Relations);

/// <summary>
/// Reads a PolNeAR split: a folder with <c>text/NAME.txt</c> and <c>attributions/NAME_ANNOTATOR.ann</c>
/// (BRAT standoff; offsets are character offsets into the UTF-8 text, which for these texts are
/// UTF-16 offsets too, having no characters outside the BMP). Articles annotated by several
/// people have several .ann files; the first by file name (ordinal order) is used, so each article
/// counts once. <c>Discuss</c> and <c>Discard</c> spans are ignored.
/// </summary>
public static class PolnearCorpus
{
    public static Outcome<IReadOnlyList<PolnearDocument>> Read(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var textDir = Path.Combine(directory, "text");
        var annDir = Path.Combine(directory, "attributions");
        if (!Directory.Exists(textDir) || !Directory.Exists(annDir))
        {
            return Outcome<IReadOnlyList<PolnearDocument>>.Fail(directory, "expected a PolNeAR split folder holding 'text/' and 'attributions/' (e.g. ../shared/benchmarks/polnear-attribution/dev).");
        }

        var annotations = Directory.GetFiles(annDir, "*.ann").OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal).ToList();
        var docs = new List<PolnearDocument>();
        foreach (var textFile in Directory.GetFiles(textDir, "*.txt").OrderBy(f => f, StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(textFile);
            var ann = annotations.FirstOrDefault(a => IsAnnotationOf(Path.GetFileNameWithoutExtension(a), name));
            if (ann is null)
            {
                continue;
            }

            var text = File.ReadAllText(textFile);
            var annotator = Path.GetFileNameWithoutExtension(ann)[(name.Length + 1)..];
            docs.Add(new PolnearDocument(name, text, annotator, ParseAnn(File.ReadAllLines(ann))));
        }

        return docs.Count == 0
            ? Outcome<IReadOnlyList<PolnearDocument>>.Fail(directory, "no article with both text/NAME.txt and attributions/NAME_ANNOTATOR.ann was found.")
            : Outcome<IReadOnlyList<PolnearDocument>>.Success(docs);
    }

    private static bool IsAnnotationOf(string annName, string textName) =>
        annName.Length > textName.Length + 1 && annName.StartsWith(textName, StringComparison.Ordinal) && annName[textName.Length] == '_'
        && annName.IndexOf('_', textName.Length + 1) < 0;

    /// <summary>Parses BRAT lines: T lines give labelled spans, E lines tie them into relations.</summary>
    internal static IReadOnlyList<GoldAttribution> ParseAnn(IEnumerable<string> lines)
    {
        var spans = new Dictionary<string, IReadOnlyList<TextSpan>>(StringComparer.Ordinal);
        var relations = new List<Dictionary<string, string>>();
        foreach (var line in lines)
        {
            var cols = line.Split('\t');
            if (cols.Length < 2)
            {
                continue;
            }

            if (cols[0].StartsWith('T'))
            {
                var space = cols[1].IndexOf(' ', StringComparison.Ordinal);
                if (space < 0)
                {
                    continue;
                }

                var parts = new List<TextSpan>();
                foreach (var piece in cols[1][(space + 1)..].Split(';'))
                {
                    var nums = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    if (nums.Length == 2 && int.TryParse(nums[0], NumberStyles.None, CultureInfo.InvariantCulture, out var a)
                        && int.TryParse(nums[1], NumberStyles.None, CultureInfo.InvariantCulture, out var b) && b >= a)
                    {
                        parts.Add(new TextSpan(a, b));
                    }
                }

                spans[cols[0]] = parts;
            }
            else if (cols[0].StartsWith('E'))
            {
                var args = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var arg in cols[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var colon = arg.IndexOf(':', StringComparison.Ordinal);
                    if (colon > 0)
                    {
                        args[arg[..colon]] = arg[(colon + 1)..];
                    }
                }

                relations.Add(args);
            }
        }

        IReadOnlyList<TextSpan>? Get(Dictionary<string, string> args, string key) =>
            args.TryGetValue(key, out var id) && spans.TryGetValue(id, out var s) && s.Count > 0 ? s : null;

        var result = new List<GoldAttribution>();
        foreach (var r in relations)
        {
            var cue = Get(r, "Cue") ?? Get(r, "Attribution") ?? Get(r, "Attribution-no-source");
            if (cue is null)
            {
                continue;
            }

            result.Add(new GoldAttribution(Get(r, "Source"), cue, Get(r, "Content")));
        }

        return result;
    }
}

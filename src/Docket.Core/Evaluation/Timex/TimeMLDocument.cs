using System.Text;
using System.Xml;
using Docket.Domain;
using Docket.Domain.Text;

namespace Docket.Core.Evaluation.Timex;

/// <summary>One annotated TIMEX3 of a TimeML document: its span in the plain TEXT and its attributes.</summary>
public sealed record GoldTimex(TextSpan Span, string Surface, string Type, string? Value, string? Mod);

/// <summary>
/// A TimeML (.tml) document read for evaluation: the document creation time (the anchor for
/// relative expressions), the plain text of its TEXT element (tags removed, entities decoded)
/// and the TIMEX3 annotations with spans into that plain text. The TempEval-3 input files
/// (.TE3input) read the same way, with no annotations.
/// </summary>
public sealed record TimeMLDocument(string Id, string? CreationTime, string Text, IReadOnlyList<GoldTimex> Timexes)
{
    /// <summary>Reads a .tml or .TE3input file; a file that is not TimeML gives a failure naming it.</summary>
    public static Outcome<TimeMLDocument> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var stream = File.OpenRead(path);
            return Parse(stream, path);
        }
        catch (IOException ex)
        {
            return Outcome<TimeMLDocument>.Fail(path, $"cannot read the file: {ex.Message}");
        }
        catch (UnauthorizedAccessException ex)
        {
            return Outcome<TimeMLDocument>.Fail(path, $"cannot read the file: {ex.Message}");
        }
    }

    /// <summary>Reads TimeML from a stream; <paramref name="name"/> names it in failures.</summary>
    public static Outcome<TimeMLDocument> Parse(Stream stream, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, IgnoreWhitespace = false, IgnoreComments = true, XmlResolver = null };
        string? id = null;
        string? dct = null;
        var text = new StringBuilder();
        var timexes = new List<GoldTimex>();
        var open = new Stack<(int Start, string Type, string? Value, string? Mod)?>();
        var inText = false;
        var inDocId = false;
        var sawText = false;
        try
        {
            using var reader = XmlReader.Create(stream, settings);
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        if (reader.Name == "TEXT")
                        {
                            inText = !reader.IsEmptyElement;
                            sawText = true;
                        }
                        else if (reader.Name == "DOCID")
                        {
                            inDocId = !reader.IsEmptyElement;
                        }
                        else if (reader.Name == "TIMEX3")
                        {
                            if (reader.GetAttribute("functionInDocument") == "CREATION_TIME")
                            {
                                dct ??= reader.GetAttribute("value");
                            }
                            else if (inText && !reader.IsEmptyElement)
                            {
                                open.Push((text.Length, reader.GetAttribute("type") ?? string.Empty, reader.GetAttribute("value"), reader.GetAttribute("mod")));
                                continue;
                            }
                        }

                        if (inText && !reader.IsEmptyElement && reader.Name != "TEXT")
                        {
                            open.Push(null);
                        }

                        break;
                    case XmlNodeType.EndElement:
                        if (reader.Name == "TEXT")
                        {
                            inText = false;
                        }
                        else if (reader.Name == "DOCID")
                        {
                            inDocId = false;
                        }
                        else if (inText && open.Count > 0 && open.Pop() is { } t)
                        {
                            var span = new TextSpan(t.Start, text.Length);
                            timexes.Add(new GoldTimex(span, text.ToString(t.Start, span.Length), t.Type, t.Value, t.Mod));
                        }

                        break;
                    case XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace or XmlNodeType.CDATA:
                        if (inText)
                        {
                            text.Append(reader.Value);
                        }
                        else if (inDocId)
                        {
                            id = reader.Value.Trim();
                        }

                        break;
                    default:
                        break;
                }
            }
        }
        catch (XmlException ex)
        {
            return Outcome<TimeMLDocument>.Fail(name, $"not well-formed TimeML XML: {ex.Message}");
        }

        if (!sawText)
        {
            return Outcome<TimeMLDocument>.Fail(name, "no <TEXT> element: not a TimeML document");
        }

        id ??= Path.GetFileName(name).Split('.')[0];
        timexes.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return Outcome<TimeMLDocument>.Success(new TimeMLDocument(id, dct, text.ToString(), timexes));
    }
}

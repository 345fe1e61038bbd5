using System.Text;
using Docket.Domain.Text;

namespace Docket.Core.Cleaning.Html;

/// <summary>
/// One line of page text: the visible text between two block boundaries (a paragraph, a
/// heading, a list item, a table cell), whitespace collapsed, with segments that map each of
/// its characters to the page source (derived offsets relative to <see cref="Text"/>).
/// </summary>
internal sealed class TextBlock
{
    public required int Index { get; init; }

    /// <summary>Index of the innermost block element holding the text.</summary>
    public required int Owner { get; init; }

    public required string Text { get; init; }

    public required SourceMap.Segment[] Segments { get; init; }

    /// <summary>Traits of the owner and all its ancestors.</summary>
    public required ElementTraits Traits { get; init; }

    /// <summary>Non-space characters.</summary>
    public required int Letters { get; init; }

    /// <summary>Non-space characters inside links.</summary>
    public required int LinkLetters { get; init; }

    /// <summary>Words: space-separated runs, plus one for every two Chinese or Japanese
    /// characters (scripts written without spaces).</summary>
    public required int Words { get; init; }

    public double LinkDensity => Letters == 0 ? 0 : (double)LinkLetters / Letters;

    /// <summary>Source span from the first character to the end of the last.</summary>
    public TextSpan SourceSpan => new(Segments[0].SourceStart, Math.Max(Segments[0].SourceStart, Segments[^1].SourceEnd));
}

/// <summary>
/// Writes one block's text from aligned text-node pieces, collapsing each run of whitespace to
/// one space (mapped to the whole run in the source) and trimming the ends. Reused for every
/// block of a page; not thread-safe.
/// </summary>
internal sealed class BlockTextWriter
{
    private readonly StringBuilder _text = new();
    private readonly List<SourceMap.Segment> _segments = [];
    private bool _pendingSpace;
    private int _spaceSource;
    private int _spaceLength;
    private int _letters;
    private int _linkLetters;
    private int _words;
    private int _ideographs;

    public bool IsEmpty => _text.Length == 0;

    /// <summary>Source end of the last character written (pending space included).</summary>
    public int LastSourceEnd { get; private set; } = -1;

    public void Add(string data, List<TextPiece> pieces, int first, int count, bool inLink)
    {
        for (var p = first; p < first + count; p++)
        {
            var piece = pieces[p];
            if (piece.IsExact)
            {
                for (var k = 0; k < piece.DataLength; k++)
                {
                    var ch = data[piece.DataStart + k];
                    var source = piece.SourceStart + k;
                    if (char.IsWhiteSpace(ch))
                    {
                        AddSpace(source, 1);
                    }
                    else
                    {
                        EmitSpace();
                        AddLetter(inLink);
                        if (IsIdeographic(ch))
                        {
                            _ideographs++;
                        }

                        _text.Append(ch);
                        AddSegment(1, source, 1);
                    }
                }
            }
            else if (IsWhiteSpace(data, piece.DataStart, piece.DataLength))
            {
                AddSpace(piece.SourceStart, piece.SourceLength);
            }
            else
            {
                EmitSpace();
                for (var k = 0; k < piece.DataLength; k++)
                {
                    if (!char.IsWhiteSpace(data[piece.DataStart + k]))
                    {
                        AddLetter(inLink);
                    }
                }

                _text.Append(data, piece.DataStart, piece.DataLength);
                AddSegment(piece.DataLength, piece.SourceStart, piece.SourceLength);
            }

            LastSourceEnd = piece.SourceStart + piece.SourceLength;
        }
    }

    /// <summary>Ends the block: returns it (or null when it holds no text) and resets.</summary>
    public TextBlock? Flush(int index, int owner, ElementTraits traits)
    {
        TextBlock? block = null;
        if (_text.Length > 0)
        {
            block = new TextBlock
            {
                Index = index,
                Owner = owner,
                Text = _text.ToString(),
                Segments = [.. _segments],
                Traits = traits,
                Letters = _letters,
                LinkLetters = _linkLetters,
                Words = _words + (_ideographs / 2),
            };
        }

        _text.Clear();
        _segments.Clear();
        _pendingSpace = false;
        _letters = 0;
        _linkLetters = 0;
        _words = 0;
        _ideographs = 0;
        LastSourceEnd = -1;
        return block;
    }

    private void AddLetter(bool inLink)
    {
        if (_text.Length == 0 || _text[^1] == ' ')
        {
            _words++;
        }

        _letters++;
        if (inLink)
        {
            _linkLetters++;
        }
    }

    private void AddSpace(int source, int length)
    {
        if (!_pendingSpace)
        {
            _pendingSpace = true;
            _spaceSource = source;
            _spaceLength = length;
        }
        else if (_spaceSource + _spaceLength == source)
        {
            _spaceLength += length;
        }
    }

    private void EmitSpace()
    {
        if (!_pendingSpace)
        {
            return;
        }

        _pendingSpace = false;
        if (_text.Length == 0)
        {
            return;
        }

        _text.Append(' ');
        AddSegment(1, _spaceSource, _spaceLength);
    }

    private void AddSegment(int derivedLength, int sourceStart, int sourceLength)
    {
        var derivedStart = _text.Length - derivedLength;
        if (_segments.Count > 0 && derivedLength == sourceLength)
        {
            var last = _segments[^1];
            if (last.IsExact && last.SourceEnd == sourceStart && last.DerivedEnd == derivedStart)
            {
                _segments[^1] = last with { DerivedLength = last.DerivedLength + derivedLength, SourceLength = last.SourceLength + sourceLength };
                return;
            }
        }

        _segments.Add(new SourceMap.Segment(derivedStart, derivedLength, sourceStart, sourceLength));
    }

    // Han, kana and CJK punctuation: scripts where a sentence has no spaces.
    private static bool IsIdeographic(char c) => c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF');

    private static bool IsWhiteSpace(string data, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (!char.IsWhiteSpace(data[i]))
            {
                return false;
            }
        }

        return true;
    }
}

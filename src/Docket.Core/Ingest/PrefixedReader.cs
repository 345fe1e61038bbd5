namespace Docket.Core.Ingest;

/// <summary>A text reader that gives back a prefix already read from another reader, then the
/// rest of that reader: lets the start of a stream be inspected without losing it.</summary>
internal sealed class PrefixedReader : TextReader
{
    private readonly string _prefix;
    private readonly TextReader _rest;
    private int _position;

    public PrefixedReader(string prefix, TextReader rest)
    {
        _prefix = prefix;
        _rest = rest;
    }

    public override int Peek() => _position < _prefix.Length ? _prefix[_position] : _rest.Peek();

    public override int Read() => _position < _prefix.Length ? _prefix[_position++] : _rest.Read();

    public override string? ReadLine()
    {
        if (_position >= _prefix.Length)
        {
            return _rest.ReadLine();
        }

        var nl = _prefix.IndexOfAny(['\r', '\n'], _position);
        if (nl >= 0 && (_prefix[nl] == '\n' || nl + 1 < _prefix.Length))
        {
            var line = _prefix[_position..nl];
            _position = nl + (_prefix[nl] == '\r' && _prefix[nl + 1] == '\n' ? 2 : 1);
            return line;
        }

        // The prefix ends inside a line (or between '\r' and a possible '\n'): finish it from the rest.
        var head = _prefix[_position..];
        _position = _prefix.Length;
        if (head.EndsWith('\r'))
        {
            if (_rest.Peek() == '\n')
            {
                _rest.Read();
            }

            return head[..^1];
        }

        return head + (_rest.ReadLine() ?? string.Empty);
    }

    public override ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        if (_position >= _prefix.Length)
        {
            return _rest.ReadLineAsync(cancellationToken);
        }

        return ValueTask.FromResult(ReadLine());
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _rest.Dispose();
        }

        base.Dispose(disposing);
    }
}

namespace Docket.Domain.Text;

/// <summary>
/// A half-open range <c>[Start, End)</c> of UTF-16 code units in an article's original
/// <see cref="Articles.Article.Text"/>, the text exactly as it was received. Spans are always
/// absolute: never relative to a sentence, a paragraph or the cleaned body.
/// </summary>
public readonly record struct TextSpan
{
    public TextSpan(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        Start = start;
        End = end;
    }

    /// <summary>First code unit of the span.</summary>
    public int Start { get; }

    /// <summary>One past the last code unit (exclusive).</summary>
    public int End { get; }

    public int Length => End - Start;

    public bool IsEmpty => End == Start;

    public static TextSpan FromLength(int start, int length) => new(start, start + length);

    public bool Contains(int offset) => offset >= Start && offset < End;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>True when the two spans share at least one code unit.</summary>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>The text this span covers in <paramref name="text"/>.</summary>
    public string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Substring(Start, Length);
    }

    public override string ToString() => $"{Start}-{End}";
}

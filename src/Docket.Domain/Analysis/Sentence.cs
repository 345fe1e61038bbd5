using Docket.Domain.Text;

namespace Docket.Domain.Analysis;

/// <summary>One sentence (or headline, or list item) of an article's body; span in original text.</summary>
public sealed record Sentence(TextSpan Span);

/// <summary>Broad class of a token.</summary>
public enum TokenKind
{
    Word,
    Number,
    Punctuation,
    Symbol,
}

/// <summary>One token; span in original text, <see cref="Text"/> as it appears in the cleaned body.</summary>
public sealed record Token(TextSpan Span, string Text, TokenKind Kind);
